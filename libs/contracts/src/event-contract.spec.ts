import { decodeEvent, encodeEvent, InvalidEventError } from './event-contract';
import { MoReceived } from './events/mo-received.event';
import { MtRequested } from './events/mt-requested.event';
import { ALL_EVENTS, KAFKA_TOPICS } from './topics';
import { derivedId, moIdFor } from './ids';

const mo = {
  id: '0b4f7a8e-2f0c-4c61-9d0e-2b1d8f6a7c11',
  from: '+15551234567',
  to: '12345',
  text: 'JOIN',
  provider: 'generic',
  receivedAt: '2026-11-23T10:15:00Z',
  acceptedAt: '2026-11-23T10:15:00.120Z',
};

describe('event contracts', () => {
  it('names every topic with a version suffix, once', () => {
    for (const topic of KAFKA_TOPICS) expect(topic).toMatch(/\.v\d+$/);
    expect(new Set(KAFKA_TOPICS).size).toBe(ALL_EVENTS.length);
  });

  it('keys a conversation by handset and short code', () => {
    expect(encodeEvent(MoReceived, mo).key).toBe('+15551234567|12345');
  });

  it('refuses to produce an invalid event and says which field is wrong', () => {
    expect(() => encodeEvent(MoReceived, { ...mo, from: '555-1234' })).toThrow(InvalidEventError);
    expect(() => encodeEvent(MoReceived, { ...mo, from: '555-1234' })).toThrow(/from: must be an E.164 number/);
  });

  it.each([
    [null, /empty value/],
    ['{nope', /value is not JSON/],
    [JSON.stringify({ ...mo, id: 'x' }), /value does not match sms.mo.received.v1: id:/],
  ])('decoding %p fails with a reason, never an exception', (raw, reason) => {
    const result = decodeEvent(MoReceived, raw as string | null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('round-trips a valid event', () => {
    expect(decodeEvent(MoReceived, encodeEvent(MoReceived, mo).value)).toEqual({ ok: true, value: mo });
  });

  it('requires a program for marketing MT requests, and defaults priority', () => {
    const request = { id: mo.id, from: '12345', to: '+15551234567', text: 'Sale!', category: 'marketing', requestedBy: 'x', requestedAt: mo.receivedAt };
    const missing = decodeEvent(MtRequested, JSON.stringify(request));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.reason).toMatch(/programId: marketing messages must name their programId/);
    const ok = decodeEvent(MtRequested, JSON.stringify({ ...request, programId: 'parley-deals' }));
    expect(ok.ok && ok.value.priority).toBe('normal');
  });

  it('derives stable ids, so a redelivered cause yields the same effect id', () => {
    expect(moIdFor('kannel', 'abc')).toBe(moIdFor('kannel', 'abc'));
    expect(moIdFor('kannel', 'abc')).not.toBe(moIdFor('generic', 'abc'));
    expect(moIdFor('generic')).not.toBe(moIdFor('generic'));
    expect(derivedId(mo.id, 'reply')).toBe(derivedId(mo.id, 'reply'));
    expect(derivedId(mo.id, 'reply')).not.toBe(derivedId(mo.id, 'consent'));
  });
});
