import type { SentenceStarts } from './normalize-intent-text';
import { REPAIRABLE_WORDS } from './phrase-typos';
import { PHRASES } from './phrases';
import { addToFilter, addWord, FNV_OFFSET, FNV_PRIME, hashOf, mayHold, newFilter, newFoldedWords, type FoldedWords } from './word-hash';

/**
 * What the words of a normalized text cue, found without splitting it: no array of words is made and no
 * word becomes a string of its own. Every inbound text is scanned, most of them ordinary sentences of
 * which no word cues anything, so this is much of what classifying them costs.
 *
 * Each word is hashed as it is written (by foldIntentText; or here, for a text made from another). A
 * word is looked up only where it can matter: an anchor (or a word sentence keywords hide behind: stop,
 * quit ...) anywhere; a leading word where a sentence begins; a polite word in a text short enough to be
 * a keyword; a typo in a short text. The alsoNeeds words, most of them common ones ("me", "texts"), are
 * looked up afterwards and only while a cued phrase still needs one. A bit filter per kind of look-up
 * says "no" for most words without touching the tables.
 */
export interface WordScan {
  /** Bit i set: PHRASES[i] is worth trying on the text. */
  readonly phrases: Uint32Array;
  /** Some phrase is worth trying. */
  anyPhrase: boolean;
  /**
   * The text has two sentences or more (see SentenceStarts), and an opt-in phrase might match one: a word
   * anchors it, or the first word of a sentence may lead it.
   */
  optInInSomeSentence: boolean;
  /** With optInInSomeSentence: a word anchors an opt-in phrase, so any sentence may hold it. */
  optInAnchored: boolean;
  /**
   * With optInInSomeSentence and not optInAnchored: bit k set when sentence k (0 the first) begins with a
   * word that may lead an opt-in phrase; sentences past the 31st all count as such.
   */
  optInSentences: number;
  /** A sentence of the text may be a keyword or an order to stop (see defineSentenceTriggers). */
  sentence: boolean;
  /** A word is a typo or shorthand of a phrase word, or has stretched letters ("stoooop"). */
  mayRepair: boolean;
  /** Filled in when the scan is asked for it (see scanWords). */
  readonly keywordShape: KeywordShape;
}

/** The words of a text that are neither polite fillers nor "all": how many, their letters, all the same? */
export interface KeywordShape {
  words: number;
  letters: number;
  /** Letters of those words that are not "all", "todo", "tout" ... ("unsubscribe all"). */
  lettersBesideAll: number;
  /** Every such word is the same ("stop stop stop"); a hash collision may say so wrongly, never the reverse. */
  sameWord: boolean;
}

export function newWordScan(): WordScan {
  return {
    phrases: new Uint32Array(WORDS_PER_SET),
    anyPhrase: false,
    optInInSomeSentence: false,
    optInAnchored: false,
    optInSentences: 0,
    sentence: false,
    mayRepair: false,
    keywordShape: { words: 0, letters: 0, lettersBesideAll: 0, sameWord: true },
  };
}

/**
 * Words worth splitting a text into sentences for, each with what the text must also contain: nothing
 * more for a sentence keyword ("stop"), the whole order for the orders to stop that lack "stop" ("cut"
 * alone, as in "the message was cut off", is no reason).
 */
export function defineSentenceTriggers(triggers: ReadonlyMap<string, string>): void {
  for (const [word, alsoNeeded] of triggers) cueEntry(word, ANCHOR_FILTER).sentence = alsoNeeded;
}

/** The polite fillers and "all" words (see keywords.ts) keywordShape leaves out or counts apart. */
export function defineKeywordWords(fillers: Iterable<string>, allWords: Iterable<string>): void {
  for (const word of fillers) cueEntry(word, KEYWORD_FILTER).keywordRole = FILLER;
  for (const word of allWords) cueEntry(word, KEYWORD_FILTER).keywordRole = ALL_WORD;
}

/**
 * Scans `normalized` (see normalizeIntentText) into `scan`, which is reused from call to call. Typos are
 * looked for only `withRepairs`, and keywordShape filled in only `withShape`: both are worth it in short
 * texts only. With `sentences` (from foldIntentText), the scan also tells whether one of them may hold an
 * opt-in phrase; with `folded` (from foldIntentText too), the text's words need not be read again.
 */
