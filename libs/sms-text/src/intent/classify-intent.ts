import { BoundedCache } from '../bounded-cache';
import { collapseRepeats, editDistance } from './edit-distance';
import { ABBREVIATIONS, FILLER_WORDS, NOT_MISSPELLINGS, STANDARD_KEYWORDS, type ComplianceIntent, type Language, type StandardKeyword } from './keywords';
export type { Language } from './keywords';
import { decodeIntentModel, modelIntent, type IntentModel } from './intent-model';
import { INTENT_MODEL_WEIGHTS } from './intent-model-weights';
import { foldIntentText, newSentenceStarts, normalizeIntentText } from './normalize-intent-text';
import { repairPhraseTypos } from './phrase-typos';
import { ANOTHER_CHANNEL, KEEP_TEXTS, NEGATION_BRIDGES, NEGATIONS, PHRASES, type Phrase, UNDO_VERB } from './phrases';
import { CUE_WORD_FILTER, defineKeywordWords, defineSentenceTriggers, newWordScan, phraseMask, scanWords, sentenceMayHoldOptIn, type WordScan } from './word-cues';
import { newFoldedWords } from './word-hash';

export type Intent = ComplianceIntent | 'none';
export type OptOutScope = 'program' | 'all';

export interface IntentResult {
  intent: Intent;
  /**
   * What matched, so every consent change can say why: `keyword:STOP`, `keyword:STOP ALL`,
   * `program-keyword:LEAVE`, `phrase:stop-sending`, `keyword-in-sentence:STOP`, `sentence:stop-it`,
   * `misspelling:STPO→STOP`, `abbreviation:UNSUB→UNSUBSCRIBE`,
   * `misspelled-phrase:stop-sending(TEXITNG→TEXTING)`, `misspelled-phrase:stop-sending(STP→STOP)`;
   * `none` when nothing did, `empty` for a text with no letters or digits, and `other-channel` for an
   * opt-out phrase about email, calls or mail in a text that asks for the texts to go on ("take me off
   * the email list but keep texting me"), and `rhetorical` for an opt-out asked and refused at once
   * ("Unsubscribe? Never! Best deals in town"). `model:opt-out`, `model:opt-in` and `model:help` when the
   * rules found nothing and the statistical fallback (intent-model.ts) was confident enough.
   */
  rule: string;
  /** Opt-outs only: `all` when the person asked to leave every program on the short code (STOPALL). */
  scope?: OptOutScope;
  /** The part of the normalized text that matched (for `model:` rules, the whole normalized text). */
  matched?: string;
  /** `model:` rules only: the model's probability for its answer, between its threshold and 1. */
  confidence?: number;
  /**
   * The language of the keyword or phrase that matched (`ARRET` fr, `BAJA` es, "stop texting me" en), so
   * that a confirmation can answer in it; absent when no keyword or phrase decided (model, none).
   */
  language?: Language;
}

export interface ClassifyIntentOptions {
  /** A program's own keywords, matched like the standard ones (whole message, any case). */
  extraKeywords?: { optOut?: readonly string[]; optIn?: readonly string[]; help?: readonly string[] };
  /**
   * The statistical fallback asked when the rules find nothing: `false` for the rules alone; another model
   * for its evaluation (scripts/train-intent-model.ts). By default the one trained on corpus/intents.tsv.
   */
  model?: IntentModel | false;
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
  const result = classifyByRules(text, options);
  // The model speaks only where the rules found nothing at all: not for an opt-out phrase turned around by
  // a negation ("don't stop the texts"), about another channel (`other-channel`) or refused at once
  // (`rhetorical`), nor for an empty text.
  if (result.rule !== 'none' || negatedPhrase || options?.model === false) return result;
  // Thanks and nothing else ("Appreciate it", "thank you so much") changes no consent, whatever words
  // of the corpus's polite opt-outs it shares.
  if (onlyThanks(lastNormalized)) return result;
  const answer = modelIntent(lastNormalized, options?.model ?? DEFAULT_MODEL);
  if (!answer) return result;
  const found: IntentResult = { intent: answer.intent, rule: `model:${answer.intent}`, matched: lastNormalized, confidence: answer.confidence };
  if (answer.intent === 'opt-out') found.scope = ALL_PROGRAMS.test(lastNormalized) ? 'all' : 'program';
  return found;
}

const DEFAULT_MODEL = decodeIntentModel(INTENT_MODEL_WEIGHTS);

