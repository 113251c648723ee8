import { PermanentEventError } from './errors';
import type { OutboundEvent } from './outbound-event';

/** What a handler call produced for a run of events, and the events that could not be handled. */
export interface RunOutcome<T> {
  outputs: OutboundEvent[];
  failed: { item: T; reason: string; attempts: number }[];
}

export interface RunPolicy {
  /** Attempts for a lone event before it is dead-lettered (transient errors are retried with backoff). */
  maxAttempts: number;
  retryBackoffMs: number;
  /** Waits between attempts; the consumer keeps its group session alive meanwhile. */
  pause: (ms: number) => Promise<void>;
  /** True once the consumer is stopping: a transient failure is then left uncommitted, not dead-lettered. */
  stopping: () => boolean;
  onRetry?: (item: unknown, attempt: number, error: Error) => void;
  onGiveUp?: (item: unknown, attempts: number, error: Error) => void;
}

/** Thrown when the consumer stops in the middle of retrying: the events stay uncommitted for the next owner. */
export class StoppedWhileRetrying extends Error {
  constructor(override readonly cause: Error) {
    super(`stopped while retrying: ${cause.message}`);
  }
}

/**
 * Runs a batch handler over `items` so that one bad event cannot sink the others: a failing batch is
 * split in halves, each run on its own, down to the lone event, which is retried with backoff and then
 * given up (dead-lettered by the caller) with the reason. Order is kept: the first half runs before the
 * second. Handlers are idempotent per event (Parley's ids are deterministic), so a half that is run
 * again after its batch failed changes nothing twice.
 */
export async function runBatch<T>(items: readonly T[], call: (items: readonly T[]) => Promise<OutboundEvent[]>, policy: RunPolicy): Promise<RunOutcome<T>> {
  if (!items.length) return { outputs: [], failed: [] };
  try {
    return { outputs: await call(items), failed: [] };
  } catch (e) {
    const error = asError(e);
    if (policy.stopping() && !(error instanceof PermanentEventError)) throw new StoppedWhileRetrying(error);
    if (items.length === 1) return runLone(items[0], call, policy, error);
    const middle = items.length >>> 1;
    const first = await runBatch(items.slice(0, middle), call, policy);
    const second = await runBatch(items.slice(middle), call, policy);
    return { outputs: [...first.outputs, ...second.outputs], failed: [...first.failed, ...second.failed] };
  }
}

async function runLone<T>(item: T, call: (items: readonly T[]) => Promise<OutboundEvent[]>, policy: RunPolicy, firstError: Error): Promise<RunOutcome<T>> {
  let error = firstError;
  for (let attempt = 1; ; attempt++) {
    const permanent = error instanceof PermanentEventError;
    if (permanent || attempt >= policy.maxAttempts) {
      policy.onGiveUp?.(item, attempt, error);
      const reason = permanent ? `rejected: ${error.message}` : `handler-failed after ${attempt} attempts: ${error.message}`;
      return { outputs: [], failed: [{ item, reason, attempts: attempt }] };
    }
    if (policy.stopping()) throw new StoppedWhileRetrying(error);
    policy.onRetry?.(item, attempt, error);
    await policy.pause(policy.retryBackoffMs * 2 ** (attempt - 1));
    try {
      return { outputs: await call([item]), failed: [] };
    } catch (e) {
      error = asError(e);
    }
  }
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
