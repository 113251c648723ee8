export type ComplianceIntent = 'opt-out' | 'opt-in' | 'help';
export type Language = 'en' | 'es' | 'fr';

/**
 * A keyword that carries its meaning when it is the whole message (after normalization and polite
 * filler words). `keyword` is how rules name it; `fuzzy` is the edit distance a misspelling may have
 * (0: exact only; short keywords and those with many real-word neighbours stay exact).
 */
export interface StandardKeyword {
  keyword: string;
  intent: ComplianceIntent;
  language: Language;
  fuzzy: 0 | 1 | 2;
  /** STOPALL and its kin end every program's messages on the short code, not just one program's. */
  scopeAll?: boolean;
}

/** CTIA / FCC standard keywords first, then the Spanish and French forms carriers honour. */
export const STANDARD_KEYWORDS: readonly StandardKeyword[] = [
  { keyword: 'STOP', intent: 'opt-out', language: 'en', fuzzy: 1 },
  { keyword: 'STOPALL', intent: 'opt-out', language: 'en', fuzzy: 1, scopeAll: true },
  { keyword: 'STOP ALL', intent: 'opt-out', language: 'en', fuzzy: 0, scopeAll: true },
  { keyword: 'UNSUBSCRIBE', intent: 'opt-out', language: 'en', fuzzy: 2 },
  { keyword: 'CANCEL', intent: 'opt-out', language: 'en', fuzzy: 1 },
  { keyword: 'END', intent: 'opt-out', language: 'en', fuzzy: 0 },
  { keyword: 'QUIT', intent: 'opt-out', language: 'en', fuzzy: 1 },
  { keyword: 'REVOKE', intent: 'opt-out', language: 'en', fuzzy: 1 },
  { keyword: 'OPTOUT', intent: 'opt-out', language: 'en', fuzzy: 1 },
  { keyword: 'OPT OUT', intent: 'opt-out', language: 'en', fuzzy: 0 },
  { keyword: 'REMOVE', intent: 'opt-out', language: 'en', fuzzy: 1 },
  // AWS End User Messaging lists TD among the standard opt-out keywords; exact only, being two letters.
  { keyword: 'TD', intent: 'opt-out', language: 'en', fuzzy: 0 },
  { keyword: 'ARRET', intent: 'opt-out', language: 'fr', fuzzy: 1 },
  { keyword: 'START', intent: 'opt-in', language: 'en', fuzzy: 0 },
  { keyword: 'YES', intent: 'opt-in', language: 'en', fuzzy: 0 },
  { keyword: 'UNSTOP', intent: 'opt-in', language: 'en', fuzzy: 1 },
  { keyword: 'HELP', intent: 'help', language: 'en', fuzzy: 1 },
  { keyword: 'INFO', intent: 'help', language: 'en', fuzzy: 0 },
  // English opt-in words beyond the standard three
  { keyword: 'SUBSCRIBE', intent: 'opt-in', language: 'en', fuzzy: 1 },
  { keyword: 'RESUBSCRIBE', intent: 'opt-in', language: 'en', fuzzy: 1 },
  { keyword: 'OPTIN', intent: 'opt-in', language: 'en', fuzzy: 0 },
  { keyword: 'OPT IN', intent: 'opt-in', language: 'en', fuzzy: 0 },
  // Spanish
  { keyword: 'PARAR', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'PARA', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'ALTO', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'BAJA', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'DAR DE BAJA', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'CANCELAR', intent: 'opt-out', language: 'es', fuzzy: 1 },
  { keyword: 'DETENER', intent: 'opt-out', language: 'es', fuzzy: 1 },
  // Imperatives people send rather than the infinitive: "Pare", "Paren", "Deténganse", "Cancelen",
  // "Párenle", "¡Basta!" (enough). Exact only: "pare", "para" are one letter from ordinary words.
  { keyword: 'PARE', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'PAREN', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'PARENLE', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'PARALE', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'DETENGAN', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'DETENGA', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'DETENGANSE', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'CANCELEN', intent: 'opt-out', language: 'es', fuzzy: 0 },
  // Spain's vosotros imperative ("¡Parad ya!").
  { keyword: 'PARAD', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'BASTA', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'NO MAS', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'DESUSCRIBIR', intent: 'opt-out', language: 'es', fuzzy: 1 },
  { keyword: 'ELIMINAR', intent: 'opt-out', language: 'es', fuzzy: 0 },
  { keyword: 'FIN', intent: 'opt-out', language: 'fr', fuzzy: 0 },
  { keyword: 'SI', intent: 'opt-in', language: 'es', fuzzy: 0 },
  { keyword: 'ALTA', intent: 'opt-in', language: 'es', fuzzy: 0 },
  // The infinitive of subscribing, as DESUSCRIBIR is of leaving ("Suscribir", "Suscribirme").
  { keyword: 'SUSCRIBIR', intent: 'opt-in', language: 'es', fuzzy: 0 },
  { keyword: 'SUSCRIBIRME', intent: 'opt-in', language: 'es', fuzzy: 0 },
  { keyword: 'AYUDA', intent: 'help', language: 'es', fuzzy: 1 },
  // French
  { keyword: 'ARRETER', intent: 'opt-out', language: 'fr', fuzzy: 1 },
  { keyword: 'ARRETEZ', intent: 'opt-out', language: 'fr', fuzzy: 1 },
  // The tu imperative ("Arrête !"), which people send as often as the vous one.
  { keyword: 'ARRETE', intent: 'opt-out', language: 'fr', fuzzy: 0 },
  { keyword: 'STOP SMS', intent: 'opt-out', language: 'fr', fuzzy: 0 },
  { keyword: 'DESABONNER', intent: 'opt-out', language: 'fr', fuzzy: 1 },
  { keyword: 'DESABONNEMENT', intent: 'opt-out', language: 'fr', fuzzy: 1 },
  { keyword: 'DESINSCRIRE', intent: 'opt-out', language: 'fr', fuzzy: 1 },
  { keyword: 'DESINSCRIPTION', intent: 'opt-out', language: 'fr', fuzzy: 1 },
  { keyword: 'ANNULER', intent: 'opt-out', language: 'fr', fuzzy: 1 },
  { keyword: 'OUI', intent: 'opt-in', language: 'fr', fuzzy: 0 },
  // The infinitive of subscribing, as DESABONNER is of leaving ("ABONNER", "S'abonner").
  { keyword: 'ABONNER', intent: 'opt-in', language: 'fr', fuzzy: 0 },
  { keyword: 'S ABONNER', intent: 'opt-in', language: 'fr', fuzzy: 0 },
  { keyword: 'AIDE', intent: 'help', language: 'fr', fuzzy: 0 },
];

