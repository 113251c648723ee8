import { advances, byLifecycle } from './status-order';

describe('status order', () => {
  it.each([
    ['queued', 'sent', true],
    ['sent', 'delivered', true],
    ['queued', 'delivered', true],
    ['delivered', 'sent', false],
    ['rejected', 'sent', false],
    ['sent', 'queued', false],
    ['errored', 'sent', true],
    ['sent', 'failed', true],
  ] as const)('%s → %s moves forward: %s', (from, to, expected) => expect(advances(from, to)).toBe(expected));

  it('orders history by lifecycle even when a receipt is stamped before the acceptance', () => {
    const history = [
      { status: 'delivered' as const, at: '2026-11-23T10:00:00.001Z' },
      { status: 'queued' as const, at: '2026-11-23T10:00:00.000Z' },
      { status: 'sent' as const, at: '2026-11-23T10:00:00.002Z' },
    ];
    expect([...history].sort(byLifecycle).map((h) => h.status)).toEqual(['queued', 'sent', 'delivered']);
  });
});