export function scanWords(normalized: string, scan: WordScan, withRepairs: boolean, withShape: boolean, sentences?: SentenceStarts, folded?: FoldedWords): WordScan {
  sets.fill(0);
  sentenceCued = false;
  // Typos and the keyword shape need every word; phrases only the cue words a long text's fold noted.
  const usable = folded !== undefined && folded.valid && (folded.complete || (!withRepairs && !withShape));
  const words = usable ? folded : wordsOf(normalized, ownWords);
  let mayRepair = withRepairs && hasStretchedLetters(normalized);
  // Sentence starts are ascending, like the words: one pointer walks them (the first word starts one too).
  const starts = sentences?.starts;
  const sentenceCount = sentences?.count ?? 0;
  let nextStart = 0;
  optInSentences = 0;
  if (withShape) startShape();
  const { hashes, bounds, count } = words;
  for (let k = 0; k < count; k += 1) {
    const hash = hashes[k];
    const start = bounds[2 * k];
    const end = bounds[2 * k + 1];
    let beginsSentence = start === 0;
    if (starts !== undefined && nextStart < sentenceCount && starts[nextStart] === start) {
      beginsSentence = true;
      nextStart += 1;
    }
    if (mayHold(ANCHOR_FILTER, hash)) noteAnchor(normalized, hash);
    if (beginsSentence && mayHold(LEADING_FILTER, hash) && noteLeading(hash, start === 0)) {
      // nextStart sentence starts are behind this word: it begins sentence nextStart (0 for the first).
      optInSentences |= nextStart < 31 ? 1 << nextStart : ALL_LATER_SENTENCES;
    }
    if (withShape) shapeWord(hash, end - start);
    if (withRepairs && !mayRepair && end - start >= 2 && mayHold(REPAIR_FILTER, hash)) mayRepair = REPAIR_TABLE.find(hash) !== undefined;
  }
  if (cuedStillNeedSomething()) noteNeeds(words);
  scan.mayRepair = mayRepair;
  if (withShape) endShape(scan.keywordShape);
  summarize(scan, sentenceCount > 0);
  return scan;
}

/** The words of a folded text, read from it (for texts foldIntentText did not note the words of). */
function wordsOf(normalized: string, words: FoldedWords): FoldedWords {
  words.count = 0;
  words.valid = true;
  words.complete = true;
  let hash = FNV_OFFSET;
  let start = 0;
  for (let i = 0; i <= normalized.length; i += 1) {
    const code = i < normalized.length ? normalized.charCodeAt(i) : 32;
    if (code !== 32) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      continue;
    }
    if (i > start) addWord(words, hash, start, i);
    hash = FNV_OFFSET;
    start = i + 1;
  }
  return words;
}

/**
 * Three of one letter in a row (digits are 48-57, the space 32): maybe stretched ("stooop"), for
 * repairPhraseTypos to judge.
 */
function hasStretchedLetters(normalized: string): boolean {
  let previous = -1;
  let same = 0;
  for (let i = 0; i < normalized.length; i += 1) {
    const code = normalized.charCodeAt(i);
    same = code === previous ? same + 1 : 1;
    if (same === 3 && code >= 97) return true;
    previous = code;
  }
  return false;
}

const ownWords = newFoldedWords();

/**
 * Whether sentence k (0 the first) of a scanned text may hold an opt-in phrase: any sentence when a word
 * anchors one, else one that begins with a word that may lead one.
 */
export function sentenceMayHoldOptIn(scan: WordScan, k: number): boolean {
  return scan.optInAnchored || (scan.optInSentences & (k < 31 ? 1 << k : ALL_LATER_SENTENCES)) !== 0;
}

/** A set of phrases, bit i for PHRASES[i]: those `predicate` accepts. */
export function phraseMask(predicate: (index: number) => boolean): Uint32Array {
  const mask = new Uint32Array(WORDS_PER_SET);
  PHRASES.forEach((_, index) => {
    if (predicate(index)) mask[index >> 5] |= 1 << (index & 31);
  });
  return mask;
}

const WORDS_PER_SET = Math.ceil(PHRASES.length / 32);

/**
 * The scratch sets of one scan, one after the other: phrases anchored by a word, phrases whose alsoNeeds
 * a word satisfies, phrases the first word may lead, phrases the first word of a sentence may lead.
 */
const sets = new Uint32Array(4 * WORDS_PER_SET);
const ANCHORED = 0;
const NEEDED = WORDS_PER_SET;
const LEADING_FIRST = 2 * WORDS_PER_SET;
const LEADING_SENTENCE = 3 * WORDS_PER_SET;
/** Set by noteAnchor: a sentence of the text may be a keyword. */
let sentenceCued = false;

function noteAnchor(text: string, hash: number): void {
  const entry = CUE_TABLE.find(hash);
  if (entry === undefined) return;
  if (entry.bits >= 0) orInto(ANCHORED, entry.bits + ANCHOR_SET);
  if (entry.sentence !== undefined && !sentenceCued) sentenceCued = entry.sentence === '' || text.includes(entry.sentence);
}

