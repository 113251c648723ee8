import { MicroBatcher } from './micro-batcher';

describe('MicroBatcher', () => {
  it('answers each caller with its own result from one flush for items added together', async () => {
    const flushes: number[][] = [];
    const batcher = new MicroBatcher<number, string>(async (items) => (flushes.push(items), items.map((n) => `r${n}`)));
    const results = await Promise.all([1, 2, 3].map((n) => batcher.add(n)));
    expect(results).toEqual(['r1', 'r2', 'r3']);
    expect(flushes).toEqual([[1, 2, 3]]);
  });

  it('gathers items arriving while flushes run into the next flush, and caps a flush at maxItems', async () => {
    const flushes: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const batcher = new MicroBatcher<number, number>(async (items) => {
      flushes.push(items);
      if (flushes.length === 1) await gate;
      return items;
    }, { maxInFlight: 1, maxItems: 3 });
    const first = batcher.add(0);
    await new Promise((r) => setImmediate(r));
    const later = [1, 2, 3, 4].map((n) => batcher.add(n));
    release();
    expect(await Promise.all([first, ...later])).toEqual([0, 1, 2, 3, 4]);
    expect(flushes).toEqual([[0], [1, 2, 3], [4]]);
  });

  it('fails every caller of a failed flush, and the next flush works again', async () => {
    let fail = true;
    const batcher = new MicroBatcher<number, number>(async (items) => {
      if (fail) throw new Error('Kafka unavailable');
      return items;
    });
    const failed = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await batcher.add(3)).toBe(3);
  });
});
