import { decodeGsm7, decodeUcs2 } from './codec';
import { parseConcatUdh, type ConcatInfo } from './udh';

export type InboundAlphabet = 'GSM-7' | 'UCS-2' | 'Latin-1' | '8-bit';

/** The text and, for one part of a longer message, its concatenation header, read from a deliver_sm. */
export interface InboundShortMessage {
  text: string;
  alphabet: InboundAlphabet;
  /** Present when the UDH carries a concatenation element. */
  concat?: ConcatInfo;
}

/**
 * The alphabet of an SMPP data_coding value: 0-15 per SMPP 3.4 §5.2.19, above that the GSM data coding
 * scheme groups of 3GPP TS 23.038 §4.
 */
export function alphabetOf(dataCoding: number): InboundAlphabet {
  switch (dataCoding) {
    case 0:
      return 'GSM-7';
    case 1: // IA5 (ASCII) is a subset of Latin-1
    case 3:
      return 'Latin-1';
    case 8:
      return 'UCS-2';
  }
  if (dataCoding < 0x10) return '8-bit';
  // 00xx xxxx general coding and 01xx xxxx automatic deletion share the alphabet bits 3-2.
  if ((dataCoding & 0x80) === 0x00) return (['GSM-7', '8-bit', 'UCS-2', 'GSM-7'] as const)[(dataCoding >> 2) & 0x03];
  if ((dataCoding & 0xf0) === 0xf0) return dataCoding & 0x04 ? '8-bit' : 'GSM-7';
  if ((dataCoding & 0xf0) === 0xe0) return 'UCS-2';
  return (dataCoding & 0xf0) === 0xc0 || (dataCoding & 0xf0) === 0xd0 ? 'GSM-7' : '8-bit';
}

/**
 * Reads a deliver_sm short_message (or message_payload). With UDHI set in esm_class the message starts
 * with a User Data Header; other information elements than concatenation are skipped. GSM-7 is expected
 * unpacked, one septet per octet, as SMPP carries it.
 */
export function readInboundShortMessage(shortMessage: Uint8Array, dataCoding: number, udhi: boolean): InboundShortMessage {
  const alphabet = alphabetOf(dataCoding);
  let body = shortMessage;
  let concat: ConcatInfo | undefined;
  if (udhi && shortMessage.length > 0) {
    const headerLength = shortMessage[0] + 1;
    concat = parseConcatUdh(shortMessage);
    body = shortMessage.subarray(Math.min(headerLength, shortMessage.length));
  }
  const text = decode(body, alphabet);
  return concat ? { text, alphabet, concat } : { text, alphabet };
}

function decode(body: Uint8Array, alphabet: InboundAlphabet): string {
  switch (alphabet) {
    case 'GSM-7':
      return decodeGsm7(body);
    case 'UCS-2':
      return decodeUcs2(body);
    default:
      // Latin-1 maps every octet to a character, so 8-bit payloads survive the round trip.
      return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  }
}
