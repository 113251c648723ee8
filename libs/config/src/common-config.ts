import { z } from 'zod';

const hostPort = /^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/;

/** A comma-separated list of host:port Kafka bootstrap addresses. */
export const brokerList = z
  .string()
  .transform((s) => s.split(',').map((b) => b.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(hostPort, 'each broker must be host:port')).min(1, 'at least one broker'));

export const port = z.coerce.number().int().min(1).max(65535);
export const positiveMs = z.coerce.number().int().min(0);

export const logLevel = z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']);

export const postgresUrl = z
  .string()
  .refine((s) => /^postgres(ql)?:\/\//.test(s), 'must be a postgres:// or postgresql:// URL');

/**
 * Variables every Parley service reads. Each app extends this with its own and maps the result to a
 * typed config object (see apps/<service>/src/config.ts).
 */
export function commonEnv(defaults: { serviceName: string; httpPort: number }) {
  return z.object({
    KAFKA_BROKERS: brokerList.default(['127.0.0.1:9092']),
    KAFKA_CLIENT_ID: z.string().min(1).default(defaults.serviceName),
    DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/postgres'),
    HTTP_PORT: port.default(defaults.httpPort),
    LOG_LEVEL: logLevel.default('info'),
    SHUTDOWN_TIMEOUT_MS: positiveMs.default(15000),
  });
}

/** The part of every service's config that the shared libraries need. */
export interface CommonConfig {
  serviceName: string;
  httpPort: number;
  logLevel: z.infer<typeof logLevel>;
  shutdownTimeoutMs: number;
  kafka: { clientId: string; brokers: string[] };
  database: { url: string };
}

export function toCommonConfig(serviceName: string, env: z.infer<ReturnType<typeof commonEnv>>): CommonConfig {
  return {
    serviceName,
    httpPort: env.HTTP_PORT,
    logLevel: env.LOG_LEVEL,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    kafka: { clientId: env.KAFKA_CLIENT_ID, brokers: env.KAFKA_BROKERS },
    database: { url: env.DATABASE_URL },
  };
}