/** The words that thank. */
const THANKING_WORDS: ReadonlySet<string> = new Set(['thanks', 'thank', 'thankyou', 'thx', 'ty', 'tysm', 'appreciate', 'appreciated', 'cheers', 'gracias', 'agradezco', 'merci', 'remercie']);
/** Words of thanks, and the ones they come with. */
const THANKS_WORDS: ReadonlySet<string> = new Set([
  'thanks', 'thank', 'you', 'u', 'thx', 'ty', 'tysm', 'thankyou', 'appreciate', 'appreciated', 'it', 'that', 'this', 'so', 'very', 'much',
  'a', 'lot', 'really', 'truly', 'all', 'the', 'same', 'anyway', 'anyways', 'again', 'i', 'we', 'cheers', 'kindly',
  'gracias', 'muchas', 'mil', 'te', 'lo', 'agradezco', 'merci', 'beaucoup', 'je', 'vous', 'remercie',
]);

/** The text is thanks and nothing more: "Appreciate it", "Thank you so much", "merci beaucoup". */
function onlyThanks(normalized: string): boolean {
  if (normalized === '' || normalized.length > 40) return false;
  let thanked = false;
  for (const word of normalized.split(' ')) {
    if (!THANKS_WORDS.has(word)) return false;
    if (THANKING_WORDS.has(word)) thanked = true;
  }
  return thanked;
}

/** Set by classifyOnce: the folded text it classified, and whether it turned an opt-out phrase around. */
let lastNormalized = '';
let negatedPhrase = false;

/** classifyIntent without the model. */
function classifyByRules(text: string, options?: ClassifyIntentOptions): IntentResult {
  const result = classifyOnce(text, options);
  // Only an opt-out with a question mark can be a rhetorical one: the look is rare and cheap.
  if (result.intent !== 'opt-out' || !text.includes('?')) return result;
  return unlessRhetorical(result, text, options);
}

/**
 * "Unsubscribe? Never! Best deals in town", "Stop? No way!", "¿Darme de baja? ¡Jamás!", "Me désabonner ?
 * Jamais !": the request is named as a question and refused in the same breath, which is praise, not an
 * opt-out. The rest of the text is classified without that exchange ("Stop? Never! ... stop texting me at
 * night" is still an opt-out). The refusal must end where it stands: in "Unsubscribe? Never text me again"
 * "never" begins a request.
 */
const RHETORICAL = new RegExp(
  '\\b(?:unsubscribe|unsub|stop|stop texting me|opt out|optout|cancel|quit|remove me|leave|me d[eé]sabonner|d[eé]sabonner|me d[eé]sinscrire|arr[eê]ter|darme de baja|dar de baja|desuscribirme|parar)' +
    '\\s*\\?+[\\s!¡]*' +
    '(?:never(?: ever)?|no way|nope|not a chance|hell no|heck no|not likely|as if|no thanks|no|nah|not me|not happening|not in a million years|jam[aá]s|nunca|ni loc[oa]|de ninguna manera|para nada|ni hablar|jamais|pas question|certainement pas|surtout pas|hors de question)' +
    '(?=\\s*(?:[^\\s\\p{L}\\p{N}]|$))',
  'iu',
);

function unlessRhetorical(result: IntentResult, text: string, options: ClassifyIntentOptions | undefined): IntentResult {
  const rhetorical = RHETORICAL.exec(text);
  if (!rhetorical) return result;
  const rest = classifyByRules(`${text.slice(0, rhetorical.index)} ${text.slice(rhetorical.index + rhetorical[0].length)}`, options);
  return rest.intent !== 'none' ? rest : { intent: 'none', rule: 'rhetorical', matched: normalizeIntentText(rhetorical[0]) };
}

