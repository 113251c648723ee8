import { decodeBody, kannelTime, kannelToRawMo } from './kannel-mo';

describe('Kannel MO mapping', () => {
  it('maps get-url placeholders', () => {
    expect(kannelToRawMo({ query: { from: '+15551234567', to: '12345', text: 'join now', id: 'abc-1', time: '2026-11-23 10:15:00' }, headers: {} })).toEqual({
      from: '+15551234567',
      to: '12345',
      text: 'join now',
      providerMessageId: 'abc-1',
      receivedAt: '2026-11-23T10:15:00Z',
    });
  });

  it('maps post-url headers and body', () => {
    const raw = kannelToRawMo({
      query: { id: 'k-9' },
      headers: { 'x-kannel-from': '+15551234567', 'x-kannel-to': '12345', 'x-kannel-time': '1763892900', 'content-type': 'text/plain; charset=utf-8' },
      body: Buffer.from('Olá'),
    });
    expect(raw).toEqual({ from: '+15551234567', to: '12345', text: 'Olá', providerMessageId: 'k-9', receivedAt: '2025-11-23T10:15:00.000Z' });
  });

  it.each([
    [Buffer.from('004800690020d83ddc4b', 'hex'), 'text/plain; charset=UTF-16BE', undefined, 'Hi \u{1F44B}'],
    [Buffer.from('00480069', 'hex'), undefined, '2', 'Hi'],
    [Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/plain; charset=ISO-8859-1', undefined, 'café'],
    [Buffer.from('café'), undefined, '0', 'café'],
  ])('decodes post-url bodies by charset and coding', (body, contentType, coding, text) => {
    expect(decodeBody(body, contentType, coding)).toBe(text);
  });

  it('reads %T and %t times and leaves anything else for validation to reject', () => {
    expect(kannelTime('1763892900')).toBe('2025-11-23T10:15:00.000Z');
    expect(kannelTime('2026-11-23 10:15:00')).toBe('2026-11-23T10:15:00Z');
    expect(kannelTime('yesterday')).toBe('yesterday');
    expect(kannelTime(undefined)).toBeUndefined();
  });
});
