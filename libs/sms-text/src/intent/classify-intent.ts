import { collapseRepeats, editDistance } from './edit-distance';
import { ABBREVIATIONS, FILLER_WORDS, NOT_MISSPELLINGS, STANDARD_KEYWORDS, type ComplianceIntent, type StandardKeyword } from './keywords';
import { normalizeIntentText } from './normalize-intent-text';
import { repairPhraseTypos } from './phrase-typos';
import { NEGATION_BRIDGES, NEGATIONS, PHRASES, type Phrase } from './phrases';

export type Intent = ComplianceIntent | 'none';
export type OptOutScope = 'program' | 'all';

export interface IntentResult {
  intent: Intent;
  /**
   * What matched, so every consent change can say why: `keyword:STOP`, `keyword:STOP ALL`,
   * `program-keyword:LEAVE`, `phrase:stop-sending`, `keyword-in-sentence:STOP`, `sentence:stop-it`,
   * `misspelling:STPO→STOP`, `abbreviation:UNSUB→UNSUBSCRIBE`,
   * `misspelled-phrase:stop-sending(TEXITNG→TEXTING)`; `none` when nothing did, `empty` for a text
   * with no letters or digits.
   */
  rule: string;
  /** Opt-outs only: `all` when the person asked to leave every program on the short code (STOPALL). */
  scope?: OptOutScope;
  /** The part of the normalized text that matched. */
  matched?: string;
}

export interface ClassifyIntentOptions {
  /** A program's own keywords, matched like the standard ones (whole message, any case). */
  extraKeywords?: { optOut?: readonly string[]; optIn?: readonly string[]; help?: readonly string[] };
}

/**
 * What an inbound text asks for, as far as consent goes. In order: the whole message is a standard
 * keyword (STOP, START, HELP and their Spanish and French forms) or one of the program's; a
 * plain-language opt-out ("please stop texting me"); a sentence that is an opt-out keyword or an order
 * to stop ("Too many texts. Stop.", "Why do you keep texting me? Stop it."); a misspelled keyword
 * ("STPO", "5TOP"); a plain-language opt-out with a typo in its words ("Stop texitng me"); a
 * plain-language opt-in or help request. Words that merely contain a keyword do not count ("which bus
 * stop?", "cancel my order"), nor do negated requests ("don't stop the deals").
 */
export function classifyIntent(text: string, options?: ClassifyIntentOptions): IntentResult {
  const normalized = normalizeIntentText(text);
  if (normalized === '') return { intent: 'none', rule: 'empty' };
  // A keyword with its polite words is short; a long text can hold a phrase or a sentence, not a keyword.
  const core = normalized.length <= WHOLE_MESSAGE_MAX_LENGTH ? coreOf(normalized) : undefined;

  if (core) {
    const keyword = wholeMessageKeyword(core);
    if (keyword) return keyword;
    const extra = options?.extraKeywords && programKeyword(core, options.extraKeywords);
    if (extra) return extra;
  }

  // One word that is no keyword: a misspelled keyword names itself best ("misspelling:UNSUBCRIBE→UNSUBSCRIBE").
  const misspelledWord = core?.length === 1 ? misspelling(core) : undefined;
  if (misspelledWord) return misspelledWord;
  const words = normalized.split(' ');
  const cues = cuesOf(words, normalized);
  const candidates = cues.phrases;
  const optOut = candidates && firstPhrase(normalized, candidates, 'opt-out');
  if (optOut) return optOut;
  const sentence = cues.sentence ? keywordSentence(text) : undefined;
  if (sentence) return sentence;
  if (core && core.length === 2) {
    const misspelled = misspelling(core);
    if (misspelled) return misspelled;
  }
  const repaired = normalized.length <= TYPO_REPAIR_MAX_LENGTH ? misspelledPhrase(words) : undefined;
  if (repaired) return repaired;
  return (candidates && (firstPhrase(normalized, candidates, 'opt-in') ?? firstPhrase(normalized, candidates, 'help'))) ?? { intent: 'none', rule: 'none' };
}

/** Longest normalized text still tried as a whole-message keyword ("stop stop stop please now thanks"). */
const WHOLE_MESSAGE_MAX_LENGTH = 64;

interface Entry {
  keyword: StandardKeyword;
  /** The keyword normalized without spaces: "STOP ALL" → "stopall". */
  compact: string;
}