function classifyOnce(text: string, options?: ClassifyIntentOptions): IntentResult {
  const normalized = foldIntentText(text, textSentences, textWords);
  lastNormalized = normalized;
  negatedPhrase = false;
  if (normalized === '') return { intent: 'none', rule: 'empty' };
  // "STOP", "stop all", "yes": the folded text is a keyword as it stands, the commonest text of all.
  const keywordAsIs = keywordAsItStands(normalized);
  if (keywordAsIs) return keywordAsIs;
  // One pass over the words says what they may cue (see word-cues.ts): every later step runs only where
  // it found a reason to, and for most texts, whose words cue nothing, none does.
  const scan = scanWords(normalized, textScan, normalized.length <= TYPO_REPAIR_MAX_LENGTH, normalized.length <= WHOLE_MESSAGE_MAX_LENGTH, textSentences, textWords);
  // A keyword with its polite words is short; a long text can hold a phrase or a sentence, not a keyword.
  const core = normalized.length <= WHOLE_MESSAGE_MAX_LENGTH && (options?.extraKeywords || mayBeKeyword(scan, normalized)) ? coreOf(normalized) : undefined;

  if (core) {
    const keyword = wholeMessageKeyword(core);
    if (keyword) return keyword;
    const extra = options?.extraKeywords && programKeyword(core, options.extraKeywords);
    if (extra) return extra;
  }

  // One word that is no keyword: a misspelled keyword names itself best ("misspelling:UNSUBCRIBE→UNSUBSCRIBE").
  const misspelledWord = core?.length === 1 ? misspelling(core) : undefined;
  if (misspelledWord) return misspelledWord;
  const optOut = scan.anyPhrase ? firstPhrase(normalized, scan, OPT_OUT_PHRASES) : undefined;
  if (optOut) return unlessAboutAnotherChannel(optOut, normalized);
  const sentence = scan.sentence ? keywordSentence(text) : undefined;
  if (sentence) return sentence;
  if (core && core.length === 2) {
    const misspelled = misspelling(core);
    if (misspelled) return misspelled;
  }
  // Typos are looked for only where the scan saw a word of the repair table, or stretched letters.
  const repaired = scan.mayRepair && normalized.length <= TYPO_REPAIR_MAX_LENGTH ? misspelledPhrase(normalized) : undefined;
  if (repaired) return unlessAboutAnotherChannel(repaired, normalized);
  // One long word is perhaps a request typed without spaces: "stopthetexts", "nomoretexts".
  const joined = normalized.length >= MIN_JOINED_LENGTH && normalized.length <= MAX_JOINED_LENGTH && !normalized.includes(' ') ? joinedPhrase(normalized) : undefined;
  if (joined) return joined;
  return optInOrHelp(text, normalized, scan) ?? { intent: 'none', rule: 'none' };
}

/** A text of one word this long may be a few words of an opt-out run together; shorter is a keyword's business. */
const MIN_JOINED_LENGTH = 7;
const MAX_JOINED_LENGTH = 40;

/**
 * The words opt-out phrases are made of, which people run together when they type fast ("stopsendingme",
 * "nomoretexts", "stopthetexts"). A run of them is split back into words (the fewest that cover it) and
 * the split is tried against the opt-out phrases, so only a request that reads as one counts.
 */
const JOINABLE_WORDS: ReadonlySet<string> = new Set([
  'stop', 'quit', 'no', 'more', 'any', 'anymore', 'the', 'these', 'this', 'those', 'your', 'ur', 'my', 'me', 'us', 'it', 'all',
  'texts', 'text', 'txts', 'txt', 'texting', 'messages', 'message', 'msgs', 'messaging', 'sms', 'alerts', 'spam', 'promos',
  'send', 'sending', 'contact', 'contacting', 'calling', 'call', 'remove', 'take', 'off', 'of', 'from', 'list', 'number',
  'unsubscribe', 'opt', 'out', 'leave', 'alone', 'dont', 'do', 'not', 'never', 'please', 'pls', 'plz', 'now', 'again',
]);
const LONGEST_JOINABLE = Math.max(...[...JOINABLE_WORDS].map((word) => word.length));

function joinedPhrase(word: string): IntentResult | undefined {
  if (!ASCII_LETTERS.test(word)) return undefined;
  // fewest[i]: the fewest joinable words that spell word.slice(0, i); from[i]: where the last of them starts.
  const fewest = new Array<number>(word.length + 1).fill(Infinity);
  const from = new Array<number>(word.length + 1).fill(-1);
  fewest[0] = 0;
  for (let end = 1; end <= word.length; end += 1) {
    for (let start = Math.max(0, end - LONGEST_JOINABLE); start < end; start += 1) {
      if (fewest[start] + 1 < fewest[end] && JOINABLE_WORDS.has(word.slice(start, end))) {
        fewest[end] = fewest[start] + 1;
        from[end] = start;
      }
    }
  }
  if (fewest[word.length] === Infinity || fewest[word.length] < 2) return undefined;
  const words: string[] = [];
  for (let end = word.length; end > 0; end = from[end]) words.unshift(word.slice(from[end], end));
  const split = words.join(' ');
  const found = phraseIn(split, OPT_OUT_PHRASES);
  return found && { ...found, rule: `joined-${found.rule}(${word.toUpperCase()}→${split.toUpperCase()})` };
}

/**
 * Reused from call to call: where the sentences and words of the text being classified are in its folded
 * form (see foldIntentText), and scans of it and of a text made from it (a sentence, a repair).
 */
const textSentences = newSentenceStarts();
const textWords = newFoldedWords(CUE_WORD_FILTER);
const textScan = newWordScan();
const partScan = newWordScan();
const OPT_OUT_PHRASES = phraseMask((index) => PHRASES[index].intent === 'opt-out');
const OPT_IN_PHRASES = phraseMask((index) => PHRASES[index].intent === 'opt-in');
const HELP_PHRASES = phraseMask((index) => PHRASES[index].intent === 'help');

