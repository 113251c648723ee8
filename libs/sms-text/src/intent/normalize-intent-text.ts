import { addWord, FNV_OFFSET, FNV_PRIME, mayHold, type FoldedWords } from './word-hash';

/**
 * Folds an inbound text to the form intent rules are written against: lower case, no accents, no
 * punctuation or emoji, words separated by single spaces. Full-width and other compatibility forms
 * fold to ASCII (NFKC), English contractions lose their apostrophe ("don't" → "dont") and French
 * elisions become a space ("m'envoyer" → "m envoyer"), so rules need one spelling of each.
 *
 * One pass over the characters into a reused buffer: every inbound message goes through here, most of
 * them long texts that mean nothing for consent, so this is the cost that counts.
 */
export function normalizeIntentText(text: string): string {
  return foldIntentText(text, undefined);
}

/**
 * Where the sentences of a text begin in its folded form: the offset of the first word after each run of
 * sentence punctuation (`. ! ? ; , : ( ) ¡ ¿` and line breaks, as SENTENCE_BREAK splits them). Each
 * sentence folded on its own is then the slice of the folded text between two starts, unless `sliceable`
 * is false: letters were joined across sentences ("S.T.O.P.") or an "!1" was dropped, and the sentences
 * have to be folded one by one.
 */
export interface SentenceStarts {
  starts: Int32Array;
  count: number;
  sliceable: boolean;
}

export function newSentenceStarts(): SentenceStarts {
  return { starts: new Int32Array(64), count: 0, sliceable: true };
}

/**
 * normalizeIntentText, noting in `sentences` where each sentence's first word landed and in `words` each
 * word's hash and place, so that word-cues.ts need not read the folded text again.
 */
export function foldIntentText(text: string, sentences: SentenceStarts | undefined, words?: FoldedWords): string {
  joinedLetters = false;
  starts = sentences;
  if (sentences) {
    sentences.count = 0;
    sentences.sliceable = true;
  }
  noted = words;
  if (words) {
    words.count = 0;
    words.valid = true;
    // A short text keeps every word (typos and keywords need them); a long one only those that may cue.
    words.complete = words.filter === undefined || text.length <= NOTE_EVERY_WORD_MAX_LENGTH;
    noteFilter = words.complete ? undefined : words.filter;
  }
  let source = text;
  // Internet emphasis "STOP!!1" is not a number.
  if (source.includes('!1')) {
    source = source.replace(/!+1+\b/g, '!');
    if (sentences) sentences.sliceable = false;
  }
  const folded = foldSource(source);
  if (sentences && joinedLetters) sentences.sliceable = false;
  if (words && joinedLetters) words.valid = false;
  return folded;
}

function foldSource(source: string): string {
  let length = foldAscii(source);
  if (length === ASCII_SLICE) {
    // Keywords and plain sentences ("STOP!", "Stop texting me.") are a slice of the text, lower-cased: no
    // string needs to be made from the buffer, which costs more than folding a keyword.
    let folded = sliceStart === 0 && sliceEnd === source.length ? source : source.slice(sliceStart, sliceEnd);
    if (sliceHasCapitals) folded = folded.toLowerCase();
    return shortWordRun ? joinSpelledOut(folded) : folded;
  }
  // A character beyond ASCII: the rest of the text (or, after an ASCII apostrophe, which the two folds
  // treat apart, all of it) is folded character by character in its decomposition.
  if (length === NOT_ASCII) length = foldUnicode(source, resumeAt);
  if (length === 0) return '';
  const folded = outIsLatin1 ? out.toString('latin1', 0, length) : out.toString('utf16le', 0, 2 * length);
  return shortWordRun ? joinSpelledOut(folded) : folded;
}

let joinedLetters = false;

/** "S T O P" and "S.T.O.P." spell one word: join runs of three or more single letters. */
function joinSpelledOut(folded: string): string {
  if (!HAS_SINGLE_LETTER_RUN.test(folded)) return folded;
  joinedLetters = true;
  return folded.replace(SINGLE_LETTER_RUNS, (run) => run.replace(/ /g, ''));
}

const HAS_SINGLE_LETTER_RUN = /(?:^| )\p{L}(?: \p{L}){2,}(?= |$)/u;
const SINGLE_LETTER_RUNS = /(?<=^| )\p{L}(?: \p{L}){2,}(?= |$)/gu;