const BY_COMPACT = new Map<string, Entry>();
/** Keywords written with a space, by their spaced form, so "opt out" is named OPT OUT and "optout" OPTOUT. */
const BY_SPACED = new Map<string, Entry>();
for (const keyword of STANDARD_KEYWORDS) {
  const spaced = keyword.keyword.toLowerCase();
  const compact = spaced.replace(/ /g, '');
  // "STOP ALL" and "STOPALL" share a compact form; the first listed names the rule for both.
  if (!BY_COMPACT.has(compact)) BY_COMPACT.set(compact, { keyword, compact });
  if (spaced !== compact) BY_SPACED.set(spaced, { keyword, compact });
}
const FUZZY = [...BY_COMPACT.values()].filter((entry) => entry.keyword.fuzzy > 0);
const SCOPE_ALL_WORDS = new Set(['all', 'everything', 'todo', 'todos', 'tout', 'tous']);
const SENTENCE_KEYWORDS = new Set(['stop', 'stopall', 'unsubscribe', 'optout', 'arret', 'revoke', 'help', 'ayuda', 'aide']);
/**
 * A sentence that is only an order to stop, whatever came before: "Why do you keep texting me? Stop it.",
 * "Seriously, stop it", "Quit it.", "Knock it off", "Cut it out already". Whole sentences only, so
 * "nothing can stop it now" and "don't stop it" are not orders.
 */
const STOP_IT_SENTENCE = new RegExp(
  '^(?:(?:please|pls|plz|just|ok|okay|seriously|so|oh|omg|ugh|now|and|then) )*' +
    '(?:stop (?:it|this|that|them|these|now|already)|quit it|knock it off|cut it out)' +
    '(?: (?:now|already|please|pls|plz|immediately|asap|right now|thanks|thank you|ok|okay|for real|seriously))*$',
);
const SENTENCE_BREAK = /[.!?;,\n\r¡¿:()]+/;
/**
 * Words worth splitting a text into sentences for, each with what the text must also contain: nothing
 * more for a sentence keyword, the whole order for the orders to stop that lack "stop" ("cut" alone, as
 * in "the message was cut off", is no reason).
 */
const SENTENCE_TRIGGERS = new Map<string, string>([
  ...[...SENTENCE_KEYWORDS].map((keyword): [string, string] => [keyword, '']),
  ['quit', 'quit it'],
  ['knock', 'knock it off'],
  ['cut', 'cut it out'],
]);

/** The message's words without polite fillers ("stop please" → ["stop"]), unless that leaves nothing. */
function coreOf(normalized: string): string[] {
  const words = withoutPoliteFrench(normalized).split(' ');
  const core = words.filter((word) => !FILLER_WORDS.has(word));
  return core.length > 0 ? core : words;
}

/** "s'il vous plaît" folds to four words that must not be read one by one ("s top"): drop them together. */
function withoutPoliteFrench(normalized: string): string {
  if (!normalized.includes('plait')) return normalized;
  return normalized.replace(POLITE_FRENCH, ' ').replace(/ +/g, ' ').trim() || normalized;
}

const POLITE_FRENCH = /\bs il (?:vous|te) plait\b/g;

function wholeMessageKeyword(core: readonly string[]): IntentResult | undefined {
  const exact = lookup(core.join(''), core.join(' '));
  if (exact) return exact;
  // "stop stop stop"
  if (core.length > 1 && core.every((word) => word === core[0])) {
    const repeated = lookup(core[0]);
    if (repeated) return repeated;
  }
  // "unsubscribe all", "remove everything", "cancel todo"
  const withoutAll = core.filter((word) => !SCOPE_ALL_WORDS.has(word));
  if (withoutAll.length > 0 && withoutAll.length < core.length) {
    const found = lookup(withoutAll.join(''), withoutAll.join(' '));
    if (found?.intent === 'opt-out') return { ...found, scope: 'all', rule: `${found.rule} ALL` };
  }
  return undefined;
}

function lookup(compact: string, spaced?: string): IntentResult | undefined {
  const entry = (spaced !== undefined ? BY_SPACED.get(spaced) : undefined) ?? BY_COMPACT.get(compact);
  if (entry) return resultFor(entry.keyword, `keyword:${entry.keyword.keyword}`, compact);
  const abbreviated = ABBREVIATIONS[compact];
  if (abbreviated) {
    const target = BY_COMPACT.get(abbreviated.toLowerCase().replace(/ /g, ''));
    if (target) return resultFor(target.keyword, `abbreviation:${compact.toUpperCase()}→${target.keyword.keyword}`, compact);
  }
  return undefined;
}

function resultFor(keyword: StandardKeyword, rule: string, matched: string): IntentResult {
  if (keyword.intent !== 'opt-out') return { intent: keyword.intent, rule, matched };
  return { intent: 'opt-out', rule, matched, scope: keyword.scopeAll ? 'all' : 'program' };
}

