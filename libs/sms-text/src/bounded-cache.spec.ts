import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('forgets the oldest entry beyond its capacity', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });

  it('overwrites an existing key without evicting another', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.set('a', 10)).toBe(10);
    expect([cache.get('a'), cache.get('b')]).toEqual([10, 2]);
  });
});