/**
 * The folded text is written here, one byte per character while every character is Latin-1 (the ASCII
 * path, and most other texts), two (UTF-16LE) once one is not: a string is made once, at the end,
 * instead of growing word by word.
 */
let narrow = Buffer.alloc(2048);
let wide = Buffer.alloc(4096);
let out = narrow;
let outIsLatin1 = true;

/** Where sentence starts and words go, for foldIntentText's caller; undefined when nobody asked. */
let starts: SentenceStarts | undefined;
let noted: FoldedWords | undefined;
/**
 * Texts up to this long have every word noted: the typo repair (folded texts up to 160 characters) and
 * keywords (up to 64) need them all. A longer text seldom folds that short; when it does, word-cues.ts
 * reads its words itself.
 */
const NOTE_EVERY_WORD_MAX_LENGTH = 200;
/** Set with `noted` when only the words this filter may hold (or that begin a sentence) are noted. */
let noteFilter: Int32Array | undefined;

/** Notes a word ending at `end` (see FoldedWords). */
function noteFolded(hash: number, start: number, end: number, beginsSentence: boolean): void {
  if (!noted) return;
  if (noteFilter === undefined || start === 0 || beginsSentence || mayHold(noteFilter, hash)) addWord(noted, hash, start, end);
}

/** The hash of the word being written (see word-hash.ts), and whether it begins a sentence. */
let wordHash = FNV_OFFSET;
let wordBeginsSentence = false;

/** The word ending at `end` is complete: note it, and start hashing the next one. */
function noteWord(start: number, end: number): void {
  noteFolded(wordHash, start, end, wordBeginsSentence);
  wordHash = FNV_OFFSET;
  wordBeginsSentence = false;
}

function hashUnit(code: number): void {
  wordHash = Math.imul(wordHash ^ code, FNV_PRIME);
}

/** Sentence punctuation came since the last word: the next word begins a sentence. */
let sentencePending = false;

function noteSentenceStart(offset: number): void {
  if (!starts) return;
  if (starts.count === starts.starts.length) {
    const larger = new Int32Array(starts.starts.length * 2);
    larger.set(starts.starts);
    starts.starts = larger;
  }
  starts.starts[starts.count] = offset;
  starts.count += 1;
}

/** The characters of SENTENCE_BREAK (classify-intent.ts), all below 0xc0 (¡ and ¿ are Latin-1). */
const SENTENCE_BREAK_CODES = new Uint8Array(0xc0);
for (const char of '.!?;,\n\r¡¿:()') SENTENCE_BREAK_CODES[char.charCodeAt(0)] = 1;

function isSentenceBreak(code: number): boolean {
  return code < 0xc0 && SENTENCE_BREAK_CODES[code] === 1;
}

/**
 * Where the fold is. foldAscii keeps it in locals and hands it over when it meets a character beyond
 * ASCII; foldUnicode works on these.
 */
let length = 0;
let wordStart = 0; // where the word being written began
let pendingSpace = false; // a separator came after the last word
let skipNext = false; // the unit after a high surrogate belongs to its emoji
/** Words of one or two units in a row; three make shortWordRun. */
let shortWords = 0;
/**
 * Three words in a row of at most two units ("s t o p"), the cheap test that spares most texts the
 * regular expression of joinSpelledOut (a letter may be a surrogate pair, hence two).
 */
let shortWordRun = false;

/** foldAscii's answers besides a length: the folded text is a slice of the text, or it is not ASCII. */
const ASCII_SLICE = -1;
const NOT_ASCII = -2;
/** Set by foldAscii for ASCII_SLICE: the slice, and whether it needs lower-casing. */
let sliceStart = 0;
let sliceEnd = 0;
let sliceHasCapitals = false;
/** Set by foldAscii for NOT_ASCII: where foldUnicode takes over, with the fold's state as it was there. */
let resumeAt = 0;

/**
 * The common case, printable ASCII, in one pass: letters lower-cased, runs of other characters one space.
 * ASCII_SLICE when only single spaces stand between words; NOT_ASCII at the first other character.
 */
