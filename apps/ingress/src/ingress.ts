import { json, type NextFunction, raw, type Request, type Response } from 'express';
import { bootstrapService } from '@parley/runtime';
import { loadIngressConfig } from './config';
import { IngressModule } from './ingress.module';

export const INGRESS_CONSUMER_GROUP = 'parley.ingress';

export function startIngress(env: NodeJS.ProcessEnv = process.env) {
  const config = loadIngressConfig(env);
  return bootstrapService({
    config,
    module: (logger) => IngressModule.register(config, logger),
    consumerGroup: INGRESS_CONSUMER_GROUP,
    // Kannel's post-url sends the bare text (text/plain, or UTF-16BE for UCS-2): keep it as bytes.
    configureHttp: (app) => {
      app.use('/v1/providers/kannel', raw({ type: () => true, limit: '64kb' }));
      // JSON is parsed here, ahead of NestJS's parser, so a malformed or oversized body gets a sentence
      // that says what is wrong rather than the parser's internals.
      app.use(json({ limit: '100kb' }));
      app.use(answerBodyErrors);
    },
  });
}

function answerBodyErrors(err: { type?: string }, _req: Request, res: Response, next: NextFunction): void {
  if (err?.type === 'entity.parse.failed') {
    res.status(400).json({ statusCode: 400, error: 'Bad Request', message: ['request body is not valid JSON'] });
  } else if (err?.type === 'entity.too.large') {
    res.status(413).json({ statusCode: 413, error: 'Payload Too Large', message: ['request body is too large'] });
  } else {
    next(err);
  }
}
