// Pure text core of Parley: no I/O, safe to use from every service.

// Encoding, segments, transliteration (3GPP TS 23.038 / 23.040)
export { analyze, SEGMENT_LIMITS, type AnalyzeOptions, type SmsAnalysis, type SmsEncoding } from './analyze';
export { GSM7_BASIC, GSM7_EXTENSION, isGsm7 } from './gsm7';
export { transliterate, type TransliterationChange, type TransliterationResult } from './transliterate';
export { decodeGsm7, decodeUcs2, encodeGsm7, encodeUcs2, UnencodableCharacterError } from './codec';

// Concatenation: outbound parts for SMPP, inbound headers and reassembly
export {
  buildConcatUdh,
  ESM_CLASS_UDHI,
  MAX_PARTS,
  parseConcatUdh,
  splitForSmpp,
  type ConcatInfo,
  type ReferenceBits,
  type SmppMessage,
  type SmppPart,
  type SplitForSmppOptions,
} from './udh';
export { alphabetOf, readInboundShortMessage, type InboundAlphabet, type InboundShortMessage } from './inbound-part';
export { ConcatReassembler, type ConcatReassemblerOptions, type InboundPart, type Reassembled } from './reassembly';

// Phone numbers, their time zones, quiet hours
export { normalizePhone, type CountryCode, type PhoneResult } from './phone';
export { phoneRegion, timeZonesFor, type PhoneTimeZones } from './time-zones';
export {
  isInQuietHours,
  isQuietHoursFor,
  localTimeIn,
  localTimesFor,
  TCPA_QUIET_HOURS,
  type LocalTime,
  type QuietHours,
} from './quiet-hours';

// Intent of an inbound text (opt-out, opt-in, help, ...)
export * from './intent/classify-intent';
