import { bootstrapService } from '@parley/runtime';
import { loadIngressConfig } from './config';
import { IngressModule } from './ingress.module';

export const INGRESS_CONSUMER_GROUP = 'parley.ingress';

/** Kannel's post-url body is one SMS: its text, or UTF-16BE for UCS-2. */
const KANNEL_BODY_LIMIT = 64 * 1024;

export function startIngress(env: NodeJS.ProcessEnv = process.env) {
  const config = loadIngressConfig(env);
  return bootstrapService({
    config,
    module: (logger) => IngressModule.register(config, logger),
    consumerGroup: INGRESS_CONSUMER_GROUP,
    // JSON and forms are parsed by the framework (errors answered by HttpErrorFilter); any other body,
    // Kannel's post-url text (text/plain, or UTF-16BE for UCS-2) for one, is kept as bytes.
    configureHttp: (app) => {
      const fastify = app.getHttpAdapter().getInstance();
      fastify.removeContentTypeParser('text/plain'); // Fastify's would decode it as UTF-8 whatever its charset
      fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: KANNEL_BODY_LIMIT }, (_req, body, done) => done(null, body));
    },
  });
}
