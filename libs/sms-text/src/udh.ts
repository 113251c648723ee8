import { SEGMENT_LIMITS, splitGsm7, splitUcs2, type SmsEncoding } from './analyze';
import { encodeGsm7, encodeUcs2 } from './codec';
import { GSM7_COST } from './gsm7';

export type ReferenceBits = 8 | 16;

/** Information element identifiers for concatenation (3GPP TS 23.040 §9.2.3.24). */
const IEI_CONCAT_8 = 0x00;
const IEI_CONCAT_16 = 0x08;
/** SMPP esm_class bit saying the short_message starts with a UDH. */
export const ESM_CLASS_UDHI = 0x40;
export const MAX_PARTS = 255;

/**
 * The User Data Header for one part: `05 00 03 ref total seq` (8-bit reference) or
 * `06 08 04 refHi refLo total seq` (16-bit reference).
 */
export function buildConcatUdh(ref: number, total: number, seq: number, referenceBits: ReferenceBits = 8): Buffer {
  const maxRef = referenceBits === 16 ? 0xffff : 0xff;
  if (!Number.isInteger(ref) || ref < 0 || ref > maxRef) throw new RangeError(`reference must be an integer 0..${maxRef}, got ${ref}`);
  if (!Number.isInteger(total) || total < 1 || total > MAX_PARTS) throw new RangeError(`total must be 1..${MAX_PARTS}, got ${total}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > total) throw new RangeError(`seq must be 1..${total}, got ${seq}`);
  return referenceBits === 16
    ? Buffer.from([0x06, IEI_CONCAT_16, 0x04, ref >> 8, ref & 0xff, total, seq])
    : Buffer.from([0x05, IEI_CONCAT_8, 0x03, ref, total, seq]);
}

export interface SmppPart {
  /** Empty for a single-part message (no UDHI). */
  udh: Buffer;
  text: string;
  seq: number;
  total: number;
  ref: number;
  /** The part's text encoded for data_coding (unpacked GSM-7 septets or UTF-16BE). */
  payload: Buffer;
  /** What goes into SMPP short_message: udh followed by payload. */
  shortMessage: Buffer;
}

export interface SmppMessage {
  encoding: SmsEncoding;
  /** SMPP data_coding: 0 = SMSC default alphabet (GSM-7), 8 = UCS-2. */
  dataCoding: 0 | 8;
  /** SMPP esm_class to send with every part: 0x40 (UDHI) when the message is concatenated. */
  esmClass: number;
  parts: SmppPart[];
}

export interface SplitForSmppOptions {
  /** Concatenation reference, unique per destination among messages in flight (0..255 or 0..65535). */
  ref: number;
  referenceBits?: ReferenceBits;
}

/**
 * Splits a message into SMPP submit_sm parts with their concatenation UDH. The text must already be in
 * its final form (transliterate first if wanted); the encoding follows from the characters.
 */
export function splitForSmpp(text: string, options: SplitForSmppOptions): SmppMessage {
  const referenceBits = options.referenceBits ?? 8;
  let gsm = true;
  let septets = 0;
  for (let i = 0; i < text.length && gsm; i += 1) {
    const cost = GSM7_COST[text.charCodeAt(i)];
    if (cost === 0) gsm = false;
    septets += cost;
  }
  const encoding: SmsEncoding = gsm ? 'GSM-7' : 'UCS-2';
  const limits = SEGMENT_LIMITS[encoding];
  const single = gsm ? septets <= limits.single : text.length <= limits.single;
  const perPart = referenceBits === 16 ? limits.concatenated16 : limits.concatenated8;
  const texts = single ? [text] : gsm ? splitGsm7(text, perPart) : splitUcs2(text, perPart);
  if (texts.length > MAX_PARTS) throw new RangeError(`message needs ${texts.length} parts; a UDH can address at most ${MAX_PARTS}`);
  const encode = gsm ? encodeGsm7 : encodeUcs2;
  const parts = texts.map((partText, i): SmppPart => {
    const udh = single ? Buffer.alloc(0) : buildConcatUdh(options.ref, texts.length, i + 1, referenceBits);
    const payload = encode(partText);
    return { udh, text: partText, seq: i + 1, total: texts.length, ref: options.ref, payload, shortMessage: Buffer.concat([udh, payload]) };
  });
  return { encoding, dataCoding: gsm ? 0 : 8, esmClass: single ? 0 : ESM_CLASS_UDHI, parts };
}

export interface ConcatInfo {
  ref: number;
  total: number;
  seq: number;
  referenceBits: ReferenceBits;
  /** Octets taken by the whole UDH including its length octet; the text starts after them. */
  headerLength: number;
}

/**
 * Reads the concatenation element from a short_message that starts with a UDH (esm_class has UDHI).
 * Returns undefined when the header is malformed or carries no concatenation element.
 */
export function parseConcatUdh(shortMessage: Uint8Array): ConcatInfo | undefined {
  if (shortMessage.length < 1) return undefined;
  const udhl = shortMessage[0];
  const headerLength = udhl + 1;
  if (headerLength > shortMessage.length) return undefined;
  let i = 1;
  while (i + 1 < headerLength) {
    const iei = shortMessage[i];
    const length = shortMessage[i + 1];
    const data = i + 2;
    if (data + length > headerLength) return undefined;
    if (iei === IEI_CONCAT_8 && length === 3) {
      const info = { ref: shortMessage[data], total: shortMessage[data + 1], seq: shortMessage[data + 2], referenceBits: 8 as const, headerLength };
      return validConcat(info);
    }
    if (iei === IEI_CONCAT_16 && length === 4) {
      const ref = (shortMessage[data] << 8) | shortMessage[data + 1];
      const info = { ref, total: shortMessage[data + 2], seq: shortMessage[data + 3], referenceBits: 16 as const, headerLength };
      return validConcat(info);
    }
    i = data + length;
  }
  return undefined;
}

// 23.040: a part with total 0 or seq outside 1..total is to be treated as not concatenated.
function validConcat(info: ConcatInfo): ConcatInfo | undefined {
  return info.total >= 1 && info.seq >= 1 && info.seq <= info.total ? info : undefined;
}
