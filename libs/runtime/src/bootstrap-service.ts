import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { CommonConfig } from '@parley/config';
import { EventPublisher, KAFKA_CLIENT, KafkaEventServer } from '@parley/kafka';
import { createLogger, type Logger, NestPinoLogger } from '@parley/observability';
import type { Kafka } from 'kafkajs';
import { useParleyBodyParsers } from './http-body-parsers';

export interface ServiceDefinition {
  config: CommonConfig;
  /** The root module, built from the typed config. */
  module: (logger: Logger) => unknown;
  /** The consumer group, when the service consumes topics through `@EventPattern` handlers. */
  consumerGroup?: string;
  partitionsConsumedConcurrently?: number;
  /** Extra HTTP setup (body parsers for provider webhooks, for example). */
  configureHttp?: (app: NestFastifyApplication) => void;
}

/** Largest request body any service accepts; webhooks carry one message each. */
export const MAX_BODY_BYTES = 100 * 1024;

export interface RunningService {
  app: NestFastifyApplication;
  logger: Logger;
  url: string;
  stop: () => Promise<void>;
}

/**
 * Boots one Parley service the same way for all five: JSON logger, HTTP server, Kafka consumer (a
 * NestJS microservice transport), and a graceful stop on SIGTERM/SIGINT that stops consuming,
 * finishes in-flight work, commits offsets and closes connections, bounded by SHUTDOWN_TIMEOUT_MS.
 */
export async function bootstrapService(definition: ServiceDefinition): Promise<RunningService> {
  const { config } = definition;
  const logger = createLogger({ service: config.serviceName, level: config.logLevel });
  // Fastify rather than Express: ingress answers webhooks at provider rates, and Express' routing and
  // body parsing cost about a third of its CPU per request.
  const app = await NestFactory.create<NestFastifyApplication>(definition.module(logger) as never, new FastifyAdapter({ bodyLimit: MAX_BODY_BYTES }), {
    logger: new NestPinoLogger(logger),
    bodyParser: true,
    abortOnError: false,
  });
  useParleyBodyParsers(app, MAX_BODY_BYTES);
  definition.configureHttp?.(app);
  if (definition.consumerGroup) {
    app.connectMicroservice(
      {
        strategy: new KafkaEventServer({
          groupId: definition.consumerGroup,
          kafka: app.get<Kafka>(KAFKA_CLIENT),
          publisher: app.get(EventPublisher),
          logger,
          partitionsConsumedConcurrently: definition.partitionsConsumedConcurrently,
        }),
      },
      { inheritAppConfig: true },
    );
    await app.startAllMicroservices();
  }
  await app.listen(config.httpPort, '0.0.0.0');
  const url = `http://127.0.0.1:${config.httpPort}`;
  logger.info({ url, consumerGroup: definition.consumerGroup }, `${config.serviceName} ready`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down');
      const timer = setTimeout(() => {
        logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'graceful shutdown timed out; exiting');
        process.exit(1);
      }, config.shutdownTimeoutMs);
      timer.unref();
      await app.close();
      clearTimeout(timer);
      logger.info('stopped');
      logger.flush();
    })();
    return stopping;
  };
  return { app, logger, url, stop };
}

/** For main.ts: boot, stop cleanly on SIGTERM/SIGINT, and exit non-zero with a clear line on failure. */
export function runService(boot: () => Promise<RunningService>): void {
  boot()
    .then((service) => {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          service.stop().then(
            () => process.exit(0),
            (e: unknown) => {
              service.logger.error({ err: e }, 'shutdown failed');
              process.exit(1);
            },
          );
        });
      }
    })
    .catch((e: unknown) => {
      // The logger may not exist yet (bad config): one JSON line on stderr says why.
      process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'failed to start', error: (e as Error).message })}\n`);
      process.exit(1);
    });
}
