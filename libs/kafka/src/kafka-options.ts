import { Kafka, logLevel as KafkaLogLevel, type LogEntry } from 'kafkajs';
import type { Logger } from 'pino';

export interface KafkaConnectionOptions {
  clientId: string;
  brokers: string[];
  /** Where kafkajs' own log lines go; they arrive as JSON through the service logger. */
  logger?: Logger;
}

export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const KAFKA_OPTIONS = Symbol('KAFKA_OPTIONS');

const levelNames: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [KafkaLogLevel.ERROR]: 'error',
  [KafkaLogLevel.WARN]: 'warn',
  [KafkaLogLevel.INFO]: 'info',
  [KafkaLogLevel.DEBUG]: 'debug',
};

/** The one place a kafkajs client is built: services never construct one themselves. */
export function createKafkaClient(options: KafkaConnectionOptions): Kafka {
  const log = options.logger?.child({ component: 'kafkajs' });
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    connectionTimeout: 3000,
    requestTimeout: 10000,
    retry: { initialRetryTime: 100, retries: 5, maxRetryTime: 3000 },
    logLevel: KafkaLogLevel.WARN,
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        if (!log) return;
        const { message, ...rest } = entry;
        log[levelNames[level] ?? 'info'](rest, message);
      },
  });
}
