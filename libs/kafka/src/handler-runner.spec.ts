import { PermanentEventError } from './errors';
import { runBatch, type RunPolicy, StoppedWhileRetrying } from './handler-runner';
import type { OutboundEvent } from './outbound-event';

const out = (n: number) => ({ contract: { topic: `t${n}` }, value: n }) as unknown as OutboundEvent;

function policy(overrides: Partial<RunPolicy> = {}): RunPolicy & { pauses: number[] } {
  const pauses: number[] = [];
  return { maxAttempts: 3, retryBackoffMs: 10, pause: async (ms) => void pauses.push(ms), stopping: () => false, pauses, ...overrides };
}

describe('runBatch', () => {
  it('calls the handler once for a healthy batch and returns its outputs', async () => {
    const calls: number[][] = [];
    const outcome = await runBatch([1, 2, 3], async (items) => (calls.push([...items]), items.map(out)), policy());
    expect(calls).toEqual([[1, 2, 3]]);
    expect(outcome.outputs.map((o) => o.value)).toEqual([1, 2, 3]);
    expect(outcome.failed).toEqual([]);
  });

  it('isolates a poison event: the others are handled, in order, and it alone fails with the reason', async () => {
    const handled: number[] = [];
    const call = async (items: readonly number[]) => {
      if (items.includes(5)) throw new Error('cannot parse 5');
      handled.push(...items);
      return items.map(out);
    };
    const p = policy();
    const outcome = await runBatch([1, 2, 3, 4, 5, 6, 7, 8], call, p);
    expect(handled).toEqual([1, 2, 3, 4, 6, 7, 8]);
    expect(outcome.outputs.map((o) => o.value)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    expect(outcome.failed).toEqual([{ item: 5, reason: 'handler-failed after 3 attempts: cannot parse 5', attempts: 3 }]);
    expect(p.pauses).toEqual([10, 20]); // backoff only for the lone event
  });

  it('retries a lone transient failure and succeeds without failing the event', async () => {
    let tries = 0;
    const outcome = await runBatch([1], async (items) => {
      if (++tries < 2) throw new Error('connection reset');
      return items.map(out);
    }, policy());
    expect(tries).toBe(2);
    expect(outcome.failed).toEqual([]);
    expect(outcome.outputs).toHaveLength(1);
  });

  it('gives up at once on a permanent error', async () => {
    let tries = 0;
    const outcome = await runBatch([1], async () => {
      tries++;
      throw new PermanentEventError('unknown program');
    }, policy());
    expect(tries).toBe(1);
    expect(outcome.failed).toEqual([{ item: 1, reason: 'rejected: unknown program', attempts: 1 }]);
  });

  it('does not dead-letter a transient failure while stopping: it throws so nothing is committed', async () => {
    await expect(runBatch([1, 2], async () => {
      throw new Error('database is down');
    }, policy({ stopping: () => true }))).rejects.toBeInstanceOf(StoppedWhileRetrying);
  });
});
