import { ConcatReassembler, type InboundPart } from './reassembly';

const T0 = 1_700_000_000_000;

function part(seq: number, text: string, overrides: Partial<InboundPart> = {}): InboundPart {
  return { from: '+12025550143', to: '12345', ref: 42, total: 3, seq, text, receivedAt: T0 + seq, ...overrides };
}

describe('ConcatReassembler', () => {
  it('joins parts that arrive in order', () => {
    const reassembler = new ConcatReassembler();
    expect(reassembler.add(part(1, 'Hello '))).toBeUndefined();
    expect(reassembler.add(part(2, 'big '))).toBeUndefined();
    expect(reassembler.add(part(3, 'world'))).toEqual({
      from: '+12025550143', to: '12345', ref: 42, total: 3,
      text: 'Hello big world', parts: 3, complete: true, firstReceivedAt: T0 + 1,
    });
    expect(reassembler.pending).toBe(0);
  });

  it('joins parts that arrive out of order', () => {
    const reassembler = new ConcatReassembler();
    reassembler.add(part(3, 'world'));
    reassembler.add(part(1, 'Hello '));
    expect(reassembler.add(part(2, 'big '))).toMatchObject({ text: 'Hello big world', complete: true });
  });

  it('ignores a duplicate part while the message is open', () => {
    const reassembler = new ConcatReassembler();
    reassembler.add(part(1, 'Hello '));
    expect(reassembler.add(part(1, 'Hello '))).toBeUndefined();
    reassembler.add(part(2, 'big '));
    expect(reassembler.add(part(3, 'world'))).toMatchObject({ text: 'Hello big world', parts: 3 });
  });

  it('ignores a part retransmitted just after its message completed', () => {
    const reassembler = new ConcatReassembler();
    [1, 2].forEach((seq) => reassembler.add(part(seq, `p${seq}`)));
    expect(reassembler.add(part(3, 'p3'))).toMatchObject({ complete: true });
    expect(reassembler.add(part(2, 'p2', { receivedAt: T0 + 1000 }))).toBeUndefined();
    expect(reassembler.pending).toBe(0);
    expect(reassembler.expire(T0 + 10 * 60_000)).toEqual([]);
  });

  it('starts a new message when the sender reuses the reference with new text', () => {
    const reassembler = new ConcatReassembler();
    [1, 2, 3].forEach((seq) => reassembler.add(part(seq, `a${seq}`)));
    [1, 2].forEach((seq) => reassembler.add(part(seq, `b${seq}`)));
    expect(reassembler.add(part(3, 'b3'))).toMatchObject({ text: 'b1b2b3', complete: true });
  });

  it('keeps messages apart by sender, recipient, reference and total', () => {
    const reassembler = new ConcatReassembler();
    reassembler.add(part(1, 'A1'));
    reassembler.add(part(1, 'B1', { from: '+12025550199' }));
    reassembler.add(part(1, 'C1', { to: '67890' }));
    reassembler.add(part(1, 'D1', { ref: 43 }));
    reassembler.add(part(1, 'E1', { total: 2 }));
    expect(reassembler.pending).toBe(5);
    expect(reassembler.add(part(2, 'E2', { total: 2 }))).toMatchObject({ text: 'E1E2' });
  });

  it('passes a part with total 1 or an impossible seq through as a whole message', () => {
    const reassembler = new ConcatReassembler();
    expect(reassembler.add(part(1, 'STOP', { total: 1 }))).toMatchObject({ text: 'STOP', complete: true, parts: 1 });
    expect(reassembler.add(part(4, 'odd', { total: 3 }))).toMatchObject({ text: 'odd', complete: true, total: 1 });
    expect(reassembler.pending).toBe(0);
  });

  it('yields a message whose parts stopped arriving as incomplete, with the missing parts marked', () => {
    const reassembler = new ConcatReassembler({ timeoutMs: 60_000 });
    reassembler.add(part(1, 'Please '));
    reassembler.add(part(3, 'STOP', { total: 4 }));
    reassembler.add(part(1, 'Hi ', { total: 4 }));
    expect(reassembler.expire(T0 + 59_000)).toEqual([]);
    const expired = reassembler.expire(T0 + 60_001);
    expect(expired).toEqual([
      expect.objectContaining({ total: 3, text: 'Please …', complete: false, missing: [2, 3], parts: 1 }),
      expect.objectContaining({ total: 4, text: 'Hi …STOP…', complete: false, missing: [2, 4], parts: 2 }),
    ]);
    expect(reassembler.pending).toBe(0);
  });

  it('measures the timeout from the earliest part, whatever the arrival order', () => {
    const reassembler = new ConcatReassembler({ timeoutMs: 1000 });
    reassembler.add(part(2, 'b', { receivedAt: T0 + 500 }));
    reassembler.add(part(1, 'a', { receivedAt: T0 }));
    expect(reassembler.expire(T0 + 1000)).toEqual([expect.objectContaining({ text: 'ab…', missing: [3], firstReceivedAt: T0 })]);
  });

  it('uses the configured gap marker', () => {
    const reassembler = new ConcatReassembler({ timeoutMs: 1, gapMarker: '[?]' });
    reassembler.add(part(2, 'middle'));
    expect(reassembler.expire(T0 + 10)[0].text).toBe('[?]middle[?]');
  });

  it('evicts the oldest open message as incomplete when too many are open', () => {
    const reassembler = new ConcatReassembler({ maxGroups: 2 });
    reassembler.add(part(1, 'first', { ref: 1 }));
    reassembler.add(part(1, 'second', { ref: 2 }));
    reassembler.add(part(1, 'third', { ref: 3 }));
    expect(reassembler.pending).toBe(2);
    expect(reassembler.expire(T0 + 2)).toEqual([expect.objectContaining({ ref: 1, text: 'first…', complete: false, missing: [2, 3] })]);
    expect(reassembler.add(part(2, '2', { ref: 2 }))).toBeUndefined();
    expect(reassembler.add(part(3, '3', { ref: 2 }))).toMatchObject({ text: 'second23', complete: true });
  });

  it('flushes every open message on shutdown', () => {
    const reassembler = new ConcatReassembler();
    reassembler.add(part(1, 'x', { ref: 1 }));
    reassembler.add(part(2, 'y', { ref: 2 }));
    expect(reassembler.flush().map((m) => m.text)).toEqual(['x…', '…y…']);
    expect(reassembler.pending).toBe(0);
  });

  it('refuses a non-positive timeout or group bound', () => {
    expect(() => new ConcatReassembler({ timeoutMs: 0 })).toThrow(RangeError);
    expect(() => new ConcatReassembler({ maxGroups: 0 })).toThrow(RangeError);
  });
});
