import type { ComplianceIntent, Language } from './keywords';

/**
 * A plain-language request, written against normalized text (see normalizeIntentText). Patterns are
 * specific on purpose: "stop" alone in a sentence means nothing ("which bus stop?"), "stop texting me"
 * does. `name` appears in the rule ("phrase:stop-texting").
 */
export interface Phrase {
  name: string;
  intent: ComplianceIntent;
  language: Language;
  pattern: RegExp;
  /** Words of which the normalized text must contain one for the pattern to be worth trying. */
  anchors: readonly string[];
}

const MESSAGES = '(?:texts?|txts?|messages?|msgs?|sms|alerts?|notifications?|spam|promos?|promotions?|offers?|ads|marketing|crap|stuff|shit)';
const DETERMINER = '(?:(?:the|these|this|those|your|ur|all|all the|all these|all of these|all of your|any|any more|anymore|more|such) )?';
const SEND_VERB = '(?:text|txt|texting|txting|message|messaging|msg|msging|sms|send|sending|contact|contacting|call|calling|email|emailing|spam|spamming|bother|bothering|harass|harassing|bug|bugging|hit me up)';
const END = '(?: (?:please|pls|plz|now|thanks|thank you|again|anymore|any more|ever|asap|immediately|already))*$';
const MESMS = '(?:mensajes|mensajitos|textos|sms|promociones|nada)';
const FR_MESSAGES = '(?:sms|messages?|textos?|pubs?|publicites?|notifications?)';