/**
 * A plain-language opt-in or help request: opt-in phrases on the whole text, then on each of its
 * sentences ("I accidentally unsubscribed, please put me back on"); help phrases on the whole text only,
 * since a help question in a longer text is usually about something else ("Who is this for? My son?").
 */
function optInOrHelp(text: string, normalized: string, scan: WordScan): IntentResult | undefined {
  const optIn = scan.anyPhrase ? firstPhrase(normalized, scan, OPT_IN_PHRASES) : undefined;
  if (optIn) return optIn;
  // Only when the text has two sentences or more and a word anchors an opt-in phrase or begins a sentence
  // the way one does (see WordScan.optInInSomeSentence): most texts are spared the sentences. Where the
  // folded text hides its sentences (SentenceStarts.sliceable), they are tried one by one.
  const inSentence = scan.optInInSomeSentence || !textSentences.sliceable ? optInSentence(text, normalized, scan) : undefined;
  if (inSentence) return inSentence;
  const help = scan.anyPhrase ? firstPhrase(normalized, scan, HELP_PHRASES) : undefined;
  return help ?? whatIsProgram(text);
}

/**
 * One sentence of a longer text is an opt-in phrase: "I want your text offers, sign me up". The sentences
 * are slices of the folded text between the starts folding noted, or, where those slices could differ
 * from the sentences folded on their own (see SentenceStarts), the sentences themselves.
 */
function optInSentence(text: string, normalized: string, scan: WordScan): IntentResult | undefined {
  if (!textSentences.sliceable) return optInSentenceFoldedApart(text);
  const { starts, count } = textSentences;
  for (let k = 0; k <= count; k += 1) {
    if (!sentenceMayHoldOptIn(scan, k)) continue;
    const begin = k === 0 ? 0 : starts[k - 1];
    const end = k < count ? starts[k] - 1 : normalized.length;
    const found = optInPhraseOf(normalized.slice(begin, end));
    if (found) return found;
  }
  return undefined;
}

function optInSentenceFoldedApart(text: string): IntentResult | undefined {
  if (!SENTENCE_BREAK.test(text)) return undefined;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const found = optInPhraseOf(normalizeIntentText(sentence));
    if (found) return found;
  }
  return undefined;
}

function optInPhraseOf(sentence: string): IntentResult | undefined {
  return sentence === '' ? undefined : phraseIn(sentence, OPT_IN_PHRASES);
}

/** The first of `intentPhrases` in a text made from the one classified (a sentence of it, a repair, a split). */
function phraseIn(derived: string, intentPhrases: Uint32Array): IntentResult | undefined {
  const scan = scanWords(derived, partScan, false, false);
  return scan.anyPhrase ? firstPhrase(derived, scan, intentPhrases) : undefined;
}

/**
 * "What is Parley Deals?", "Who is Acme?": the question names the program, which only its capitals give
 * away ("What is happening?", "what is the price?" are no such question). Words that are capitalized
 * without being names (This, The, Up ...) do not count.
 */
const WHAT_IS_NAME = /^\s*(?:[Ww]hat|[Ww]ho|WHAT|WHO)(?:\s+is|['’]s)\s+(?!(?:This|That|It|Up|The|A|An|He|She|They|You|We|I|Going|Happening|Wrong|Next|Your|My|Our|Their|His|Her|Its|Today|Now|New|Best|Good|Great|Yours)\b)\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3}[\s?!.]*$/u;

function whatIsProgram(text: string): IntentResult | undefined {
  if (text.length > WHAT_IS_NAME_MAX_LENGTH || !startsWithW(text)) return undefined;
  const match = WHAT_IS_NAME.exec(text);
  return match ? { intent: 'help', rule: 'phrase:what-is-program', matched: normalizeIntentText(match[0]) } : undefined;
}

/** The first character that is not white space is a "w" or "W": what WHAT_IS_NAME needs, without running it. */
function startsWithW(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 87 || code === 119) return true;
    const isSpace = code === 32 || (code >= 9 && code <= 13) || (code >= 128 && WHITE_SPACE.test(text[i]));
    if (!isSpace) return false;
  }
  return false;
}

const WHITE_SPACE = /\s/;

/** "What is " and four capitalized words fit in this. */
const WHAT_IS_NAME_MAX_LENGTH = 64;

/**
 * An opt-out phrase names another channel while the text asks for the texts to go on: "Take me off the
 * email list but keep texting me the deals", "Stop calling me, texting is fine". That request is about
 * email or calls, not about these texts. Without the second half ("take me off the email list") it stays
 * an opt-out: in doubt, consent is revoked.
 */
