import { decodeGsm7, decodeUcs2, encodeGsm7, encodeUcs2, UnencodableCharacterError } from './codec';
import { GSM7_BASIC } from './gsm7';

describe('GSM-7 codec', () => {
  it('round-trips the whole default alphabet and the extension table', () => {
    const text = GSM7_BASIC.replace('\x1b', '') + '\f^{}\\[~]|€';
    expect(decodeGsm7(encodeGsm7(text))).toBe(text);
  });

  it('encodes one septet per octet and extension characters as ESC + septet', () => {
    expect([...encodeGsm7('@A€')]).toEqual([0x00, 0x41, 0x1b, 0x65]);
    expect([...encodeGsm7('{}')]).toEqual([0x1b, 0x28, 0x1b, 0x29]);
    expect([...encodeGsm7('£¥èé')]).toEqual([0x01, 0x03, 0x04, 0x05]);
  });

  it('refuses a character outside GSM-7 and names it', () => {
    expect(() => encodeGsm7('ok ç')).toThrow(UnencodableCharacterError);
    expect(() => encodeGsm7('ok ç')).toThrow('character "ç" at index 3 is not in the GSM-7 alphabet');
  });

  it('shows the default character for an escape the extension table lacks, and a space for a stray escape', () => {
    expect(decodeGsm7(Uint8Array.from([0x1b, 0x41]))).toBe('A');
    expect(decodeGsm7(Uint8Array.from([0x41, 0x1b]))).toBe('A ');
    expect(decodeGsm7(Uint8Array.from([0x1b, 0x1b, 0x42]))).toBe(' B');
  });
});

describe('UCS-2 codec', () => {
  it('encodes UTF-16 big-endian, an emoji as its surrogate pair', () => {
    expect([...encodeUcs2('Aж😀')]).toEqual([0x00, 0x41, 0x04, 0x36, 0xd8, 0x3d, 0xde, 0x00]);
  });

  it('round-trips text with emoji, Cyrillic and CJK', () => {
    const text = 'Привет 😀 你好 “ok”';
    expect(decodeUcs2(encodeUcs2(text))).toBe(text);
  });

  it('ignores an odd trailing octet', () => {
    expect(decodeUcs2(Uint8Array.from([0x00, 0x41, 0x00]))).toBe('A');
  });
});