/**
 * Shortenings and spoken spellings people type for a keyword, too far from it for `fuzzy` ("stahp" is two
 * edits from STOP, as "step" is one); matched exactly, reported as an abbreviation.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  unsub: 'UNSUBSCRIBE',
  unsubb: 'UNSUBSCRIBE',
  stp: 'STOP',
  stahp: 'STOP',
  stawp: 'STOP',
  stoppit: 'STOP',
  kwit: 'QUIT',
  kwitt: 'QUIT',
  unscribe: 'UNSUBSCRIBE',
  unsuscribe: 'UNSUBSCRIBE',
  stopit: 'STOP',
  arett: 'ARRET',
  arrett: 'ARRET',
};

/**
 * Words that surround a keyword without changing it: "STOP please", "stop now!!", "Arrêt svp".
 * Removed only when something else is left.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'please', 'pls', 'plz', 'plse', 'pleas', 'plesae', 'pleaes', 'pleae', 'plase', 'pleez', 'pleeze', 'plez', 'now', 'thanks', 'thank', 'you', 'thx', 'ty', 'ok', 'okay', 'me',
  'asap', 'immediately', 'already', 'just', 'lol', 'sir', 'maam', 'right', 'away', 'k',
  'por', 'favor', 'porfa', 'gracias', 'ya', 'ahora',
  'svp', 'merci', 'stp',
]);

/**
 * Real words one edit away from a fuzzy keyword. A lone "step" or "quiet" is not a misspelled STOP
 * or QUIT, so these never match as misspellings.
 */
export const NOT_MISSPELLINGS: ReadonlySet<string> = new Set([
  'step', 'stomp', 'strop', 'shop', 'slop', 'atop', 'top', 'sop', 'stow', 'stoa', 'stot', 'scop', 'stob', 'stood', 'stoops',
  'spot', 'post', 'pots', 'tops', 'opts',
  'cancer', 'canceled', 'cancels', 'candle',
  'quiz', 'quiet', 'quilt', 'quite', 'suit', 'quip', 'quid', 'quin', 'quint', 'squit', 'quito',
  'remote', 'removes', 'removed', 'remover',
  'revoked', 'revokes',
  'held', 'hell', 'heap', 'kelp', 'yelp', 'whelp', 'helm', 'hemp', 'herp', 'hel', 'heel', 'hels',
  'subscriber', 'arrest', 'annule', 'annulee',
  'desabonne', 'desinscrit',
  'detente', 'cancela', 'cancelo',
]);
