import { analyze } from './analyze';
import { decodeGsm7, decodeUcs2 } from './codec';
import { buildConcatUdh, ESM_CLASS_UDHI, parseConcatUdh, splitForSmpp, type SmppPart } from './udh';

/** No lone surrogate: a part boundary never fell inside a surrogate pair. */
const isWellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** Octets the part takes on the air: the UDH, then the text (septets packed after fill bits). */
function airOctets(part: SmppPart, dataCoding: 0 | 8): number {
  if (dataCoding === 8) return part.shortMessage.length;
  const udhSeptets = Math.ceil((part.udh.length * 8) / 7);
  return Math.ceil(((udhSeptets + part.payload.length) * 7) / 8);
}

describe('buildConcatUdh', () => {
  it('builds 05 00 03 ref total seq for an 8-bit reference', () => {
    expect([...buildConcatUdh(0xa7, 3, 2)]).toEqual([0x05, 0x00, 0x03, 0xa7, 0x03, 0x02]);
  });

  it('builds 06 08 04 refHi refLo total seq for a 16-bit reference', () => {
    expect([...buildConcatUdh(0x1234, 2, 1, 16)]).toEqual([0x06, 0x08, 0x04, 0x12, 0x34, 0x02, 0x01]);
  });

  it.each([
    [256, 2, 1, 8],
    [-1, 2, 1, 8],
    [65536, 2, 1, 16],
    [1, 0, 1, 8],
    [1, 256, 1, 8],
    [1, 2, 0, 8],
    [1, 2, 3, 8],
  ] as const)('refuses ref %i, total %i, seq %i with %i-bit reference', (ref, total, seq, bits) => {
    expect(() => buildConcatUdh(ref, total, seq, bits)).toThrow(RangeError);
  });
});

describe('splitForSmpp', () => {
  it('sends a single message without UDH or UDHI', () => {
    const message = splitForSmpp('Reply YES to confirm', { ref: 7 });
    expect(message).toMatchObject({ encoding: 'GSM-7', dataCoding: 0, esmClass: 0 });
    expect(message.parts).toHaveLength(1);
    expect(message.parts[0].udh).toHaveLength(0);
    expect(decodeGsm7(message.parts[0].shortMessage)).toBe('Reply YES to confirm');
  });

  it('splits a long GSM-7 message into parts that each fit 140 octets with their UDH', () => {
    const text = 'Hello {world} € '.repeat(25);
    const message = splitForSmpp(text, { ref: 0x42 });
    expect(message).toMatchObject({ encoding: 'GSM-7', dataCoding: 0, esmClass: ESM_CLASS_UDHI });
    expect(message.parts.map((p) => p.text)).toEqual(analyze(text).segments);
    message.parts.forEach((part, i) => {
      expect([...part.udh]).toEqual([0x05, 0x00, 0x03, 0x42, message.parts.length, i + 1]);
      expect(part.shortMessage.subarray(0, 6)).toEqual(part.udh);
      expect(airOctets(part, 0)).toBeLessThanOrEqual(140);
    });
    expect(message.parts.map((p) => decodeGsm7(p.payload)).join('')).toBe(text);
  });

  it('fills a GSM-7 part to exactly 140 octets: 6 UDH octets + 153 septets', () => {
    const message = splitForSmpp('a'.repeat(200), { ref: 1 });
    expect(message.parts[0].payload).toHaveLength(153);
    expect(airOctets(message.parts[0], 0)).toBe(140);
  });

  it('splits UCS-2 into 6 + 134 octets and keeps surrogate pairs whole', () => {
    const text = 'a' + '😀'.repeat(70);
    const message = splitForSmpp(text, { ref: 9 });
    expect(message).toMatchObject({ encoding: 'UCS-2', dataCoding: 8, esmClass: ESM_CLASS_UDHI });
    for (const part of message.parts) {
      expect(part.shortMessage.length).toBeLessThanOrEqual(140);
      expect(isWellFormed(part.text)).toBe(true);
    }
    expect(message.parts[0].shortMessage).toHaveLength(6 + 134);
    expect(message.parts.map((p) => decodeUcs2(p.payload)).join('')).toBe(text);
  });

  it('uses a 7-octet UDH and smaller parts with a 16-bit reference', () => {
    const message = splitForSmpp('ж'.repeat(140), { ref: 0xbeef, referenceBits: 16 });
    expect(message.parts.map((p) => p.text.length)).toEqual([66, 66, 8]);
    for (const part of message.parts) {
      expect(part.udh.subarray(0, 5)).toEqual(Buffer.from([0x06, 0x08, 0x04, 0xbe, 0xef]));
      expect(part.shortMessage.length).toBeLessThanOrEqual(140);
    }
  });

  it('refuses a text that needs more than 255 parts', () => {
    expect(() => splitForSmpp('a'.repeat(153 * 255 + 1), { ref: 1 })).toThrow(RangeError);
  });
});

describe('parseConcatUdh', () => {
  it('reads back what buildConcatUdh wrote, 8- and 16-bit', () => {
    expect(parseConcatUdh(Buffer.concat([buildConcatUdh(200, 4, 3), Buffer.from('hi')]))).toEqual({
      ref: 200, total: 4, seq: 3, referenceBits: 8, headerLength: 6,
    });
    expect(parseConcatUdh(buildConcatUdh(0xabcd, 2, 2, 16))).toEqual({
      ref: 0xabcd, total: 2, seq: 2, referenceBits: 16, headerLength: 7,
    });
  });

  it('skips other information elements before the concatenation element', () => {
    // UDHL 11: port addressing (05, len 4) then concatenation (00, len 3).
    const udh = Uint8Array.from([0x0b, 0x05, 0x04, 0x0b, 0x84, 0x23, 0xf0, 0x00, 0x03, 0x11, 0x02, 0x01]);
    expect(parseConcatUdh(udh)).toEqual({ ref: 0x11, total: 2, seq: 1, referenceBits: 8, headerLength: 12 });
  });

  it.each([
    ['no concatenation element', [0x04, 0x05, 0x02, 0x0b, 0x84]],
    ['a header longer than the message', [0x05, 0x00, 0x03, 0x01]],
    ['an element running past the header', [0x03, 0x00, 0x03, 0x01, 0x02, 0x01]],
    ['seq 0', [0x05, 0x00, 0x03, 0x01, 0x02, 0x00]],
    ['seq beyond total', [0x05, 0x00, 0x03, 0x01, 0x02, 0x03]],
    ['total 0', [0x05, 0x00, 0x03, 0x01, 0x00, 0x00]],
    ['an empty message', []],
  ])('returns undefined for %s', (_name, octets) => {
    expect(parseConcatUdh(Uint8Array.from(octets))).toBeUndefined();
  });
});