export const PHRASES: readonly Phrase[] = [
  // English opt-out
  { name: 'stop-sending', anchors: ['stop', 'quit', 'cease'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:stop|quit|cease) (?:\\w+ )?${SEND_VERB}\\b(?! (?:by|in|at|over)\\b)`) },
  { name: 'stop-messages', anchors: ['stop', 'quit', 'end', 'cancel', 'pause', 'block'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:stop|quit|end|cancel|pause|block) ${DETERMINER}${MESSAGES}\\b`) },
  { name: 'cancel-subscription', anchors: ['cancel', 'end', 'stop', 'terminate', 'quit'], intent: 'opt-out', language: 'en', pattern: /\b(?:cancel|end|stop|terminate|quit) (?:my |the |this |your |ur )?(?:subscription|sub|membership)\b/ },
  { name: 'stop-receiving', anchors: ['stop'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\bstop (?:receiving|getting) ${DETERMINER}(?:\\w+ )?${MESSAGES}\\b`) },
  // "stop it" (them, these ...) at the start or after please/just/ok, also inside a longer text ("Stop it. I don't shop there.");
  // "stop this" and "stop now" only as the whole message.
  { name: 'stop-it', anchors: ['stop'], intent: 'opt-out', language: 'en', pattern: new RegExp(`(?:^|\\b(?:please|pls|just|ok|okay) )stop (?:it|that|them|these)\\b|^(?:please |pls |just )?stop (?:this|now)${END}`) },
  { name: 'make-it-stop', intent: 'opt-out', language: 'en', anchors: ['stop'], pattern: /\b(?:make (?:it|them|this|these) stop|want (?:it|them|this|these|you) to stop)\b/ },
  { name: 'want-out', intent: 'opt-out', language: 'en', anchors: ['out', 'enough', 'lose', 'done'], pattern: new RegExp(`\\bi (?:want|wanna) out\\b|\\benough (?:with )?${DETERMINER}${MESSAGES}\\b|\\blose my (?:phone )?(?:number|numbr|num|#)\\b|\\b(?:i ?m|i am|im) done with ${DETERMINER}${MESSAGES}\\b`) },
  { name: 'want-to-stop', anchors: ['stop', 'cancel', 'quit', 'end'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:want to|wanna|like to|need to|how (?:do|can) i|how to) (?:stop|cancel|quit|end)(?: (?:this|these|it|them|texts?|messages?|the texts|the messages|subscription|my subscription))?${END}`) },
  { name: 'unsubscribe', anchors: ['unsubscribe', 'unsub', 'unsubscibe', 'unsubcribe', 'unsubsribe', 'unsubscrib', 'unsubscirbe', 'unsubscrbe', 'unsuscribe'], intent: 'opt-out', language: 'en', pattern: /\bunsub(?:scribe|scibe|cribe|sribe|scrib|scirbe|scrbe)?\b|\bunsuscribe\b/ },
  { name: 'opt-out', anchors: ['opt', 'optout'], intent: 'opt-out', language: 'en', pattern: /\b(?:opt (?:me )?out|optout|opt me off)\b/ },
  { name: 'remove-me', anchors: ['remove', 'delete', 'erase', 'unenroll', 'unenrol'], intent: 'opt-out', language: 'en', pattern: /\b(?:remove|delete|erase|unenroll|unenrol) (?:me|my (?:phone )?(?:number|numbr|num|no|#|info|details)|this (?:phone )?number)\b(?! (?:to|as)\b)/ },
  { name: 'take-me-off', anchors: ['take', 'get', 'cross', 'drop'], intent: 'opt-out', language: 'en', pattern: /\b(?:take|get|cross|drop) (?:me|my (?:phone )?number|this number) (?:off|from)\b/ },
  { name: 'off-the-list', anchors: ['off'], intent: 'opt-out', language: 'en', pattern: /\boff (?:your|the|this|ur) (?:mailing |texting |sms |text )?list\b/ },
  { name: 'no-more', anchors: ['more'], intent: 'opt-out', language: 'en', pattern: new RegExp(`(?:^(?:please |pls )?no more${END}|\\bno more ${DETERMINER}${MESSAGES}\\b)`) },
  { name: 'do-not-contact', anchors: ['dont', 'not', 'never', 'quit', 'stop'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:dont|do not|never|quit|stop) ${SEND_VERB} (?:me|this number|my number|my phone)\\b`) },
  { name: 'do-not-send', anchors: ['dont', 'not', 'never'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:dont|do not|never) send (?:me )?(?:any ?more|more|anything|any)\\b`) },
  { name: 'do-not-want', anchors: ['dont', 'not', 'longer', 'never'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:dont|do not|no longer|never) (?:want|wish|need|like) (?:to (?:get|receive|have) )?${DETERMINER}(?:\\w+ )?${MESSAGES}\\b`) },
  { name: 'leave-me-alone', anchors: ['alone', 'away', 'lost', 'off'], intent: 'opt-out', language: 'en', pattern: /\b(?:leave me alone|go away|get lost|fuck off|piss off)\b/ },
  { name: 'not-interested', anchors: ['interested'], intent: 'opt-out', language: 'en', pattern: new RegExp(`^(?:i ?m |i am |im )?not interested(?: anymore| any more)?${END}`) },
  { name: 'wrong-number', anchors: ['wrong'], intent: 'opt-out', language: 'en', pattern: /\bwrong (?:number|person|#)\b/ },
  { name: 'revoke-consent', anchors: ['revoke', 'withdraw', 'retract'], intent: 'opt-out', language: 'en', pattern: /\b(?:revoke|withdraw|retract) (?:my |all )?(?:consent|permission|subscription|authorization)\b|^i revoke\b/ },
  { name: 'sign-me-out', anchors: ['out'], intent: 'opt-out', language: 'en', pattern: new RegExp(`^(?:please )?(?:sign|count|opt|take) me out${END}`) },
  // Spanish opt-out
  { name: 'es-no-enviar', anchors: ['mas', 'nunca', 'nada'], intent: 'opt-out', language: 'es', pattern: /\bno (?:me )?(?:envien|envie|envies|manden|mande|mandes|escriban|escriba|escribas|contacten|contacte|molesten|moleste) (?:mas|nunca|nada)\b/ },
  { name: 'es-no-mas', anchors: ['mas'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\bno mas ${MESMS}\\b`) },
  { name: 'es-no-quiero', anchors: ['quiero', 'deseo'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\b(?:ya no|no) (?:quiero|deseo) (?:recibir |seguir recibiendo )?(?:mas )?(?:sus |tus |los |estos |esos )?${MESMS}\\b`) },
  { name: 'es-dar-de-baja', anchors: ['baja'], intent: 'opt-out', language: 'es', pattern: /\b(?:dar|darme|dame|denme|deme|darse|doy) de baja\b/ },
  { name: 'es-quitenme', anchors: ['quitenme', 'quiteme', 'quitame', 'quitarme', 'saquenme', 'saqueme', 'sacame', 'sacarme', 'borrenme', 'borreme', 'borrarme', 'eliminenme', 'elimineme', 'eliminarme', 'borren', 'borrar', 'eliminen', 'eliminar', 'quiten', 'quitar', 'borra', 'elimina'], intent: 'opt-out', language: 'es', pattern: /\b(?:quitenme|quiteme|quitame|quitarme|saquenme|saqueme|sacame|sacarme|borrenme|borreme|borrarme|eliminenme|elimineme|eliminarme)\b|\b(?:borren|borrar|eliminen|eliminar|quiten|quitar|borra|elimina) (?:mi|este) (?:numero|telefono|celular)\b/ },
  { name: 'es-dejen-de', anchors: ['dejen', 'deje', 'deja', 'dejar'], intent: 'opt-out', language: 'es', pattern: /\b(?:dejen|deje|deja|dejar) de (?:enviar|mandar|escribir|contactar|molestar)(?:me|nos)?\b/ },
  { name: 'es-paren', anchors: ['paren', 'pare', 'para', 'detengan', 'detenga', 'cancelen', 'cancele', 'cancelar'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\b(?:paren|pare|para|detengan|detenga|cancelen|cancele|cancelar) (?:los |estos |sus |de enviar )?${MESMS}\\b`) },
  { name: 'es-cancelar-suscripcion', anchors: ['suscripcion', 'subscripcion'], intent: 'opt-out', language: 'es', pattern: /\b(?:cancelar|cancelen|cancela|anular|terminar) (?:mi |la )?(?:suscripcion|subscripcion)\b/ },
  { name: 'es-desuscribir', anchors: ['desuscribir', 'desuscribirme', 'desuscribanme', 'desuscribeme', 'desinscribirme'], intent: 'opt-out', language: 'es', pattern: /\b(?:desuscribir|desuscribirme|desuscribanme|desuscribeme|desinscribirme)\b/ },
  { name: 'es-numero-equivocado', anchors: ['equivocado'], intent: 'opt-out', language: 'es', pattern: /\bnumero equivocado\b/ },
  // French opt-out
  { name: 'fr-arretez-de', anchors: ['arretez', 'arrete', 'arreter', 'cessez', 'cesse', 'cesser'], intent: 'opt-out', language: 'fr', pattern: /\b(?:arretez|arrete|arreter|cessez|cesse|cesser) (?:de |d )?(?:m )?(?:envoyer|ecrire|texter|contacter|harceler|spammer|appeler)\b/ },
  { name: 'fr-ne-plus', anchors: ['plus'], intent: 'opt-out', language: 'fr', pattern: /\bne (?:m )?(?:envoyez|envoyer|ecrivez|contactez|ecrire) plus\b|\bne plus (?:m )?(?:envoyer|recevoir|ecrire|contacter)\b/ },
  { name: 'fr-ne-veux-plus', anchors: ['plus'], intent: 'opt-out', language: 'fr', pattern: /\b(?:je )?ne (?:veux|souhaite|desire) plus (?:recevoir|de|d|vos|ces|les|etre)\b/ },
  { name: 'fr-retirez-moi', anchors: ['retirez', 'supprimez', 'enlevez', 'effacez', 'desinscrivez', 'desabonnez', 'radiez', 'sortez'], intent: 'opt-out', language: 'fr', pattern: /\b(?:retirez|supprimez|enlevez|effacez|desinscrivez|desabonnez|radiez|sortez) (?:moi|mon numero|mon num)\b/ },
  { name: 'fr-desabonner', anchors: ['desabonner', 'desinscrire', 'desabonnement', 'desinscription'], intent: 'opt-out', language: 'fr', pattern: /\b(?:desabonner|desinscrire|desabonnement|desinscription)\b/ },
  { name: 'fr-plus-de', anchors: ['plus', 'pas'], intent: 'opt-out', language: 'fr', pattern: new RegExp(`^(?:plus de|pas de) ${FR_MESSAGES}(?: (?:svp|merci|s il vous plait|stp))*$`) },
  { name: 'fr-laissez-moi', anchors: ['tranquille'], intent: 'opt-out', language: 'fr', pattern: /\blaisse[zr]? moi tranquille\b/ },
  { name: 'fr-mauvais-numero', anchors: ['numero'], intent: 'opt-out', language: 'fr', pattern: /\b(?:mauvais|faux) numero\b|\bnumero errone\b/ },
  // Opt-in
  { name: 'sign-me-up', anchors: ['me'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:please |yes )?(?:sign|opt|count|put) me (?:up|in|back in)${END}`) },
  { name: 'want-to-join', anchors: ['join', 'subscribe', 'sign', 'opt', 'resubscribe'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:i )?(?:want to|wanna|would like to|d like to|id like to) (?:join|subscribe|sign up|opt in|resubscribe)${END}`) },
  { name: 'start-again', anchors: ['again', 'over', 'me'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:start|subscribe|resubscribe) (?:again|over|me)${END}`) },
  { name: 'again', intent: 'opt-in', language: 'en', anchors: ['again', 'back', 'resume'], pattern: /\bsign me back up\b|^(?:yes |please )*(?:(?:i|id) (?:want|d like|like|would like|wanna) to )?(?:start (?:getting|receiving)|receive|get|resume)\b.*\bagain\b|^resume(?: my)? (?:messages|texts|alerts|deals)\b/ },
  { name: 'es-suscribirme', anchors: ['quiero', 'deseo'], intent: 'opt-in', language: 'es', pattern: /^(?:si )?(?:quiero|deseo) (?:suscribirme|unirme|inscribirme|recibir mensajes)$/ },
  { name: 'fr-abonner', anchors: ['je'], intent: 'opt-in', language: 'fr', pattern: /^(?:oui )?je (?:veux|souhaite) (?:m abonner|m inscrire|recevoir vos messages)$/ },
  // Help
  { name: 'need-help', anchors: ['help'], intent: 'help', language: 'en', pattern: new RegExp(`^(?:i )?need help${END}|^help me${END}|^help (?:please|pls)$`) },
  { name: 'what-is-this', anchors: ['this'], intent: 'help', language: 'en', pattern: new RegExp(`^(?:what|who) is this(?: number)?${END}|^(?:whats|whos) this(?: number)?${END}`) },
  { name: 'more-info', anchors: ['info', 'information'], intent: 'help', language: 'en', pattern: /^(?:more )?info(?:rmation)?(?: please| pls)?$/ },
  { name: 'support', intent: 'help', language: 'en', anchors: ['help', 'support', 'cost', 'terms'], pattern: /^can you help(?: me)?(?: please)?$|\bhow (?:do|can) i get help\b|\b(?:contact|reach) (?:for )?support\b|^how much do (?:these|the|your) (?:texts|messages) cost\b|\bterms (?:for|of) (?:this|the|your) program\b/ },
  { name: 'es-necesito-ayuda', anchors: ['ayuda'], intent: 'help', language: 'es', pattern: /^(?:necesito )?ayuda(?: por favor)?$/ },
  { name: 'fr-besoin-d-aide', anchors: ['aide'], intent: 'help', language: 'fr', pattern: /^(?:j ai )?besoin d aide$/ },
];

/**
 * Words that, just before an opt-out phrase, turn it around: "don't stop the texts", "no quiero darme
 * de baja", "je ne veux pas me désabonner". "why won't you stop texting me" is still an opt-out.
 */
export const NEGATIONS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['dont', 'not', 'never', 'didnt', 'doesnt', 'wont', 'wouldnt', 'shouldnt', 'cant', 'cannot', 'nt']),
  es: new Set(['no', 'nunca', 'jamas']),
  fr: new Set(['pas', 'jamais']),
};