function foldAscii(source: string): number {
  startOut(source.length);
  let written = 0;
  let start = 0;
  let inWord = false;
  let joinNext = false; // "don't": the next run continues the word
  let sawApostrophe = false;
  let short = 0;
  let shortRun = false;
  let capitals = false;
  let slice = true; // so far the folded text is a slice of this one
  let firstWordChar = -1;
  let lastWordEnd = 0;
  let sentence = false;
  let beginsSentence = false;
  let hash = FNV_OFFSET;
  for (let i = 0; i < source.length; i += 1) {
    const char = source.charCodeAt(i);
    const code = char < 128 ? ASCII_FOLD[char] : 0;
    if (code !== 0) {
      if (code !== char) capitals = true;
      if (!inWord) {
        if (firstWordChar < 0) firstWordChar = i;
        // Between two words, only a single space keeps the folded text a slice of this one.
        else if (joinNext || i - lastWordEnd !== 1 || source.charCodeAt(lastWordEnd) !== 32) slice = false;
        if (written > 0 && !joinNext) {
          short = written - start <= 2 ? short + 1 : 0;
          if (short >= 3) shortRun = true;
          if (noted) noteFolded(hash, start, written, beginsSentence);
          hash = FNV_OFFSET;
          out[written] = 32;
          written += 1;
          start = written;
          beginsSentence = sentence;
          if (sentence) noteSentenceStart(written);
        }
        sentence = false;
        joinNext = false;
        inWord = true;
      }
      out[written] = code;
      written += 1;
      hash = Math.imul(hash ^ code, FNV_PRIME);
      continue;
    }
    if (char < 0x20 || char > 0x7e) {
      // Hand over to foldUnicode here, unless an apostrophe was read the ASCII way ("a''b" is "a b" here,
      // "ab" there): then it starts again from the beginning.
      length = written;
      wordStart = start;
      pendingSpace = !inWord && written > 0;
      skipNext = false;
      shortWords = short;
      shortWordRun = shortRun;
      sentencePending = sentence;
      wordHash = hash;
      wordBeginsSentence = beginsSentence;
      resumeAt = sawApostrophe ? 0 : i;
      if (sawApostrophe && starts) starts.count = 0;
      if (sawApostrophe && noted) noted.count = 0;
      return NOT_ASCII;
    }
    if (inWord) lastWordEnd = i;
    inWord = false;
    if (SENTENCE_BREAK_CODES[char] === 1) sentence = true;
    if (char === 39) {
      sawApostrophe = true;
      // "don't" → "dont" (the next run joins this word); "m'envoyer" → "m envoyer"
      if (written > 0 && !joinNext && isAsciiWordCode(source.charCodeAt(i - 1)) && isAsciiWordCode(source.charCodeAt(i + 1))) {
        joinNext = !isElidedWord(start, written) || !isLetterCode(source.charCodeAt(i + 1));
      }
    }
  }
  if (written > 0 && written - start <= 2 && short + 1 >= 3) shortRun = true;
  shortWordRun = shortRun;
  if (noted && written > 0) noteFolded(hash, start, written, beginsSentence);
  if (inWord) lastWordEnd = source.length;
  if (slice && written > 0) {
    sliceStart = firstWordChar;
    sliceEnd = lastWordEnd;
    sliceHasCapitals = capitals;
    return ASCII_SLICE;
  }
  return written;
}

/** ASCII letters and digits folded (lower case), 0 for every other ASCII character. */
const ASCII_FOLD = new Uint8Array(128);
for (let code = 48; code <= 57; code += 1) ASCII_FOLD[code] = code;
for (let code = 97; code <= 122; code += 1) ASCII_FOLD[code] = code;
for (let code = 65; code <= 90; code += 1) ASCII_FOLD[code] = code + 32;

/** Starts a text in the one-byte buffer, with room for `units` characters. */
function startOut(units: number): void {
  if (narrow.length < units + 16) narrow = Buffer.alloc(2 * units + 16);
  out = narrow;
  outIsLatin1 = true;
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 0xc0;
}

/** l' d' m' j' n' s' t' c' qu' at the start of a word, before a letter; "i'm", "don't" keep English rules. */
function isElidedWord(start: number, end: number): boolean {
  if (end - start === 1) return ELIDED_LETTERS.has(unitAt(start));
  return end - start === 2 && unitAt(start) === 113 && unitAt(start + 1) === 117; // "qu"
}

