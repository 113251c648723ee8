import { z } from 'zod';

export const CONTENT_TYPE = 'application/json';

/** How a topic is created: explicit partitions, retention and cleanup, never broker auto-create. */
export interface TopicSpec {
  partitions: number;
  retentionMs: number;
  cleanupPolicy: 'delete' | 'compact';
}

/**
 * One topic of the public contract: its versioned name, the schema of its value, how its key is
 * derived (the key decides ordering) and how the topic is provisioned.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any contract, whatever its value type
export interface EventContract<S extends z.ZodType = any> {
  readonly topic: string;
  readonly description: string;
  readonly schema: S;
  readonly keyOf: (value: z.output<S>) => string;
  readonly keyDescription: string;
  readonly spec: TopicSpec;
}

export type EventOf<C extends EventContract> = z.output<C['schema']>;

export function defineEvent<S extends z.ZodType>(contract: EventContract<S>): EventContract<S> {
  return Object.freeze(contract);
}

export type DecodeResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Decodes and validates a raw Kafka value against its contract; never throws. */
export function decodeEvent<C extends EventContract>(contract: C, raw: Buffer | string | null): DecodeResult<EventOf<C>> {
  if (raw === null || raw.length === 0) return { ok: false, reason: 'empty value' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString());
  } catch (e) {
    return { ok: false, reason: `value is not JSON: ${(e as Error).message}` };
  }
  const result = contract.schema.safeParse(parsed);
  if (!result.success) return { ok: false, reason: `value does not match ${contract.topic}: ${describeIssues(result.error)}` };
  return { ok: true, value: result.data as EventOf<C> };
}

/** Validates a value before it is produced, so no invalid event ever reaches a topic. */
export function encodeEvent<C extends EventContract>(contract: C, value: EventOf<C>): { key: string; value: string } {
  const result = contract.schema.safeParse(value);
  if (!result.success) throw new InvalidEventError(contract.topic, describeIssues(result.error));
  const valid = result.data as EventOf<C>;
  return { key: contract.keyOf(valid), value: JSON.stringify(valid) };
}

export class InvalidEventError extends Error {
  constructor(readonly topic: string, readonly reason: string) {
    super(`refusing to produce an invalid ${topic} event: ${reason}`);
    this.name = 'InvalidEventError';
  }
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
