import { encodeGsm7, encodeUcs2 } from './codec';
import { alphabetOf, readInboundShortMessage } from './inbound-part';
import { buildConcatUdh } from './udh';

describe('alphabetOf', () => {
  it.each([
    [0, 'GSM-7'],
    [1, 'Latin-1'],
    [3, 'Latin-1'],
    [8, 'UCS-2'],
    [4, '8-bit'],
    [0x10, 'GSM-7'],
    [0x18, 'UCS-2'],
    [0x48, 'UCS-2'],
    [0xf0, 'GSM-7'],
    [0xf4, '8-bit'],
  ] as const)('data_coding %i → %s', (dataCoding, alphabet) => {
    expect(alphabetOf(dataCoding)).toBe(alphabet);
  });
});

describe('readInboundShortMessage', () => {
  it('reads a plain GSM-7 message', () => {
    expect(readInboundShortMessage(encodeGsm7('STOP'), 0, false)).toEqual({ text: 'STOP', alphabet: 'GSM-7' });
  });

  it('reads the concatenation header and the GSM-7 text after it', () => {
    const shortMessage = Buffer.concat([buildConcatUdh(5, 2, 1), encodeGsm7('Price: 10€')]);
    expect(readInboundShortMessage(shortMessage, 0, true)).toEqual({
      text: 'Price: 10€',
      alphabet: 'GSM-7',
      concat: { ref: 5, total: 2, seq: 1, referenceBits: 8, headerLength: 6 },
    });
  });

  it('reads a UCS-2 part with a 16-bit reference', () => {
    const shortMessage = Buffer.concat([buildConcatUdh(300, 3, 3, 16), encodeUcs2('Привет 😀')]);
    const read = readInboundShortMessage(shortMessage, 8, true);
    expect(read.text).toBe('Привет 😀');
    expect(read.concat).toMatchObject({ ref: 300, total: 3, seq: 3, referenceBits: 16 });
  });

  it('skips a UDH without concatenation and returns the text alone', () => {
    const shortMessage = Buffer.concat([Buffer.from([0x04, 0x05, 0x02, 0x0b, 0x84]), Buffer.from('hi', 'latin1')]);
    expect(readInboundShortMessage(shortMessage, 3, true)).toEqual({ text: 'hi', alphabet: 'Latin-1' });
  });

  it('does not look for a UDH when UDHI is not set', () => {
    expect(readInboundShortMessage(Buffer.from('\x05ok', 'latin1'), 1, false).text).toBe('\x05ok');
  });
});