function unlessAboutAnotherChannel(optOut: IntentResult, normalized: string): IntentResult {
  if (!ANOTHER_CHANNEL.test(normalized) || !KEEP_TEXTS.test(normalized)) return optOut;
  return { intent: 'none', rule: 'other-channel', matched: optOut.matched };
}

/** Longest normalized text still tried as a whole-message keyword ("stop stop stop please now thanks"). */
const WHOLE_MESSAGE_MAX_LENGTH = 64;

interface Entry {
  keyword: StandardKeyword;
  /** The keyword normalized without spaces: "STOP ALL" → "stopall". */
  compact: string;
  /** `keyword:STOP ALL`, made once. */
  rule: string;
}

const BY_COMPACT = new Map<string, Entry>();
/** Keywords written with a space, by their spaced form, so "opt out" is named OPT OUT and "optout" OPTOUT. */
const BY_SPACED = new Map<string, Entry>();
for (const keyword of STANDARD_KEYWORDS) {
  const spaced = keyword.keyword.toLowerCase();
  const compact = spaced.replace(/ /g, '');
  // "STOP ALL" and "STOPALL" share a compact form; the first listed names the rule for both.
  const entry = { keyword, compact, rule: `keyword:${keyword.keyword}` };
  if (!BY_COMPACT.has(compact)) BY_COMPACT.set(compact, entry);
  if (spaced !== compact) BY_SPACED.set(spaced, entry);
}
const FUZZY = [...BY_COMPACT.values()].filter((entry) => entry.keyword.fuzzy > 0);
const ABBREVIATION_TARGETS: ReadonlyMap<string, string> = new Map(Object.entries(ABBREVIATIONS));
/** Characters of the longest keyword, spaces included ("desinscription", "dar de baja"). */
const LONGEST_SPACED_KEYWORD = Math.max(...[...BY_COMPACT.keys(), ...BY_SPACED.keys()].map((keyword) => keyword.length));
/** Letters of the longest keyword or abbreviation, without spaces ("desinscription"). */
const LONGEST_KEYWORD = Math.max(...[...BY_COMPACT.keys(), ...ABBREVIATION_TARGETS.keys()].map((compact) => compact.length));
const SCOPE_ALL_WORDS = new Set(['all', 'everything', 'todo', 'todos', 'tout', 'tous']);
/**
 * Keywords that still mean themselves as one sentence of a longer text ("Not my number, please remove",
 * "No estoy interesado, por favor paren", "Je n'ai jamais demandé ça, arrêtez"). CANCEL, END and QUIT are
 * left out: "Cancel." after an order and "The end." are something else.
 */
const SENTENCE_KEYWORDS = new Set([
  'stop', 'stopall', 'unsubscribe', 'unsub', 'optout', 'remove', 'revoke', 'help',
  'paren', 'pare', 'parenle', 'parad', 'detengan', 'basta', 'alto', 'baja', 'ayuda',
  'arret', 'arretez', 'arrete', 'arreter', 'desabonner', 'desinscrire', 'aide',
]);
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
defineSentenceTriggers(SENTENCE_TRIGGERS);
defineKeywordWords(FILLER_WORDS, SCOPE_ALL_WORDS);

/** The message's words without polite fillers ("stop please" → ["stop"]), unless that leaves nothing. */
function coreOf(normalized: string): string[] {
  const words = withoutPoliteFrench(normalized).split(' ');
  const core: string[] = [];
  for (const word of words) if (!FILLER_WORDS.has(word)) core.push(word);
  if (core.length > 0) return core;
  // "pls stp": among English polite words "stp" is texting-speak for STOP, not French "s'il te plaît".
  if (words.includes('stp') && !words.some((word) => FRENCH_FILLERS.has(word))) return ['stp'];
  return words;
}

const FRENCH_FILLERS: ReadonlySet<string> = new Set(['merci', 'svp']);

/** "s'il vous plaît" folds to four words that must not be read one by one ("s top"): drop them together. */
function withoutPoliteFrench(normalized: string): string {
  if (!normalized.includes('plait')) return normalized;
  return normalized.replace(POLITE_FRENCH, ' ').replace(/ +/g, ' ').trim() || normalized;
}

const POLITE_FRENCH = /\bs il (?:vous|te) plait\b/g;

/**
 * The folded text is a standard keyword with nothing around it. Such a text has no polite words (no
 * keyword is made of them), so its core is itself and wholeMessageKeyword would find the same.
 */
