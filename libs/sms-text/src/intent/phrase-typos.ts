/**
 * One typo inside a word a plain-language opt-out hinges on: "Stop texitng me", "i want to stop
 * recieving these messages", "stop sending me these mesages". classifyIntent repairs such words and
 * tries the opt-out phrases again, so a request is not lost to a slip of the thumb.
 *
 * Only words listed here are repaired, and only into each other: a word the phrases do not use is
 * never touched. Every real word one edit from a listed word is named in its `notTypos`, so "stop
 * spending", "testing", "massages" or "I removed it" keep their meaning. Those lists were made by
 * generating every edit of each word and looking them up in the American English, Spanish and French
 * word lists (Debian's wamerican, wspanish, wfrench); a word added here needs the same check.
 */
interface PhraseWord {
  /** The spelling the phrases in phrases.ts are written with (normalized: lower case, no accents). */
  word: string;
  /** Real words within one edit of `word`, which are what they are and not typos of it. */
  notTypos: readonly string[];
}

const PHRASE_WORDS: readonly PhraseWord[] = [
  // English: the verbs and nouns of "stop texting me", "stop receiving these messages", "remove my number"
  { word: 'texting', notTypos: ['sexting', 'tenting', 'testing'] },
  { word: 'messages', notTypos: ['massages', 'messager', 'messagers'] },
  { word: 'message', notTypos: ['massage', 'messager'] },
  { word: 'messaging', notTypos: ['massaging'] },
  { word: 'sending', notTypos: ['ending', 'spending', 'bending', 'fending', 'lending', 'mending', 'pending', 'rending', 'tending', 'vending', 'wending', 'sanding', 'seeding', 'sensing'] },
  { word: 'receiving', notTypos: ['deceiving'] },
  { word: 'receive', notTypos: ['received', 'receiver', 'receives', 'deceive', 'recoive', 'recrive'] },
  { word: 'contacting', notTypos: ['contracting'] },
  { word: 'contact', notTypos: ['contract', 'contacts', 'contacta', 'contacte', 'contacto', 'contat', 'contait', 'contant'] },
  { word: 'spamming', notTypos: ['scamming', 'shamming', 'slamming'] },
  { word: 'bothering', notTypos: ['mothering'] },
  { word: 'harassing', notTypos: [] },
  { word: 'unsubscribe', notTypos: ['unsubscribed', 'unsubscribes'] },
  { word: 'subscription', notTypos: ['subscriptions', 'suscription', 'subscripcion'] },
  { word: 'remove', notTypos: ['removed', 'remover', 'removes', 'remote', 'renove'] },
  { word: 'delete', notTypos: ['deplete', 'delecte', 'deleite', 'deleste', 'deleted', 'deletes', 'pelete', 'velete', 'dejete', 'devete', 'delate', 'delite', 'delute', 'deleta', 'deleto'] },
  { word: 'cancel', notTypos: ['chancel', 'cancela', 'cancels', 'cincel', 'carcel', 'caucel', 'cantel', 'cancer'] },
  { word: 'number', notTypos: ['numbers', 'numbed', 'umber', 'dumber', 'lumber', 'nimber'] },
  { word: 'anymore', notTypos: [] },
  { word: 'interested', notTypos: [] },
  { word: 'notifications', notTypos: ['notification'] },
  { word: 'promotions', notTypos: ['promotion'] },
  { word: 'please', notTypos: ['lease', 'pease', 'pleas', 'pleased', 'pleases'] },
  // Short words: only swapped or doubled letters, since a substitution makes a real word too often
  // ("stop" → "step", "shop"; "want" → "wont").
  // "stoop" is a word, but a lone "Stoop" is already read as a misspelled STOP, so it is one here too.
  { word: 'stop', notTypos: [] },
  { word: 'texts', notTypos: [] },
  { word: 'text', notTypos: [] },
  { word: 'want', notTypos: [] },
  { word: 'more', notTypos: ['moer', 'moore'] },
  { word: 'send', notTypos: [] },
  { word: 'list', notTypos: ['lits'] },
  { word: 'alone', notTypos: [] },
  { word: 'wrong', notTypos: [] },
  // Spanish and French nouns and infinitives (conjugated forms differ by one letter, so verbs are kept
  // to the infinitives, whose neighbours the word lists name).
  { word: 'mensajes', notTypos: ['mensaje'] },
  { word: 'mensaje', notTypos: ['menaje', 'mensajes'] },
  { word: 'numero', notTypos: ['numeros', 'umero', 'fumero', 'humero'] },
  { word: 'envoyer', notTypos: ['envoye', 'envoyee', 'envoyes', 'envoyez', 'renvoyer', 'envoyeur', 'ennoyer', 'envoler'] },
  { word: 'recevoir', notTypos: ['decevoir', 'redevoir'] },
  { word: 'contacter', notTypos: ['contacte', 'contactee', 'contactes', 'contactez', 'contactera', 'contacted', 'contracter', 'contacteur'] },
];

