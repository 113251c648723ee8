import { BadRequestException } from '@nestjs/common';
import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The bodies every Parley service reads: JSON, and forms (provider webhooks post them). Registered
 * here rather than left to the framework so that a malformed body is answered with a sentence that
 * says what is wrong (400, in the `{statusCode, error, message}` shape of every error), not with the
 * parser's internals. Prototype poisoning is refused by Fastify's own JSON parser underneath.
 */
export function useParleyBodyParsers(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>('application/json', { bodyLimit }, (req, body, done) => {
    if (body.length === 0) {
      done(badRequest('request body is empty; send a JSON object'), undefined);
      return;
    }
    parseJson(req, body.toString('utf8'), (err, value) => (err ? done(badRequest('request body is not valid JSON'), undefined) : done(null, value)));
  });
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  });
}

function badRequest(message: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: [message] });
}