const ELIDED_LETTERS: ReadonlySet<number> = new Set([...'ldmjnstc'].map((letter) => letter.charCodeAt(0)));

function unitAt(index: number): number {
  return outIsLatin1 ? out[index] : out.readUInt16LE(2 * index);
}

/**
 * Any other text, from `from` on (with the state foldAscii left, or from the start): each character is
 * read in its compatibility decomposition (NFKD, which is what NFKC then NFD give, character by
 * character: "ｅ" → "e", "é" → "e" + accent, "ﬁ" → "fi", "𝐒" → "S"), accents and other marks are dropped,
 * letters and digits of any script kept in lower case, the rest separates words. Apostrophes vanish
 * ("don’t" → "dont") except after a French elision ("m’envoyer" → "m envoyer").
 */
function foldUnicode(source: string, from: number): number {
  if (from === 0) {
    startOut(source.length);
    length = 0;
    wordStart = 0;
    pendingSpace = false;
    skipNext = false;
    shortWords = 0;
    shortWordRun = false;
    sentencePending = false;
    wordHash = FNV_OFFSET;
    wordBeginsSentence = false;
  }
  for (let i = from; i < source.length; i += 1) {
    const code = source.charCodeAt(i);
    if (isSentenceBreak(code)) sentencePending = true;
    // ASCII letters and digits, most of any text, go straight to the buffer.
    const folded = code < 128 && !skipNext ? ASCII_FOLD[code] : 0;
    if (folded !== 0) {
      if (pendingSpace || length === 0) startWordIfPending();
      if (length >= capacity()) growOut();
      if (outIsLatin1) out[length] = folded;
      else out.writeUInt16LE(folded, 2 * length);
      length += 1;
      wordHash = Math.imul(wordHash ^ folded, FNV_PRIME);
      continue;
    }
    if (code < 128) {
      foldUnit(code, source, i + 1, '', 0);
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length && isLowSurrogate(source.charCodeAt(i + 1));
    const expansion = pair ? astralDecomposition(source.codePointAt(i) ?? code) : bmpDecomposition(code);
    const next = i + (pair ? 2 : 1);
    for (let k = 0; k < expansion.length; k += 1) foldUnit(expansion.charCodeAt(k), source, next, expansion, k);
    if (pair) i += 1;
  }
  if (length > 0) {
    countWord(length - wordStart);
    noteWord(wordStart, length);
  }
  return length;
}

/**
 * One UTF-16 unit of the decomposed text: unit `k` of `expansion` (the decomposition of the character
 * before `next`), or an ASCII character with `expansion` empty. What follows it matters for elisions only.
 */
function foldUnit(code: number, source: string, next: number, expansion: string, k: number): void {
  if (skipNext) {
    // The unit after a high surrogate belongs to its emoji (or, broken, is swallowed with it).
    skipNext = false;
    pendingSpace = length > 0;
    return;
  }
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) writeWordUnit(code);
    else if (code >= 65 && code <= 90) writeWordUnit(code + 32);
    else if (code === 39) {
      if (isUnicodeElision(nextUnit(source, next, expansion, k))) pendingSpace = true;
    } else pendingSpace = length > 0;
    return;
  }
  if (code >= 0x300 && code <= 0x36f) return; // combining accent
  if (APOSTROPHE_CODES.has(code)) {
    if (isUnicodeElision(nextUnit(source, next, expansion, k))) pendingSpace = true;
    return;
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    skipNext = true; // astral: emoji and the like, never a letter of a keyword
    return;
  }
  const kind = unitKind(code);
  if (kind === COMBINING_MARK) return;
  if (kind === SEPARATOR) {
    pendingSpace = length > 0;
    return;
  }
  const lower = LOWER[code] ?? String.fromCharCode(code);
  for (let u = 0; u < lower.length; u += 1) writeWordUnit(lower.charCodeAt(u));
}

/** The unit after unit `k` of `expansion`: the next one of it, or the first of the next character's. */
function nextUnit(source: string, next: number, expansion: string, k: number): number {
  if (k + 1 < expansion.length) return expansion.charCodeAt(k + 1);
  return next < source.length ? firstUnitOf(source, next) : NaN;
}