/**
 * Texting-speak for phrase words, which no edit distance reaches: "plz stp txtin me", "rmv me from ur list".
 * Only inside a phrase: a lone "stp" is already an abbreviation of STOP (keywords.ts), and the phrases
 * themselves accept the common ones ("txt", "msgs", "ur", "u").
 */
const SHORTHANDS: ReadonlyMap<string, string> = new Map([
  ['stp', 'stop'], ['stahp', 'stop'],
  // Words run together, and two-letter texting-speak: "Stoptexting me", "tk me off list".
  ['stoptexting', 'stop texting'], ['stoptxting', 'stop texting'], ['stopsending', 'stop sending'], ['stopmessaging', 'stop messaging'], ['stoptexts', 'stop texts'],
  ['removeme', 'remove me'], ['takemeoff', 'take me off'], ['optmeout', 'opt me out'], ['unsubscribeme', 'unsubscribe me'], ['leavemealone', 'leave me alone'],
  ['tk', 'take'], ['tke', 'take'], ['tske', 'take'], ['ne', 'me'], ['mee', 'me'], ['tex', 'text'],
  // Spanish texting: k for qu ("sakenme de la lista", "kiero"), x for por ("xfa").
  ['sakenme', 'saquenme'], ['sakeme', 'saqueme'], ['kiten', 'quiten'], ['kitenme', 'quitenme'], ['kiero', 'quiero'], ['xfa', 'por favor'], ['xfavor', 'por favor'],
  ['txtin', 'texting'], ['txtn', 'texting'], ['txtng', 'texting'], ['textn', 'texting'], ['txtz', 'texts'],
  ['msgin', 'messaging'], ['msgz', 'messages'], ['msges', 'messages'], ['mssgs', 'messages'], ['mesgs', 'messages'],
  ['snd', 'send'], ['sndng', 'sending'], ['sendn', 'sending'],
  ['rmv', 'remove'], ['rmve', 'remove'], ['remov', 'remove'],
  ['dnt', 'dont'], ['numba', 'number'],
  // A dropped final letter in a short word, which its swaps and doubled letters do not cover: "leave me alon".
  ['alon', 'alone'], ['leav', 'leave'], ['moar', 'more'], ['mor', 'more'],
  // Spelled as said: "leeve me alone", "remuv me", "no more tex", "I nevr signed up".
  ['leeve', 'leave'], ['leev', 'leave'], ['remuv', 'remove'], ['remoov', 'remove'], ['remuve', 'remove'], ['texs', 'texts'], ['tects', 'texts'], ['nevr', 'never'], ['nvr', 'never'],
]);

/** Words of at least this many letters get every kind of edit; shorter ones only swaps and doubling. */
const FULL_EDIT_MIN_LENGTH = 6;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Typo → the phrase word it stands for, every typo spelled out once at load (about 12 000 entries). */
const TYPO_TO_WORD = buildTypoMap();

