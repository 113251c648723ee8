import { uniqueHandset } from './phone-numbers';

describe('uniqueHandset', () => {
  it('never repeats and never hands out a line the simulator fails on purpose (0400, 0503)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 25_000; i++) seen.add(uniqueHandset());
    expect(seen.size).toBe(25_000);
    expect([...seen].filter((n) => n.endsWith('0400') || n.endsWith('0503'))).toEqual([]);
  });
});