/** Notes the phrases the word may lead; true if an opt-in phrase is among them. */
function noteLeading(hash: number, isFirst: boolean): boolean {
  const entry = CUE_TABLE.find(hash);
  if (entry === undefined || entry.bits < 0) return false;
  orInto(LEADING_SENTENCE, entry.bits + LEADING_SET);
  if (isFirst) orInto(LEADING_FIRST, entry.bits + LEADING_SET);
  let optIn = false;
  for (let w = 0; w < WORDS_PER_SET; w += 1) if ((BITS[entry.bits + LEADING_SET + w] & OPT_IN_PHRASES[w]) !== 0) optIn = true;
  return optIn;
}

/** Set by scanWords: the sentences that begin with a word that may lead an opt-in phrase. */
let optInSentences = 0;
/** Sentence 31 and every later one. */
const ALL_LATER_SENTENCES = 1 << 31;

function orInto(target: number, source: number): void {
  for (let w = 0; w < WORDS_PER_SET; w += 1) sets[target + w] |= BITS[source + w];
}

/** The alsoNeeds words among the words, until every cued phrase has what it needs. */
function noteNeeds(words: FoldedWords): void {
  for (let k = 0; k < words.count; k += 1) {
    const hash = words.hashes[k];
    if (!mayHold(NEED_FILTER, hash)) continue;
    const entry = CUE_TABLE.find(hash);
    if (entry === undefined || entry.bits < 0) continue;
    orInto(NEEDED, entry.bits + NEED_SET);
    // Every cued phrase has what it needs: the rest of the words cannot add anything.
    if (!cuedStillNeedSomething()) return;
  }
}

/** A phrase cued so far has alsoNeeds not yet met: only then are the words looked up again for them. */
function cuedStillNeedSomething(): boolean {
  for (let w = 0; w < WORDS_PER_SET; w += 1) {
    const cued = (sets[ANCHORED + w] | sets[LEADING_FIRST + w] | sets[LEADING_SENTENCE + w]) & HAS_NEEDS[w];
    if ((cued & ~sets[NEEDED + w]) !== 0) return true;
  }
  return false;
}

function summarize(scan: WordScan, severalSentences: boolean): void {
  let any = false;
  let anchoredOptIn = false;
  let leadOptIn = false;
  for (let w = 0; w < WORDS_PER_SET; w += 1) {
    const possible = sets[NEEDED + w] | NEEDS_NOTHING[w];
    const bits = (sets[ANCHORED + w] | sets[LEADING_FIRST + w]) & possible;
    scan.phrases[w] = bits;
    if (bits !== 0) any = true;
    if ((sets[ANCHORED + w] & possible & OPT_IN_PHRASES[w]) !== 0) anchoredOptIn = true;
    if ((sets[LEADING_SENTENCE + w] & possible & OPT_IN_PHRASES[w]) !== 0) leadOptIn = true;
  }
  scan.anyPhrase = any;
  scan.optInInSomeSentence = severalSentences && (anchoredOptIn || leadOptIn);
  scan.optInAnchored = anchoredOptIn;
  scan.optInSentences = optInSentences;
  scan.sentence = sentenceCued;
}

// keywordShape, built word by word.
const NOT_FILLER = 0;
const FILLER = 1;
const ALL_WORD = 2;
let shapeWords = 0;
let shapeLetters = 0;
let shapeLettersBesideAll = 0;
let shapeFirstHash = 0;
let shapeFirstLength = -1;
let shapeSameWord = true;

function startShape(): void {
  shapeWords = 0;
  shapeLetters = 0;
  shapeLettersBesideAll = 0;
  shapeFirstLength = -1;
  shapeSameWord = true;
}

function shapeWord(hash: number, letters: number): void {
  const role = mayHold(KEYWORD_FILTER, hash) ? (CUE_TABLE.find(hash)?.keywordRole ?? NOT_FILLER) : NOT_FILLER;
  if (role === FILLER) return;
  shapeWords += 1;
  shapeLetters += letters;
  if (role !== ALL_WORD) shapeLettersBesideAll += letters;
  if (shapeFirstLength < 0) {
    shapeFirstHash = hash;
    shapeFirstLength = letters;
  } else if (hash !== shapeFirstHash || letters !== shapeFirstLength) shapeSameWord = false;
}

function endShape(shape: KeywordShape): void {
  shape.words = shapeWords;
  shape.letters = shapeLetters;
  shape.lettersBesideAll = shapeLettersBesideAll;
  shape.sameWord = shapeSameWord;
}

const ANCHOR_FILTER = newFilter();
const LEADING_FILTER = newFilter();
const NEED_FILTER = newFilter();
const KEYWORD_FILTER = newFilter();
const REPAIR_FILTER = newFilter();
/**
 * Every cue word (anchors, leading, alsoNeeds, polite and "all" words): the words foldIntentText notes
 * in a long text (see FoldedWords), for scanWords to look at.
 */
