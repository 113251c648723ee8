/**
 * Folds an inbound text to the form intent rules are written against: lower case, no accents, no
 * punctuation or emoji, words separated by single spaces. Full-width and other compatibility forms
 * fold to ASCII (NFKC), English contractions lose their apostrophe ("don't" → "dont") and French
 * elisions become a space ("m'envoyer" → "m envoyer"), so rules need one spelling of each.
 *
 * One pass over the characters: every inbound message goes through here, most of them long texts
 * that mean nothing for consent, so this is the cost that counts.
 */
export function normalizeIntentText(text: string): string {
  let source = text;
  // Internet emphasis "STOP!!1" is not a number.
  if (source.includes('!1')) source = source.replace(/!+1+\b/g, '!');
  if (ASCII_ONLY.test(source)) return joinSpelledOut(foldAscii(source));
  source = source.normalize('NFKC').normalize('NFD');
  let out = '';
  let pendingSpace = false;
  let wordStart = 0; // index in `out` where the current word began
  for (let i = 0; i < source.length; i += 1) {
    const code = source.charCodeAt(i);
    let folded: string | undefined;
    if (code < 128) {
      if (code >= 97 && code <= 122) folded = source[i];
      else if (code >= 65 && code <= 90) folded = String.fromCharCode(code + 32);
      else if (code >= 48 && code <= 57) folded = source[i];
      else if (code === 39) {
        if (isElision(out, wordStart, source.charCodeAt(i + 1))) pendingSpace = true;
        continue;
      }
    } else if (code >= 0x300 && code <= 0x36f) {
      continue; // combining accent left by NFD
    } else if (APOSTROPHE_CODES.has(code)) {
      if (isElision(out, wordStart, source.charCodeAt(i + 1))) pendingSpace = true;
      continue;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      i += 1; // astral: emoji and the like, never a letter of a keyword
    } else {
      const char = source[i];
      if (LETTER_OR_DIGIT.test(char)) folded = char.toLowerCase();
      else if (COMBINING.test(char)) continue;
    }
    if (folded === undefined) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
      wordStart = out.length;
    }
    out += folded;
  }
  return joinSpelledOut(out);
}

/** The common case, printable ASCII: lower-case once, then copy whole runs of letters and digits. */
function foldAscii(source: string): string {
  const lower = source.toLowerCase();
  let out = '';
  let runStart = -1;
  let separator = ''; // what goes before the next run: '' at the start and after an apostrophe, else ' '
  for (let i = 0; i <= lower.length; i += 1) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    const isWordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (isWordChar) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      out += separator + lower.slice(runStart, i);
      runStart = -1;
      separator = ' ';
    }
    if (code === 39 && out.length > 0 && separator === ' ') {
      // "don't" → "dont" (the next run joins this word); "m'envoyer" → "m envoyer"
      const wordStart = out.lastIndexOf(' ') + 1;
      if (!isElision(out, wordStart, lower.charCodeAt(i + 1)) && isWordCode(lower.charCodeAt(i - 1)) && isWordCode(lower.charCodeAt(i + 1))) separator = '';
    }
  }
  return out;
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function joinSpelledOut(text: string): string {
  return HAS_SINGLE_LETTER_RUN.test(text) ? text.replace(SINGLE_LETTER_RUNS, (run) => run.replace(/ /g, '')) : text;
}

const ASCII_ONLY = /^[\x20-\x7e]*$/;
const APOSTROPHE_CODES = new Set([0x2018, 0x2019, 0x02bc, 0x60, 0xb4]);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const COMBINING = /^\p{M}$/u;
/** l' d' m' j' n' s' t' c' qu' at the start of a word, before a letter; "i'm", "don't" keep English rules. */
const ELIDED = new Set(['l', 'd', 'm', 'j', 'n', 's', 't', 'c', 'qu']);

function isElision(out: string, wordStart: number, nextCode: number): boolean {
  const isLetterNext = (nextCode >= 97 && nextCode <= 122) || (nextCode >= 65 && nextCode <= 90) || nextCode >= 0xc0;
  return isLetterNext && ELIDED.has(out.slice(wordStart));
}

/** "S T O P" and "S.T.O.P." spell one word: join runs of three or more single letters. */
const HAS_SINGLE_LETTER_RUN = /(?:^| )\p{L}(?: \p{L}){2,}(?= |$)/u;
const SINGLE_LETTER_RUNS = /(?<=^| )\p{L}(?: \p{L}){2,}(?= |$)/gu;
