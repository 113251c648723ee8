import { GSM7_COST } from './gsm7';
import { transliterate, type TransliterationChange } from './transliterate';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

/**
 * Units per message. A concatenated part loses room to its User Data Header: 6 octets with an 8-bit
 * reference, 7 with a 16-bit one (3GPP TS 23.040 §9.2.3.24.1 and .8).
 */
export const SEGMENT_LIMITS = {
  'GSM-7': { single: 160, concatenated8: 153, concatenated16: 152 },
  'UCS-2': { single: 70, concatenated8: 67, concatenated16: 66 },
} as const;

export interface SmsAnalysis {
  encoding: SmsEncoding;
  /** Septets for GSM-7 (extension characters count two), UTF-16 code units for UCS-2. */
  units: number;
  /** The text of each part as carriers split it; one entry for a single message (even an empty one). */
  segments: string[];
  /** Each character that forced UCS-2, once, in order of first appearance (whole code points). */
  ucs2Chars: string[];
  /** Present when transliteration was asked for: what was replaced, and where in the original text. */
  transliteration?: { original: string; changes: TransliterationChange[] };
}

export interface AnalyzeOptions {
  /** Replace look-alike characters (curly quotes, dashes, ...) with GSM-7 ones before counting. */
  transliterate?: boolean;
  /** Reference size of the concatenation UDH the sender will use; 16 leaves one unit less per part. */
  referenceBits?: 8 | 16;
}

/** Counts and splits a message exactly as an SMSC would (3GPP TS 23.038 / 23.040). */
export function analyze(text: string, options?: AnalyzeOptions): SmsAnalysis {
  if (options?.transliterate) {
    const result = transliterate(text);
    const analysis = analyze(result.text, { referenceBits: options.referenceBits });
    analysis.transliteration = { original: text, changes: result.changes };
    return analysis;
  }
  const referenceBits = options?.referenceBits ?? 8;
  let septets = 0;
  for (let i = 0; i < text.length; i += 1) {
    const cost = GSM7_COST[text.charCodeAt(i)];
    if (cost === 0) return analyzeUcs2(text, i, referenceBits);
    septets += cost;
  }
  const limits = SEGMENT_LIMITS['GSM-7'];
  const segments = septets <= limits.single ? [text] : splitGsm7(text, referenceBits === 16 ? limits.concatenated16 : limits.concatenated8);
  return { encoding: 'GSM-7', units: septets, segments, ucs2Chars: [] };
}

function analyzeUcs2(text: string, firstNonGsm: number, referenceBits: 8 | 16): SmsAnalysis {
  const limits = SEGMENT_LIMITS['UCS-2'];
  const segments = text.length <= limits.single ? [text] : splitUcs2(text, referenceBits === 16 ? limits.concatenated16 : limits.concatenated8);
  return { encoding: 'UCS-2', units: text.length, segments, ucs2Chars: charsOutsideGsm7(text, firstNonGsm) };
}

/** Splits GSM-7 text into parts of at most `perPart` septets without separating an escape from its character. */
export function splitGsm7(text: string, perPart: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < text.length; i += 1) {
    const cost = GSM7_COST[text.charCodeAt(i)] || 1;
    if (used + cost > perPart) {
      parts.push(text.slice(start, i));
      start = i;
      used = 0;
    }
    used += cost;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Splits UCS-2 text into parts of at most `perPart` code units without separating a surrogate pair. */
export function splitUcs2(text: string, perPart: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (text.length - start > perPart) {
    let end = start + perPart;
    const last = text.charCodeAt(end - 1);
    const next = text.charCodeAt(end);
    if (last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Distinct code points outside GSM-7, in order of first appearance, starting the scan at `from`. */
export function charsOutsideGsm7(text: string, from = 0): string[] {
  const seen = new Set<string>();
  for (let i = from; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (GSM7_COST[code] !== 0) continue;
    const next = text.charCodeAt(i + 1);
    const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    seen.add(pair ? text.slice(i, i + 2) : text[i]);
    if (pair) i += 1;
  }
  return [...seen];
}