function programKeyword(core: readonly string[], extra: NonNullable<ClassifyIntentOptions['extraKeywords']>): IntentResult | undefined {
  const compact = core.join('');
  const groups: [ComplianceIntent, readonly string[] | undefined][] = [
    ['opt-out', extra.optOut],
    ['opt-in', extra.optIn],
    ['help', extra.help],
  ];
  for (const [intent, keywords] of groups) {
    for (const keyword of keywords ?? []) {
      if (normalizeIntentText(keyword).replace(/ /g, '') !== compact) continue;
      const rule = `program-keyword:${keyword.toUpperCase()}`;
      return intent === 'opt-out' ? { intent, rule, matched: compact, scope: 'program' } : { intent, rule, matched: compact };
    }
  }
  return undefined;
}

/**
 * What a word can set off in a text. Every word of every text is looked up here once, whatever it cues,
 * because those look-ups are much of what classifying a long text costs. (Typos of phrase words are
 * looked up apart, in short texts only: their table is fifty times larger, and slower to probe.)
 */
interface WordCue {
  /** Indexes into PHRASES, ascending, of the phrases this word anchors. */
  phrases?: number[];
  /** A sentence of the text may be a keyword (see SENTENCE_TRIGGERS): what the text must also contain. */
  sentence?: string;
}

const WORD_CUES = buildWordCues();

function buildWordCues(): ReadonlyMap<string, WordCue> {
  const cues = new Map<string, WordCue>();
  const cueOf = (word: string): WordCue => {
    let cue = cues.get(word);
    if (!cue) cues.set(word, (cue = {}));
    return cue;
  };
  PHRASES.forEach((phrase, index) => {
    for (const anchor of phrase.anchors) {
      const cue = cueOf(anchor);
      if (!cue.phrases?.includes(index)) (cue.phrases ??= []).push(index);
    }
  });
  for (const [word, alsoNeeded] of SENTENCE_TRIGGERS) cueOf(word).sentence = alsoNeeded;
  return cues;
}

/** What the words of a text cue, together. */
interface TextCues {
  /** Indexes into PHRASES, ascending, of the phrases worth trying on the text; undefined if none. */
  phrases?: readonly number[];
  /** A sentence of the text may be a keyword or an order to stop. */
  sentence: boolean;
}

function cuesOf(words: readonly string[], normalized: string): TextCues {
  let phrases: readonly number[] | undefined;
  let sentence = false;
  for (const word of words) {
    const cue = WORD_CUES.get(word);
    if (cue === undefined) continue;
    // Most texts have one anchor word, or one repeated: its list is used as it is, not copied.
    if (cue.phrases && cue.phrases !== phrases) phrases = phrases ? mergeAscending(phrases, cue.phrases) : cue.phrases;
    if (cue.sentence !== undefined && !sentence) sentence = cue.sentence === '' || normalized.includes(cue.sentence);
  }
  return { phrases, sentence };
}

/** The union of two ascending lists of indexes, ascending. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    if (i < a.length && a[i] === next) i += 1;
    if (j < b.length && b[j] === next) j += 1;
    out.push(next);
  }
  return out;
}

function firstPhrase(normalized: string, candidates: readonly number[], intent: ComplianceIntent): IntentResult | undefined {
  for (const index of candidates) {
    const phrase = PHRASES[index];
    if (phrase.intent !== intent) continue;
    const match = phrase.pattern.exec(normalized);
    if (!match || (intent === 'opt-out' && isTurnedAround(normalized, match, phrase))) continue;
    const result: IntentResult = { intent, rule: `phrase:${phrase.name}`, matched: match[0].trim() };
    if (intent === 'opt-out') result.scope = ALL_PROGRAMS.test(normalized) ? 'all' : 'program';
    return result;
  }
  return undefined;
}

/**
 * Longest normalized text whose words are looked up as typos of phrase words: a request with a slip of the
 * thumb is one short message, and the 2-3 segment texts most traffic is made of are not worth the look-ups.
 */
const TYPO_REPAIR_MAX_LENGTH = 160;

/** "Stop texitng me", "i want to stop recieving these": an opt-out phrase once a typo in its words is repaired. */
function misspelledPhrase(words: readonly string[]): IntentResult | undefined {
  const repaired = repairPhraseTypos(words);
  if (!repaired) return undefined;
  const candidates = cuesOf(repaired.words, repaired.text).phrases;
  const found = candidates && firstPhrase(repaired.text, candidates, 'opt-out');
  if (!found) return undefined;
  return { ...found, rule: `misspelled-${found.rule}(${repaired.repairs.join(', ')})` };
}

