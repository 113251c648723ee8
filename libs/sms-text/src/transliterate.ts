import { GSM7_COST } from './gsm7';

export interface TransliterationChange {
  /** UTF-16 offset of the replaced text in the original. */
  index: number;
  /** One character, or a letter and the combining accent that followed it. */
  from: string;
  /** The GSM-7 replacement; '' when the character was dropped (zero-width characters, stray accents). */
  to: string;
}

export interface TransliterationResult {
  text: string;
  changes: TransliterationChange[];
}

// Look-alikes that phones and word processors insert and that would otherwise force the whole message
// into UCS-2 (70 instead of 160 characters per part). Letters not listed here fall back to their
// Unicode base letter when that letter is in GSM-7 (á → a, Ś → S).
const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u0060': "'",
  '\u2039': "'", '\u203a': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
  '\u00a0': ' ', '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ',
  '\u2006': ' ', '\u2007': ' ', '\u2008': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u205f': ' ',
  '\u3000': ' ', '\t': ' ',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
  '\u2022': '*', '\u2206': 'Δ', '\u2126': 'Ω',
  // Greek capitals that look like Latin ones; the others (Γ Δ Θ Λ Ξ Π Σ Φ Ψ Ω) are in GSM-7 already.
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
  'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
  'ç': 'c', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'Ŧ': 'T',
  'œ': 'oe', 'Œ': 'OE', 'ĳ': 'ij', 'Ĳ': 'IJ', 'ð': 'd', 'þ': 'th', 'Þ': 'Th',
};

// Memo of single-character decisions: null = keep as is.
const decided = new Map<string, string | null>();

function replacementFor(char: string): string | null {
  const known = decided.get(char);
  if (known !== undefined) return known;
  let to: string | null = REPLACEMENTS[char] ?? null;
  if (to === null) {
    // Strip combining marks: 'á' → 'a' + U+0301 → 'a'. Only accepted when the base is GSM-7.
    const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base !== char && base.length > 0 && [...base].every((c) => GSM7_COST[c.charCodeAt(0)] !== 0)) to = base;
  }
  decided.set(char, to);
  return to;
}

/**
 * Replaces characters outside GSM-7 with GSM-7 look-alikes and reports every replacement. Characters
 * with no sensible equivalent (emoji, CJK, Greek lower case ...) are kept, so the result may still
 * need UCS-2; `analyze(result.text).ucs2Chars` names them.
 */
export function transliterate(text: string): TransliterationResult {
  const changes: TransliterationChange[] = [];
  let out = '';
  let copiedTo = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (GSM7_COST[code] !== 0) continue;
    if (code >= 0x0300 && code <= 0x036f) {
      // A combining accent typed after its letter ('e' + U+0301): keep the accented letter when GSM-7
      // has it (é), otherwise drop the accent as for precomposed letters (â → a). After a letter that
      // stays outside GSM-7 (Cyrillic и) the accent stays too: the message is UCS-2 anyway.
      const previousKept = i > 0 && copiedTo < i;
      if (previousKept && GSM7_COST[text.charCodeAt(i - 1)] === 0) continue;
      const composed = previousKept ? text.slice(i - 1, i + 1).normalize('NFC') : '';
      if (composed.length === 1 && GSM7_COST[composed.charCodeAt(0)] !== 0) {
        out += text.slice(copiedTo, i - 1) + composed;
        changes.push({ index: i - 1, from: text.slice(i - 1, i + 1), to: composed });
      } else {
        out += text.slice(copiedTo, i);
        changes.push({ index: i, from: text[i], to: '' });
      }
      copiedTo = i + 1;
      continue;
    }
    if (code === 0x200d && (isSurrogate(text.charCodeAt(i - 1)) || isSurrogate(text.charCodeAt(i + 1)))) continue; // joins an emoji sequence
    const to = replacementFor(text[i]);
    if (to === null) continue;
    out += text.slice(copiedTo, i) + to;
    copiedTo = i + 1;
    changes.push({ index: i, from: text[i], to });
  }
  if (changes.length === 0) return { text, changes };
  return { text: out + text.slice(copiedTo), changes };
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}