function keywordAsItStands(normalized: string): IntentResult | undefined {
  // A long text is no keyword, and hashing it for the look-up would cost more than the look-up.
  if (normalized.length > LONGEST_SPACED_KEYWORD) return undefined;
  const entry = BY_SPACED.get(normalized) ?? (normalized.includes(' ') ? undefined : BY_COMPACT.get(normalized));
  return entry && resultFor(entry.keyword, entry.rule, entry.compact);
}

/**
 * Whether the text's core (its words without polite ones) may be a keyword or a misspelled one, from the
 * scan alone: two words or fewer, few enough letters, one word repeated. Most short sentences are none of
 * these and need not be split. "s'il vous plaît" is dropped whole by coreOf, which the scan does not know.
 */
function mayBeKeyword(scan: WordScan, normalized: string): boolean {
  const shape = scan.keywordShape;
  if (shape.letters <= LONGEST_KEYWORD || shape.lettersBesideAll <= LONGEST_KEYWORD || shape.sameWord || normalized.includes('plait')) return true;
  // A misspelled keyword of one or two words: two edits from the longest, or longer with doubled letters ("stooooooooooooop").
  return shape.words <= 2 && (shape.letters <= LONGEST_KEYWORD + 2 || hasDoubledLetter(normalized));
}

/** Two of one character in a row, or a digit (which misspelling may read as a letter: "5s" is "ss"). */
function hasDoubledLetter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (i > 0 && code === text.charCodeAt(i - 1))) return true;
  }
  return false;
}

function wholeMessageKeyword(core: readonly string[]): IntentResult | undefined {
  // No keyword is longer than LONGEST_KEYWORD letters: most short sentences are ruled out by their length
  // alone, before any string is joined.
  let letters = 0;
  let lettersBesideAll = 0;
  let allWords = 0;
  for (const word of core) {
    letters += word.length;
    if (SCOPE_ALL_WORDS.has(word)) allWords += 1;
    else lettersBesideAll += word.length;
  }
  const exact = letters <= LONGEST_KEYWORD ? lookup(core.join(''), core.join(' ')) : undefined;
  if (exact) return exact;
  // "stop stop stop"
  if (core.length > 1 && core[0].length <= LONGEST_KEYWORD && core.every((word) => word === core[0])) {
    const repeated = lookup(core[0]);
    if (repeated) return repeated;
  }
  // "unsubscribe all", "remove everything", "cancel todo"
  if (allWords > 0 && allWords < core.length && lettersBesideAll <= LONGEST_KEYWORD) {
    const withoutAll = core.filter((word) => !SCOPE_ALL_WORDS.has(word));
    const found = lookup(withoutAll.join(''), withoutAll.join(' '));
    if (found?.intent === 'opt-out') return { ...found, scope: 'all', rule: `${found.rule} ALL` };
  }
  return undefined;
}

function lookup(compact: string, spaced?: string): IntentResult | undefined {
  const entry = (spaced !== undefined ? BY_SPACED.get(spaced) : undefined) ?? BY_COMPACT.get(compact);
  if (entry) return resultFor(entry.keyword, entry.rule, compact);
  const abbreviated = ABBREVIATION_TARGETS.get(compact);
  if (abbreviated) {
    const target = BY_COMPACT.get(abbreviated.toLowerCase().replace(/ /g, ''));
    if (target) return resultFor(target.keyword, `abbreviation:${compact.toUpperCase()}→${target.keyword.keyword}`, compact);
  }
  return undefined;
}

function resultFor(keyword: StandardKeyword, rule: string, matched: string): IntentResult {
  const { language } = keyword;
  if (keyword.intent !== 'opt-out') return { intent: keyword.intent, rule, matched, language };
  return { intent: 'opt-out', rule, matched, scope: keyword.scopeAll ? 'all' : 'program', language };
}

function programKeyword(core: readonly string[], extra: NonNullable<ClassifyIntentOptions['extraKeywords']>): IntentResult | undefined {
  const compact = core.join('');
  return (
    programKeywordOf('opt-out', extra.optOut, compact) ?? programKeywordOf('opt-in', extra.optIn, compact) ?? programKeywordOf('help', extra.help, compact)
  );
}

function programKeywordOf(intent: ComplianceIntent, keywords: readonly string[] | undefined, compact: string): IntentResult | undefined {
  for (const keyword of keywords ?? []) {
    if (compactKeyword(keyword) !== compact) continue;
    const rule = `program-keyword:${keyword.toUpperCase()}`;
    return intent === 'opt-out' ? { intent, rule, matched: compact, scope: 'program' } : { intent, rule, matched: compact };
  }
  return undefined;
}