function buildTypoMap(): ReadonlyMap<string, string> {
  const known = new Set(PHRASE_WORDS.map((entry) => entry.word));
  const map = new Map<string, string>();
  for (const { word, notTypos } of PHRASE_WORDS) {
    const excluded = new Set(notTypos);
    for (const typo of oneEditAway(word, word.length >= FULL_EDIT_MIN_LENGTH)) {
      // The first listed word wins a typo two words share; listed words and real words are never typos.
      if (known.has(typo) || excluded.has(typo) || map.has(typo)) continue;
      map.set(typo, word);
    }
  }
  return map;
}

/** Adjacent swaps and doubled letters; with `full`, also every deletion, insertion and substitution. */
function oneEditAway(word: string, full: boolean): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i += 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < word.length; i += 1) out.add(word.slice(0, i + 1) + word.slice(i));
  if (full) {
    for (let i = 0; i < word.length; i += 1) out.add(word.slice(0, i) + word.slice(i + 1));
    for (let i = 0; i <= word.length; i += 1) for (const letter of LETTERS) out.add(word.slice(0, i) + letter + word.slice(i));
    for (let i = 0; i < word.length; i += 1) for (const letter of LETTERS) out.add(word.slice(0, i) + letter + word.slice(i + 1));
  }
  out.delete(word);
  return out;
}

export interface RepairedText {
  /** The normalized text with each typo replaced by its phrase word. */
  text: string;
  words: string[];
  /** What was replaced, for the rule: "TEXITNG→TEXTING". */
  repairs: string[];
}

/** Shortest word worth looking up: no listed word has fewer than four letters, and its typos none fewer. */
const MIN_TYPO_LENGTH = 4;
/** Shortest shorthand ("tk", "stp", "rmv"). */
const MIN_SHORTHAND_LENGTH = 2;

/** The phrase word a typed word stands for: a typo, texting-speak, or stretched letters ("stoooop"). */
function intendedWord(word: string): string | undefined {
  const shorthand = SHORTHANDS.get(word);
  if (shorthand !== undefined) return shorthand;
  if (word.length < MIN_TYPO_LENGTH) return undefined;
  const typo = TYPO_TO_WORD.get(word);
  if (typo !== undefined) return typo;
  return STRETCHED.test(word) ? unstretched(word) : undefined;
}

/** Three or more of one letter, which ordinary words hardly ever have and stretched ones do. */
const STRETCHED = /(\p{L})\1\1/u;

/** "stoooop" → "stop", "pleeease" → "please", "texxxting" → "texting"; a phrase word or one of its typos. */
function unstretched(word: string): string | undefined {
  const once = word.replace(STRETCHED_RUNS, '$1');
  if (PHRASE_WORD_SET.has(once)) return once;
  const twice = word.replace(STRETCHED_RUNS, '$1$1');
  if (PHRASE_WORD_SET.has(twice)) return twice;
  return TYPO_TO_WORD.get(once) ?? TYPO_TO_WORD.get(twice);
}

const STRETCHED_RUNS = /(\p{L})\1{2,}/gu;
const PHRASE_WORD_SET: ReadonlySet<string> = new Set(PHRASE_WORDS.map((entry) => entry.word));

/**
 * Every word repairPhraseTypos replaces outright (typos and shorthands; stretched words are found by
 * their letters), so a scan of a text can tell in passing whether a repair is worth attempting.
 */
export const REPAIRABLE_WORDS: readonly string[] = [...SHORTHANDS.keys(), ...TYPO_TO_WORD.keys()];

/** The words with their typos repaired, or undefined when no word is a typo of a phrase word. */
export function repairPhraseTypos(words: readonly string[]): RepairedText | undefined {
  // Nothing is allocated until a typo turns up: most short texts have none.
  let repaired: string[] | undefined;
  let repairs: string[] | undefined;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (word.length < MIN_SHORTHAND_LENGTH) continue;
    const intended = intendedWord(word);
    if (intended === undefined) continue;
    repaired ??= words.slice();
    repaired[i] = intended;
    (repairs ??= []).push(`${word.toUpperCase()}→${intended.toUpperCase()}`);
  }
  return repaired && repairs ? { text: repaired.join(' '), words: repaired, repairs } : undefined;
}