function isUnicodeElision(nextCode: number): boolean {
  const isLetterNext = (nextCode >= 97 && nextCode <= 122) || (nextCode >= 65 && nextCode <= 90) || nextCode >= 0xc0;
  return isLetterNext && isElidedWord(wordStart, length);
}

function startWordIfPending(): void {
  if (!pendingSpace) {
    if (length === 0) sentencePending = false;
    return;
  }
  countWord(length - wordStart);
  noteWord(wordStart, length);
  pendingSpace = false;
  writeUnit(32);
  wordStart = length;
  if (sentencePending) noteSentenceStart(length);
  wordBeginsSentence = sentencePending;
  sentencePending = false;
}

function countWord(units: number): void {
  shortWords = units <= 2 ? shortWords + 1 : 0;
  if (shortWords >= 3) shortWordRun = true;
}

function writeWordUnit(code: number): void {
  startWordIfPending();
  writeUnit(code);
  hashUnit(code);
}

function writeUnit(code: number): void {
  // A compatibility decomposition may be long ("ﷺ" is 18 letters): grow rather than overrun.
  if (length >= capacity()) growOut();
  if (code > 0xff && outIsLatin1) widenOut();
  if (outIsLatin1) out[length] = code;
  else out.writeUInt16LE(code, 2 * length);
  length += 1;
}

/** How many characters fit in the current buffer. */
function capacity(): number {
  return outIsLatin1 ? out.length : out.length >> 1;
}

function growOut(): void {
  const larger = Buffer.alloc(out.length * 2);
  out.copy(larger);
  if (outIsLatin1) narrow = larger;
  else wide = larger;
  out = larger;
}

/** From one byte per character to two, for a character beyond Latin-1 (Cyrillic, CJK ...). */
function widenOut(): void {
  if (wide.length < 2 * narrow.length) wide = Buffer.alloc(2 * narrow.length);
  for (let k = 0; k < length; k += 1) wide.writeUInt16LE(narrow[k], 2 * k);
  out = wide;
  outIsLatin1 = false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The first unit of the character at `index`, decomposed: what an elision looks at. */
function firstUnitOf(source: string, index: number): number {
  const code = source.charCodeAt(index);
  if (code < 128) return code;
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < source.length && isLowSurrogate(source.charCodeAt(index + 1))) {
    return astralDecomposition(source.codePointAt(index) ?? code).charCodeAt(0);
  }
  return bmpDecomposition(code).charCodeAt(0);
}

/** NFKD of each character, computed once per character seen. */
const BMP_DECOMPOSITIONS: (string | undefined)[] = new Array<string | undefined>(0x10000);
const ASTRAL_DECOMPOSITIONS = new Map<number, string>();

function bmpDecomposition(code: number): string {
  let expansion = BMP_DECOMPOSITIONS[code];
  if (expansion === undefined) BMP_DECOMPOSITIONS[code] = expansion = String.fromCharCode(code).normalize('NFKD');
  return expansion;
}

function astralDecomposition(codePoint: number): string {
  let expansion = ASTRAL_DECOMPOSITIONS.get(codePoint);
  if (expansion === undefined) {
    expansion = String.fromCodePoint(codePoint).normalize('NFKD');
    ASTRAL_DECOMPOSITIONS.set(codePoint, expansion);
  }
  return expansion;
}

const LETTER_OR_DIGIT_KIND = 1;
const COMBINING_MARK = 2;
const SEPARATOR = 3;
/** What each BMP unit beyond ASCII is, learnt once per unit: a letter or digit (lower-cased), a mark, or neither. */
const KINDS = new Uint8Array(0x10000);
const LOWER: (string | undefined)[] = new Array<string | undefined>(0x10000);

function unitKind(code: number): number {
  let kind = KINDS[code];
  if (kind === 0) {
    const char = String.fromCharCode(code);
    if (LETTER_OR_DIGIT.test(char)) {
      kind = LETTER_OR_DIGIT_KIND;
      LOWER[code] = char.toLowerCase();
    } else kind = COMBINING.test(char) ? COMBINING_MARK : SEPARATOR;
    KINDS[code] = kind;
  }
  return kind;
}

const APOSTROPHE_CODES: ReadonlySet<number> = new Set([0x2018, 0x2019, 0x02bc, 0x60, 0xb4]);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const COMBINING = /^\p{M}$/u;