/** A program keyword normalized without spaces. Programs pass the same few keywords with every text. */
function compactKeyword(keyword: string): string {
  return COMPACT_KEYWORDS.get(keyword) ?? COMPACT_KEYWORDS.set(keyword, normalizeIntentText(keyword).replace(/ /g, ''));
}

const COMPACT_KEYWORDS = new BoundedCache<string, string>(10_000);

/** The first phrase of `scan` among `intentPhrases` (in PHRASES order) that matches the text. */
function firstPhrase(normalized: string, scan: WordScan, intentPhrases: Uint32Array): IntentResult | undefined {
  for (let w = 0; w < intentPhrases.length; w += 1) {
    let bits = scan.phrases[w] & intentPhrases[w];
    while (bits !== 0) {
      const lowest = bits & -bits;
      bits ^= lowest;
      const found = matchPhrase(normalized, w * 32 + 31 - Math.clz32(lowest));
      if (found) return found;
    }
  }
  return undefined;
}

function matchPhrase(normalized: string, index: number): IntentResult | undefined {
  const phrase = PHRASES[index];
  const intent = phrase.intent;
  const match = phrase.pattern.exec(normalized);
  if (!match) return undefined;
  if (intent === 'opt-out' && (isTurnedAround(normalized, match, phrase) || isAimedElsewhere(normalized, match, phrase))) {
    negatedPhrase = true;
    return undefined;
  }
  const result: IntentResult = { intent, rule: `phrase:${phrase.name}`, matched: match[0].trim(), language: phrase.language };
  if (intent === 'opt-out') result.scope = ALL_PROGRAMS.test(normalized) ? 'all' : 'program';
  return result;
}

/**
 * The opt-out verb is aimed at something other than these texts: "How do I unsubscribe from the wine club
 * shipments?", "opt out of paper statements", "darme de baja del gimnasio" (see Phrase.unlessAimedAt).
 */
function isAimedElsewhere(normalized: string, match: RegExpExecArray, phrase: Phrase): boolean {
  if (phrase.unlessAimedAt === undefined || NAMES_THE_TEXTS.test(match[0])) return false;
  return phrase.unlessAimedAt.test(normalized.slice(match.index + match[0].length));
}

/** The match itself ends with these texts as its object ("switch me off texts"): what follows ("email only") cannot aim it elsewhere. */
const NAMES_THE_TEXTS = /\b(?:texts|text messages|txts|sms|text alerts|texting|text list|text program)$/;

/**
 * Longest normalized text whose words are looked up as typos of phrase words: a request with a slip of the
 * thumb is one short message, and the 2-3 segment texts most traffic is made of are not worth the look-ups.
 */
const TYPO_REPAIR_MAX_LENGTH = 160;

/** "Stop texitng me", "i want to stop recieving these": an opt-out phrase once a typo in its words is repaired. */
function misspelledPhrase(normalized: string): IntentResult | undefined {
  const repaired = repairPhraseTypos(normalized.split(' '));
  if (!repaired) return undefined;
  const found = phraseIn(repaired.text, OPT_OUT_PHRASES);
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
  // "Undo my opt out", "I'd like to reverse my unsubscribe": the opt-out named as what is to be undone.
  if (phrase.language === 'en' && UNDOING.test(normalized.slice(0, at))) return true;
  const negations = NEGATIONS[phrase.language];
  // A phrase that is itself negative ("no me envíen más") is repeated, not reversed, by a "no" before it:
  // "No, no me envíen más".
  if (negations.has(match[0].trimStart().split(' ', 1)[0])) return false;
  const before = normalized.slice(0, at).trimEnd().split(' ').slice(-3);
  const bridges = NEGATION_BRIDGES[phrase.language];
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const word = before[i];
    // "why won't you stop texting me" is a request all the same.
    // "Absolutely not, take my number off": a refusal standing alone, not a negation of what follows.
    if (negations.has(word)) return !before.includes('why') && !(word === 'not' && i > 0 && REFUSING_NOT.has(before[i - 1]));
    // "did you stop sending the deals?" asks what happened; it requests nothing.
    if (phrase.language === 'en' && word === 'did') return true;
    if (!bridges.has(word)) return false;
  }
  return false;
}

/** The verb of undoing right before an opt-out phrase, with at most a determiner between. */
const UNDOING = new RegExp(`\\b${UNDO_VERB}(?: (?:my|the|that|this))? ?$`);