export const CUE_WORD_FILTER = newFilter();

/**
 * Words by the FNV-1a hash of their UTF-16 units, probed linearly; slots hold entry index + 1. find()
 * trusts hashes, so two listed words must not share one where their entries differ (`distinctEntries`):
 * none do, and a word added that did would fail at load, asking for another hash function. A word
 * listed twice is listed once.
 */
class WordTable<T extends { word: string }> {
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly entries: T[] = [];
  private readonly mask: number;

  constructor(
    bits: number,
    private readonly distinctEntries: boolean,
  ) {
    this.slots = new Int32Array(1 << bits);
    this.hashes = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
  }

  add(entry: T): void {
    const hash = hashOf(entry.word);
    const listed = this.find(hash);
    if (listed?.word === entry.word || (listed !== undefined && !this.distinctEntries)) return;
    if (listed !== undefined) throw new Error(`word-cues: "${entry.word}" and "${listed.word}" have the same hash`);
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.entries.push(entry);
    this.slots[slot] = this.entries.length;
    this.hashes[slot] = hash;
  }

  /**
   * The entry of the word whose hash is `hash`. The words themselves are not compared: every look-up only
   * decides what is worth trying (a phrase, a sentence split, a repair), and a word of a text that shares
   * a 32-bit hash with a listed word (for the cue words, about one word in four million) costs a try,
   * never a wrong answer.
   */
  find(hash: number): T | undefined {
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] === hash) return this.entries[this.slots[slot] - 1];
    }
    return undefined;
  }
}

interface CueEntry {
  word: string;
  /** Offset in BITS of this word's phrase sets (ANCHOR_SET, NEED_SET, LEADING_SET), or -1. */
  bits: number;
  sentence: string | undefined;
  /** FILLER, ALL_WORD or NOT_FILLER. */
  keywordRole: number;
}

/** About 900 words in 4096 slots: most probes end at the first. */
const CUE_TABLE = new WordTable<CueEntry>(12, true);
const cueEntries = new Map<string, CueEntry>();

function cueEntry(word: string, filter: Int32Array): CueEntry {
  let entry = cueEntries.get(word);
  if (!entry) {
    entry = { word, bits: -1, sentence: undefined, keywordRole: NOT_FILLER };
    cueEntries.set(word, entry);
    CUE_TABLE.add(entry);
  }
  addToFilter(filter, word);
  addToFilter(CUE_WORD_FILTER, word);
  return entry;
}

/** About 15 000 typos and shorthands in 65 536 slots; only whether a word is one of them matters. */
const REPAIR_TABLE = new WordTable<{ word: string }>(16, false);
for (const word of REPAIRABLE_WORDS) {
  REPAIR_TABLE.add({ word });
  addToFilter(REPAIR_FILTER, word);
}

/** Phrases without alsoNeeds: any anchor is enough. */
const NEEDS_NOTHING = phraseMask((index) => PHRASES[index].alsoNeeds === undefined);
const HAS_NEEDS = phraseMask((index) => PHRASES[index].alsoNeeds !== undefined);
const OPT_IN_PHRASES = phraseMask((index) => PHRASES[index].intent === 'opt-in');
const ANCHOR_SET = 0;
const NEED_SET = WORDS_PER_SET;
const LEADING_SET = 2 * WORDS_PER_SET;
const BITS = buildPhraseBits();

/** Each cue word's three phrase sets, one after the other in one array. */
function buildPhraseBits(): Uint32Array {
  const setsOf = new Map<CueEntry, Uint32Array>();
  const setOf = (word: string, filter: Int32Array): Uint32Array => {
    const entry = cueEntry(word, filter);
    let set = setsOf.get(entry);
    if (!set) setsOf.set(entry, (set = new Uint32Array(3 * WORDS_PER_SET)));
    return set;
  };
  PHRASES.forEach((phrase, index) => {
    const bit = 1 << (index & 31);
    const w = index >> 5;
    for (const word of phrase.anchors) setOf(word, ANCHOR_FILTER)[ANCHOR_SET + w] |= bit;
    for (const word of phrase.alsoNeeds ?? []) setOf(word, NEED_FILTER)[NEED_SET + w] |= bit;
    for (const word of phrase.leading ?? []) setOf(word, LEADING_FILTER)[LEADING_SET + w] |= bit;
  });
  const bits = new Uint32Array(setsOf.size * 3 * WORDS_PER_SET);
  let offset = 0;
  for (const [entry, set] of setsOf) {
    bits.set(set, offset);
    entry.bits = offset;
    offset += set.length;
  }
  return bits;
}