/** "remove me from all lists", "unsubscribe from everything": every program on the short code. */
const ALL_PROGRAMS = /\b(?:from|of|off) (?:all|every|everything)\b|\ball (?:your |of your |the )?(?:lists|programs|campaigns)\b/;

/**
 * The words just before an opt-out phrase turn it around: "don't stop the texts", "I do not want to
 * unsubscribe", "no quiero darme de baja", "je ne veux pas me désabonner"; and in English "did" makes it a
 * question about the past ("why did you stop sending me coupons?"). A negation counts only when nothing
 * but bridging words ("want to", "me", "quiero") stands between it and the phrase: in "I never signed up
 * stop texting me" or "not interested, please remove me" it belongs to another clause.
 */
function isTurnedAround(normalized: string, match: RegExpExecArray, phrase: Phrase): boolean {
  const at = match.index;
  if (at === 0) return false;
  const negations = NEGATIONS[phrase.language];
  // A phrase that is itself negative ("no me envíen más") is repeated, not reversed, by a "no" before it:
  // "No, no me envíen más".
  if (negations.has(match[0].trimStart().split(' ', 1)[0])) return false;
  const before = normalized.slice(0, at).trimEnd().split(' ').slice(-3);
  const bridges = NEGATION_BRIDGES[phrase.language];
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const word = before[i];
    // "why won't you stop texting me" is a request all the same.
    if (negations.has(word)) return !before.includes('why');
    // "did you stop sending the deals?" asks what happened; it requests nothing.
    if (phrase.language === 'en' && word === 'did') return true;
    if (!bridges.has(word)) return false;
  }
  return false;
}

/** One sentence of the message is an opt-out (or help) keyword or an order to stop: "Too many texts. Stop." */
function keywordSentence(text: string): IntentResult | undefined {
  if (!SENTENCE_BREAK.test(text)) return undefined;
  let help: IntentResult | undefined;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    // A keyword sentence is a keyword and a few polite words; longer ones cannot be one.
    if (sentence.length > 40) continue;
    const normalized = normalizeIntentText(sentence);
    if (normalized === '') continue;
    const found = wholeMessageKeyword(coreOf(normalized));
    if (found?.matched && SENTENCE_KEYWORDS.has(found.matched)) {
      const result = { ...found, rule: found.rule.replace(/^keyword:/, 'keyword-in-sentence:') };
      if (found.intent === 'opt-out') return result;
      help ??= result;
    } else if (STOP_IT_SENTENCE.test(normalized)) {
      return { intent: 'opt-out', rule: 'sentence:stop-it', matched: normalized, scope: 'program' };
    }
  }
  return help;
}

/** "STPO", "unsubcribe", "stooop", "st0p", "5TOP": one or two edits from a keyword that allows it. */
function misspelling(core: readonly string[]): IntentResult | undefined {
  const typed = core.join('');
  const candidate = HAS_DIGIT.test(typed) ? core.map(withLettersForDigits).join('') : typed;
  if (candidate.length < 3 || !LETTERS_ONLY.test(candidate) || NOT_MISSPELLINGS.has(candidate)) return undefined;
  const entry = BY_COMPACT.get(candidate) ?? BY_COMPACT.get(collapseRepeats(candidate)) ?? nearestFuzzy(candidate);
  if (!entry) return undefined;
  return resultFor(entry.keyword, `misspelling:${typed.toUpperCase()}→${entry.keyword.keyword}`, typed);
}

const LETTERS_ONLY = /^\p{L}+$/u;

/** Digits typed for the letters they look like: "ST0P", "5TOP", "QU1T", "CANC3L", "UN5UB". */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const LOOKALIKE_DIGITS = /[013457]/g;
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\d/;

/** A word with letters and look-alike digits, read as letters; a number ("570", "3") stays a number. */
function withLettersForDigits(word: string): string {
  if (!HAS_LETTER.test(word) || !HAS_DIGIT.test(word)) return word;
  return word.replace(LOOKALIKE_DIGITS, (digit) => DIGIT_LOOKALIKES[digit]);
}

function nearestFuzzy(candidate: string): Entry | undefined {
  let best: Entry | undefined;
  let bestDistance = Infinity;
  for (const entry of FUZZY) {
    const distance = editDistance(candidate, entry.compact, entry.keyword.fuzzy);
    if (distance <= entry.keyword.fuzzy && distance < bestDistance) {
      best = entry;
      bestDistance = distance;
    }
  }
  return best;
}
