import { GSM7_BASIC, GSM7_ESCAPE, GSM7_SEPTET } from './gsm7';

// Payload encodings for SMPP short_message / message_payload. data_coding 0 ("SMSC default alphabet")
// is GSM-7 with one septet per octet on nearly every SMSC; the SMSC packs septets for the air interface.

const EXTENSION_BY_SEPTET = new Map<number, string>([
  [0x0a, '\f'], [0x14, '^'], [0x28, '{'], [0x29, '}'], [0x2f, '\\'],
  [0x3c, '['], [0x3d, '~'], [0x3e, ']'], [0x40, '|'], [0x65, '€'],
]);

export class UnencodableCharacterError extends Error {
  constructor(readonly char: string, readonly index: number) {
    super(`character ${JSON.stringify(char)} at index ${index} is not in the GSM-7 alphabet`);
    this.name = 'UnencodableCharacterError';
  }
}

/** GSM-7 text → unpacked septets (one per octet), extension characters as ESC + septet. */
export function encodeGsm7(text: string): Buffer {
  const out = Buffer.allocUnsafe(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const septet = GSM7_SEPTET[text.charCodeAt(i)];
    if (septet < 0) throw new UnencodableCharacterError(text[i], i);
    if (septet >= 0x100) {
      out[n++] = GSM7_ESCAPE;
      out[n++] = septet - 0x100;
    } else out[n++] = septet;
  }
  return out.subarray(0, n);
}

/**
 * Unpacked GSM-7 septets → text. An escape before a septet the extension table lacks shows the
 * default-alphabet character, as 23.038 asks; a stray escape (or ESC ESC, reserved) shows as a space.
 */
export function decodeGsm7(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 1) {
    const septet = bytes[i] & 0x7f;
    if (septet !== GSM7_ESCAPE) out += GSM7_BASIC[septet];
    else if (i + 1 < bytes.length) {
      const next = bytes[++i] & 0x7f;
      out += EXTENSION_BY_SEPTET.get(next) ?? (next === GSM7_ESCAPE ? ' ' : GSM7_BASIC[next]);
    } else out += ' ';
  }
  return out;
}

/** Text → UCS-2 as SMS carries it: UTF-16 big-endian (surrogate pairs pass through as two units). */
export function encodeUcs2(text: string): Buffer {
  const out = Buffer.from(text, 'utf16le');
  return out.swap16();
}

/** UTF-16 big-endian octets → text. An odd trailing octet (a broken part) is ignored. */
export function decodeUcs2(bytes: Uint8Array): string {
  const even = bytes.length & ~1;
  const copy = Buffer.from(bytes.subarray(0, even));
  return copy.swap16().toString('utf16le');
}
