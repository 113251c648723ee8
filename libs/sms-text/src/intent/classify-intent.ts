import { collapseRepeats, editDistance } from './edit-distance';
import { ABBREVIATIONS, FILLER_WORDS, NOT_MISSPELLINGS, STANDARD_KEYWORDS, type ComplianceIntent, type StandardKeyword } from './keywords';
import { normalizeIntentText } from './normalize-intent-text';
import { NEGATIONS, PHRASES, type Phrase } from './phrases';

export type Intent = ComplianceIntent | 'none';
export type OptOutScope = 'program' | 'all';

export interface IntentResult {
  intent: Intent;
  /**
   * What matched, so every consent change can say why: `keyword:STOP`, `keyword:STOP ALL`,
   * `program-keyword:LEAVE`, `phrase:stop-sending`, `keyword-in-sentence:STOP`,
   * `misspelling:STPO→STOP`, `abbreviation:UNSUB→UNSUBSCRIBE`; `none` when nothing did, `empty` for
   * a text with no letters or digits.
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
 * plain-language opt-out ("please stop texting me"); a sentence that is an opt-out keyword ("Too many
 * texts. Stop."); a misspelled keyword ("STPO"); a plain-language opt-in or help request. Words that
 * merely contain a keyword do not count ("which bus stop?", "cancel my order"), nor do negated
 * requests ("don't stop the deals").
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
  const candidates = phrasesAnchoredIn(words);
  const optOut = candidates && firstPhrase(normalized, candidates, 'opt-out');
  if (optOut) return optOut;
  const sentence = words.some((word) => SENTENCE_KEYWORDS.has(word)) ? keywordSentence(text) : undefined;
  if (sentence) return sentence;
  if (core && core.length === 2) {
    const misspelled = misspelling(core);
    if (misspelled) return misspelled;
  }
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
const SENTENCE_BREAK = /[.!?;,\n\r¡¿:()]+/;

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

/** Phrases by anchor word: only phrases whose anchor the text contains are tried. */
const PHRASES_BY_ANCHOR = new Map<string, number[]>();
PHRASES.forEach((phrase, index) => {
  for (const anchor of phrase.anchors) {
    const list = PHRASES_BY_ANCHOR.get(anchor) ?? [];
    list.push(index);
    PHRASES_BY_ANCHOR.set(anchor, list);
  }
});

/** Indexes into PHRASES, in PHRASES order, of the phrases worth trying on these words; undefined if none. */
function phrasesAnchoredIn(words: readonly string[]): number[] | undefined {
  let found: number[] | undefined;
  for (const word of words) {
    const indexes = PHRASES_BY_ANCHOR.get(word);
    if (!indexes) continue;
    found ??= [];
    for (const index of indexes) if (!found.includes(index)) found.push(index);
  }
  return found?.sort((a, b) => a - b);
}

function firstPhrase(normalized: string, candidates: readonly number[], intent: ComplianceIntent): IntentResult | undefined {
  for (const index of candidates) {
    const phrase = PHRASES[index];
    if (phrase.intent !== intent) continue;
    const match = phrase.pattern.exec(normalized);
    if (!match || (intent === 'opt-out' && isNegated(normalized, match.index, phrase))) continue;
    const result: IntentResult = { intent, rule: `phrase:${phrase.name}`, matched: match[0].trim() };
    if (intent === 'opt-out') result.scope = ALL_PROGRAMS.test(normalized) ? 'all' : 'program';
    return result;
  }
  return undefined;
}

/** "remove me from all lists", "unsubscribe from everything": every program on the short code. */
const ALL_PROGRAMS = /\b(?:from|of|off) (?:all|every|everything)\b|\ball (?:your |of your |the )?(?:lists|programs|campaigns)\b/;

function isNegated(normalized: string, at: number, phrase: Phrase): boolean {
  if (at === 0) return false;
  const before = normalized.slice(0, at).trimEnd().split(' ').slice(-3);
  if (before.includes('why')) return false;
  const negations = NEGATIONS[phrase.language];
  // "not interested, please remove me" is no negation of the request that follows.
  return before.some((word, i) => negations.has(word) && before[i + 1] !== 'interested');
}

/** One sentence of the message is an opt-out (or help) keyword: "Too many texts. Stop." */
function keywordSentence(text: string): IntentResult | undefined {
  if (!SENTENCE_BREAK.test(text)) return undefined;
  let help: IntentResult | undefined;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    // A keyword sentence is a keyword and a few polite words; longer ones cannot be one.
    if (sentence.length > 40) continue;
    const normalized = normalizeIntentText(sentence);
    if (normalized === '') continue;
    const found = wholeMessageKeyword(coreOf(normalized));
    if (!found?.matched || !SENTENCE_KEYWORDS.has(found.matched)) continue;
    const result = { ...found, rule: found.rule.replace(/^keyword:/, 'keyword-in-sentence:') };
    if (found.intent === 'opt-out') return result;
    help ??= result;
  }
  return help;
}

/** "STPO", "unsubcribe", "stooop", "st0p": one or two edits from a keyword that allows it. */
function misspelling(core: readonly string[]): IntentResult | undefined {
  const typed = core.join('');
  const candidate = typed.replace(/0/g, 'o');
  if (candidate.length < 3 || !LETTERS_ONLY.test(candidate) || NOT_MISSPELLINGS.has(candidate)) return undefined;
  const entry = BY_COMPACT.get(candidate) ?? BY_COMPACT.get(collapseRepeats(candidate)) ?? nearestFuzzy(candidate);
  if (!entry) return undefined;
  return resultFor(entry.keyword, `misspelling:${typed.toUpperCase()}→${entry.keyword.keyword}`, typed);
}

const LETTERS_ONLY = /^\p{L}+$/u;

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
