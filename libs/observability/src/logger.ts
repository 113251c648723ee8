import pino, { type Logger, type LevelWithSilent } from 'pino';
import { maskSensitiveText, sanitizeForLog } from './masking';

export interface LoggerOptions {
  service: string;
  level: LevelWithSilent;
  /** For tests: where the JSON lines go (stdout by default). */
  destination?: pino.DestinationStream;
}

/**
 * JSON logs for every service: one line per event, phone numbers masked, secrets never written,
 * message bodies only when the level is debug or trace.
 */
export function createLogger(options: LoggerOptions): Logger {
  const keepBodies = options.level === 'debug' || options.level === 'trace';
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => sanitizeForLog(object, keepBodies) as Record<string, unknown>,
      },
      hooks: {
        // The message string itself is not seen by formatters.log.
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskSensitiveText(a) : a));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}

export type { Logger } from 'pino';
