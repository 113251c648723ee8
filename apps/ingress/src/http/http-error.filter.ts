import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/**
 * Fastify's own refusals reach the filter as HttpExceptions carrying its wording: answered in ours
 * (malformed JSON is refused by useParleyBodyParsers with its own sentence).
 */
const FRAMEWORK_REFUSALS: Record<number, { error: string; message: string }> = {
  413: { error: 'Payload Too Large', message: 'request body is too large' },
  415: { error: 'Unsupported Media Type', message: 'unsupported content type' },
};

/** Every HTTP error as `{statusCode, error, message}`. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const refusal = typeof body === 'string' ? FRAMEWORK_REFUSALS[exception.getStatus()] : undefined;
      if (refusal) {
        void reply.code(exception.getStatus()).send({ statusCode: exception.getStatus(), error: refusal.error, message: [refusal.message] });
        return;
      }
      void reply.code(exception.getStatus()).send(typeof body === 'string' ? { statusCode: exception.getStatus(), message: [body] } : body);
      return;
    }
    void reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: ['unexpected error'] });
  }
}