/** Words that make a "not" after them a refusal of its own: "absolutely not", "hell not" is none of them. */
const REFUSING_NOT: ReadonlySet<string> = new Set(['absolutely', 'definitely', 'certainly', 'surely']);

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
  const candidate = hasDigit(typed) ? core.map(withLettersForDigits).join('') : typed;
  if (candidate.length < 3 || !(ASCII_LETTERS.test(candidate) || LETTERS_ONLY.test(candidate)) || NOT_MISSPELLINGS.has(candidate)) return undefined;
  const entry =
    BY_COMPACT.get(candidate) ??
    BY_COMPACT.get(collapseRepeats(candidate)) ??
    BY_COMPACT.get(collapseStretches(candidate)) ??
    spanishSoundAlike(candidate) ??
    nearestFuzzy(candidate) ??
    keywordJoinedToFiller(candidate);
  if (!entry) return undefined;
  return resultFor(entry.keyword, `misspelling:${typed.toUpperCase()}→${entry.keyword.keyword}`, typed);
}

const LETTERS_ONLY = /^\p{L}+$/u;

/** "arrettt" → "arret", "stoppp" → "stopp": a run of three or more of one letter counts once, a double stays (ARRET has one). */
function collapseStretches(word: string): string {
  return STRETCHES.test(word) ? word.replace(STRETCHES_ALL, '$1') : word;
}

const STRETCHES = /(.)\1\1/;
const STRETCHES_ALL = /(.)\1{2,}/g;

/**
 * "vaja" → BAJA: b and v sound the same in Spanish and are swapped in writing; only a Spanish keyword is
 * reached this way ("vasta" is read as BASTA).
 */
function spanishSoundAlike(word: string): Entry | undefined {
  if (!word.includes('v')) return undefined;
  const entry = BY_COMPACT.get(word.replace(/v/g, 'b'));
  return entry?.keyword.language === 'es' ? entry : undefined;
}

/** Polite words a keyword is run together with: "stoppls", "unsubscribeplease", "plsstop". */
const JOINED_FILLERS = ['please', 'pls', 'plz', 'now', 'thanks', 'thx'];

/** "stoppls" → STOP: a fuzzy keyword (or a one-edit slip of it) with a polite word stuck before or after it. */
function keywordJoinedToFiller(candidate: string): Entry | undefined {
  for (const filler of JOINED_FILLERS) {
    if (candidate.length < filler.length + 3) continue;
    const rest = candidate.endsWith(filler) ? candidate.slice(0, -filler.length) : candidate.startsWith(filler) ? candidate.slice(filler.length) : undefined;
    if (rest === undefined) continue;
    const entry = BY_COMPACT.get(rest) ?? ONE_EDIT_FROM_KEYWORD.get(rest);
    if (entry && entry.keyword.fuzzy > 0) return entry;
  }
  return undefined;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

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

/**
 * The keyword nearest to a typed word, within the edits it allows; of two as near, the one listed first.
 * Words of a-z look their one-edit neighbours up (every one spelled out at load, like the typos of phrase
 * words), so only keywords that allow two edits need the distance computed, and only near their length.
 */
function nearestFuzzy(candidate: string): Entry | undefined {
  if (!ASCII_LETTERS.test(candidate)) return nearestByDistance(candidate, FUZZY);
  return ONE_EDIT_FROM_KEYWORD.get(candidate) ?? nearestByDistance(candidate, FUZZY_TWO_EDITS);
}

const ASCII_LETTERS = /^[a-z]+$/;
const FUZZY_TWO_EDITS = FUZZY.filter((entry) => entry.keyword.fuzzy >= 2);
const ONE_EDIT_FROM_KEYWORD = buildOneEditNeighbours();

/** Every a-z word one insertion, deletion, substitution or swap from a fuzzy keyword → the first such keyword. */
function buildOneEditNeighbours(): ReadonlyMap<string, Entry> {
  const neighbours = new Map<string, Entry>();
  for (const entry of FUZZY) {
    for (const word of oneEditOf(entry.compact)) if (!neighbours.has(word)) neighbours.set(word, entry);
  }
  return neighbours;
}

function oneEditOf(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i += 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < word.length; i += 1) out.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i <= word.length; i += 1) for (const letter of 'abcdefghijklmnopqrstuvwxyz') out.add(word.slice(0, i) + letter + word.slice(i));
  for (let i = 0; i < word.length; i += 1) for (const letter of 'abcdefghijklmnopqrstuvwxyz') out.add(word.slice(0, i) + letter + word.slice(i + 1));
  out.delete(word);
  return out;
}

function nearestByDistance(candidate: string, entries: readonly Entry[]): Entry | undefined {
  let best: Entry | undefined;
  let bestDistance = Infinity;
  for (const entry of entries) {
    const distance = editDistance(candidate, entry.compact, entry.keyword.fuzzy);
    if (distance <= entry.keyword.fuzzy && distance < bestDistance) {
      best = entry;
      bestDistance = distance;
    }
  }
  return best;
}
