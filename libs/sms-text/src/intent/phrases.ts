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
const MESMS = '(?:mensajes|mensajitos|mensaje|msjs|msj|textos|sms|promociones|publicidad|spam|nada)';
/** Spanish negative imperatives (usted, ustedes, tú) of the verbs of sending: "no me envíen", "no me escribas". */
const ES_SEND_IMPERATIVES = ['envien', 'envie', 'envies', 'manden', 'mande', 'mandes', 'escriban', 'escriba', 'escribas', 'contacten', 'contacte', 'contactes', 'molesten', 'moleste', 'molestes', 'llamen', 'llame'];
const ES_SEND_IMPERATIVE = `(?:${ES_SEND_IMPERATIVES.join('|')})`;
/** Polite or emphatic words that may close a Spanish or French request ("no me interesa, gracias"). */
const ES_END = '(?: (?:gracias|por favor|porfa|ya|mas|nada))*$';
const FR_END = '(?: (?:merci|svp|stp|s il vous plait|du tout))*$';
/** A person's number: "my dad's number" (folded to "dads number"), "her old phone number", "this number". */
const SOMEONES_NUMBER = '(?:\\w+s|my|her|their|that) (?:old )?(?:phone |cell )?number';
/**
 * The same where a pattern starts with it: the possessive (and "his", "this") is matched by its final
 * "s" alone, because "\\w+s" tried at every position of a long text backtracks through every word.
 */
const SOMEONES_NUMBER_FIRST = '(?:s|\\bmy|\\bher|\\btheir|\\bthat) (?:old )?(?:phone |cell )?number';
/** French infinitives of sending and bothering, after "arrêtez de" or "ne plus". */
const FR_SEND_VERB = '(?:envoyer|ecrire|texter|contacter|harceler|spammer|appeler|deranger|solliciter)';
/** The list someone asks to be put back on: "the list", "your text list", "your texts". */
const SUBSCRIBER_LIST = '(?:the|your|ur|this) (?:(?:mailing|text|texting|sms|vip) )?(?:list|texts|messages|program)';
const FR_MESSAGES = '(?:sms|messages?|textos?|pubs?|publicites?|notifications?)';

export const PHRASES: readonly Phrase[] = [
  // English opt-out
  { name: 'stop-sending', anchors: ['stop', 'quit', 'cease'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:stop|quit|cease) (?:\\w+ )?${SEND_VERB}\\b(?! (?:by|in|at|over)\\b)`) },
  { name: 'stop-messages', anchors: ['stop', 'quit', 'end', 'cancel', 'pause', 'block'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:stop|quit|end|cancel|pause|block) (?:with )?${DETERMINER}${MESSAGES}\\b`) },
  { name: 'cancel-subscription', anchors: ['cancel', 'end', 'stop', 'terminate', 'quit'], intent: 'opt-out', language: 'en', pattern: /\b(?:cancel|end|stop|terminate|quit) (?:my |the |this |your |ur )?(?:subscription|sub|membership)\b/ },
  { name: 'stop-receiving', anchors: ['stop'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\bstop (?:receiving|getting) ${DETERMINER}(?:\\w+ )?${MESSAGES}\\b`) },
  // The legal formula, and "cease" / "desist" with what is to end ("cease all texts", "desist from texting
  // me"), but not a letter or order someone received ("I got a cease and desist letter").
  { name: 'cease-and-desist', anchors: ['cease', 'desist'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\bcease and desist\\b(?! (?:letters?|orders?|notices?)\\b)|\\b(?:cease|desist) (?:from |with )?${DETERMINER}(?:contact|contacting|communications?|correspondence|${MESSAGES}|text messages|texting|messaging)\\b|^(?:please )?cease${END}`) },
  // "stop it" (them, these ...) at the start or after please/just/ok, also inside a longer text ("Stop it. I don't shop there.");
  // "stop this" and "stop now" only as the whole message. The same order as a sentence of a longer text
  // ("Why do you keep texting me? Stop it.") is keywordSentence's.
  { name: 'stop-it', anchors: ['stop'], intent: 'opt-out', language: 'en', pattern: new RegExp(`(?:^|\\b(?:please|pls|just|ok|okay) )stop (?:it|that|them|these)\\b|^(?:please |pls |just )?stop (?:this|now)${END}`) },
  // Its synonyms, as the whole message: "Quit it", "Knock it off", "Cut it out already".
  { name: 'quit-it', anchors: ['quit', 'knock', 'cut'], intent: 'opt-out', language: 'en', pattern: new RegExp(`^(?:please |pls |just )?(?:quit it|knock it off|cut it out)${END}`) },
  // "Make it stop", "I want them to stop", and with the messages named, as the end of the message: "I want
  // these texts to stop", "These messages need to stop" (not "...need to stop coming before 8am").
  { name: 'make-it-stop', intent: 'opt-out', language: 'en', anchors: ['stop'], pattern: new RegExp(`\\b(?:make (?:it|them|this|these) stop|want (?:it|them|this|these|you) to stop)\\b|\\b(?:want|need) ${DETERMINER}${MESSAGES} to stop${END}|\\b(?:these|the|your|this|all these|all the|all of these|all your) ${MESSAGES} (?:need|needs|have|has|got) to stop${END}`) },
  // A threat that leaves no doubt: "Stop or I will report you", "stop now or I'm calling my lawyer".
  { name: 'stop-or-else', intent: 'opt-out', language: 'en', anchors: ['stop'], pattern: /\bstop(?: it| now| this)? or (?:else|(?:i ll|ill|i will|i m going to|im going to|i am going to|im gonna|i m gonna|we ll|well|i shall) (?:report|block|sue|call|file|contact)|(?:im|i m|i am) (?:reporting|blocking|suing|calling|contacting))\b/ },
  { name: 'want-out', intent: 'opt-out', language: 'en', anchors: ['out', 'enough', 'lose', 'done'], pattern: new RegExp(`\\bi (?:want|wanna) out\\b|\\benough (?:with )?${DETERMINER}${MESSAGES}\\b|\\blose my (?:phone )?(?:number|numbr|num|#)\\b|\\b(?:i ?m|i am|im) done with ${DETERMINER}${MESSAGES}\\b`) },
  { name: 'want-to-stop', anchors: ['stop', 'cancel', 'quit', 'end'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:want to|wanna|like to|need to|how (?:do|can) i|how to) (?:stop|cancel|quit|end)(?: (?:this|these|it|them|texts?|messages?|the texts|the messages|subscription|my subscription))?${END}`) },
  { name: 'unsubscribe', anchors: ['unsubscribe', 'unsub', 'unsubscibe', 'unsubcribe', 'unsubsribe', 'unsubscrib', 'unsubscirbe', 'unsubscrbe', 'unsuscribe'], intent: 'opt-out', language: 'en', pattern: /\bunsub(?:scribe|scibe|cribe|sribe|scrib|scirbe|scrbe)?\b|\bunsuscribe\b/ },
  { name: 'opt-out', anchors: ['opt', 'optout'], intent: 'opt-out', language: 'en', pattern: /\b(?:opt (?:me )?out|optout|opt me off)\b/ },
  { name: 'remove-me', anchors: ['remove', 'delete', 'erase', 'unenroll', 'unenrol'], intent: 'opt-out', language: 'en', pattern: /\b(?:remove|delete|erase|unenroll|unenrol) (?:me|my (?:phone )?(?:number|numbr|num|no|#|info|details)|this (?:phone )?number)\b(?! (?:to|as)\b)/ },
  // The passive: "I want to be removed from your list", "I'd like to be removed", "I wish to be unsubscribed",
  // and the bare "Remove from list" (not "...to be removed from my order").
  { name: 'want-to-be-removed', anchors: ['removed', 'unsubscribed', 'taken', 'opted', 'deleted', 'dropped', 'list'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:want|wanna|like|wish|need|ask|asking) to be (?:removed|taken off|unsubscribed|opted out|deleted|dropped)(?: (?:from|off) ${DETERMINER}(?:\\w+ )?(?:list|lists|texts|messages|program|system|database))?${END}|^(?:please |pls )?(?:remove|delete|unsubscribe) (?:from|off) (?:the |your |this |ur )?(?:\\w+ )?list${END}`) },
  { name: 'take-me-off', anchors: ['take', 'get', 'cross', 'drop'], intent: 'opt-out', language: 'en', pattern: /\b(?:take|get|cross|drop) (?:me|my (?:phone )?number|this number) (?:off|of|from)\b|\b(?:take|get) (?:him|her) off (?:your|the|this|ur|all) (?:\w+ )?lists?\b/ },
  { name: 'off-the-list', anchors: ['off'], intent: 'opt-out', language: 'en', pattern: /\boff (?:your|the|this|ur) (?:mailing |texting |sms |text )?list\b/ },
  { name: 'no-more', anchors: ['more'], intent: 'opt-out', language: 'en', pattern: new RegExp(`(?:^(?:please |pls )?no more${END}|\\bno more ${DETERMINER}${MESSAGES}\\b)`) },
  { name: 'do-not-contact', anchors: ['dont', 'not', 'never', 'quit', 'stop'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:dont|do not|never|quit|stop) ${SEND_VERB} (?:me|this number|my number|my phone)\\b`) },
  { name: 'do-not-send', anchors: ['dont', 'not', 'never'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:dont|do not|never) send (?:me )?(?:any ?more|more|anything|any)\\b`) },
  // "I don't want these texts"; and without the noun, "I don't want to get these anymore", "I don't want
  // these anymore": with a verb of receiving, or with "anymore", since "I don't want these shoes" and
  // "...them, can I return them" are about goods. One pattern, so a long text is scanned once.
  { name: 'do-not-want', anchors: ['dont', 'not', 'longer', 'never'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:dont|do not|no longer|never) (?:want|wish|need|like) (?:to (?:get|receive|have) )?${DETERMINER}(?:\\w+ )?${MESSAGES}\\b|\\b(?:dont|do not|no longer) (?:(?:(?:want|wish|need) to|wanna) (?:get|receive|keep getting|keep receiving) (?:these|those|them|this|any|anything|any of (?:these|this|them))|(?:want|wanna|need) (?:to see )?(?:these|those) (?:anymore|any more|no more))${END}`) },
  // An earlier request, repeated: "I already told you to stop!", "I said stop", "I asked you not to text me".
  { name: 'told-you-to-stop', anchors: ['told', 'asked', 'stop'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:told|asked) (?:you|u|yall|you guys|you people) (?:to stop(?: (?:\\d+|two|three|many|so many|multiple) times)?|not to (?:text|message|contact|call) me)${END}|\\bi said stop${END}`) },
  { name: 'leave-me-alone', anchors: ['alone', 'away', 'lost', 'off'], intent: 'opt-out', language: 'en', pattern: /\b(?:leave me alone|go away|get lost|fuck off|piss off)\b/ },
  { name: 'not-interested', anchors: ['interested'], intent: 'opt-out', language: 'en', pattern: new RegExp(`^(?:i ?m |i am |im )?not interested(?: anymore| any more)?${END}`) },
  { name: 'wrong-number', anchors: ['wrong'], intent: 'opt-out', language: 'en', pattern: /\bwrong (?:number|person|#)\b/ },
  // The number changed hands, which is a wrong number too: "John no longer has this number", "This isn't
  // Maria's number anymore", "This is not my number" (not "this isn't my order number").
  { name: 'not-their-number', anchors: ['longer', 'not', 'doesnt', 'dont', 'isnt'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:no longer|not) (?:has|have|uses|use|owns|own) this (?:phone |cell )?number\\b|\\b(?:doesnt|does not|dont|do not) (?:have|use|own) this (?:phone |cell )?number (?:anymore|any more|now)\\b|\\b(?:this|it|its) (?:isnt|is not|s not|is no longer|s no longer|not) ${SOMEONES_NUMBER}\\b`) },
  // ...and the request about the former owner: "This was my dad's number, he passed away. Please remove it.",
  // "remove his number", "remove her from your list" (take-me-off has "take her off your list"). "Remove it"
  // alone could be anything in a cart.
  { name: 'remove-their-number', anchors: ['remove', 'delete', 'erase'], intent: 'opt-out', language: 'en', pattern: new RegExp(`${SOMEONES_NUMBER_FIRST}\\b.*\\b(?:remove|delete|erase) (?:it|this|that)(?: from (?:your|the|this|ur) (?:\\w+ )?(?:list|system|database|records))?${END}|\\b(?:remove|delete|erase) (?:his|her|their) (?:phone |cell )?number\\b|\\b(?:remove|delete|erase) (?:him|her) (?:off|from) (?:your|the|this|ur|all) (?:\\w+ )?lists?\\b`) },
  // "I revoke my consent", "I withdraw consent", "I do not consent (to these texts)" (not "...to the new fee").
  { name: 'revoke-consent', anchors: ['revoke', 'withdraw', 'retract', 'consent'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:revoke|withdraw|retract) (?:my |all )?(?:consent|permission|subscription|authorization)\\b|^i revoke\\b|\\b(?:do not|dont|no longer) consent(?:${END}| to (?:${DETERMINER}${MESSAGES}|being (?:texted|contacted|messaged)|receiving|this)\\b)`) },
  { name: 'sign-me-out', anchors: ['out'], intent: 'opt-out', language: 'en', pattern: new RegExp(`^(?:please )?(?:sign|count|opt|take) me out${END}`) },
  // Spanish opt-out
  // "No me envíen más", "No me manden mensajes", "Ya no me escriban": a negative imperative (subjunctive:
  // envíen, not the indicative envían of "¿ya no me envían el cupón?") with "más", with the messages, or
  // after "ya no" (no longer).
  { name: 'es-no-enviar', anchors: ES_SEND_IMPERATIVES, intent: 'opt-out', language: 'es', pattern: new RegExp(`\\bno (?:me |nos )?${ES_SEND_IMPERATIVE} (?:mas|nunca|nada)\\b|\\bno (?:me |nos )?${ES_SEND_IMPERATIVE} (?:mas )?(?:sus |tus |los |estos |esos )?${MESMS}\\b|\\bya no (?:me |nos )?${ES_SEND_IMPERATIVE}${ES_END}`) },
  // "Basta de mensajes", "¡Ya basta con los mensajes!", "Basta ya de spam" (not "¿basta con mostrar el cupón?").
  { name: 'es-basta', anchors: ['basta', 'suficiente'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\b(?:basta|suficiente) (?:ya )?(?:de|con) (?:tantos |los |tus |sus |estos |esos )?(?:${MESMS}|molestar|molestarme)\\b`) },
  // "No me interesa", "Ya no me interesa, gracias", "No me interesan sus mensajes" as the whole message,
  // like English "not interested"; "No me interesa el rojo, ¿tienen azul?" is about something else.
  { name: 'es-no-me-interesa', anchors: ['interesa', 'interesan', 'interesado', 'interesada'], intent: 'opt-out', language: 'es', pattern: new RegExp(`^(?:ya )?no (?:me interesan?|estoy interesad[oa])(?: (?:sus|tus|los|estos|esos) ${MESMS})?${ES_END}`) },
  { name: 'es-dejenme-en-paz', anchors: ['paz'], intent: 'opt-out', language: 'es', pattern: /\b(?:dejenme|dejeme|dejame|dejennos) en paz\b/ },
  { name: 'es-no-mas', anchors: ['mas'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\bno mas ${MESMS}\\b`) },
  { name: 'es-no-quiero', anchors: ['quiero', 'deseo'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\b(?:ya no|no) (?:quiero|deseo) (?:recibir |seguir recibiendo )?(?:mas )?(?:sus |tus |los |estos |esos )?${MESMS}\\b`) },
  { name: 'es-dar-de-baja', anchors: ['baja'], intent: 'opt-out', language: 'es', pattern: /\b(?:dar|darme|dame|denme|deme|darse|doy) de baja\b/ },
  { name: 'es-quitenme', anchors: ['quitenme', 'quiteme', 'quitame', 'quitarme', 'saquenme', 'saqueme', 'sacame', 'sacarme', 'borrenme', 'borreme', 'borrarme', 'eliminenme', 'elimineme', 'eliminarme', 'borren', 'borrar', 'eliminen', 'eliminar', 'quiten', 'quitar', 'borra', 'elimina'], intent: 'opt-out', language: 'es', pattern: /\b(?:quitenme|quiteme|quitame|quitarme|saquenme|saqueme|sacame|sacarme|borrenme|borreme|borrarme|eliminenme|elimineme|eliminarme)\b|\b(?:borren|borrar|eliminen|eliminar|quiten|quitar|borra|elimina) (?:mi|este) (?:numero|telefono|celular)\b/ },
  // "Dejen de enviarme mensajes", "Para de escribirme", "Paren de molestar": stop + de + a verb of sending.
  { name: 'es-dejen-de', anchors: ['dejen', 'deje', 'deja', 'dejar', 'paren', 'pare', 'para', 'parar'], intent: 'opt-out', language: 'es', pattern: /\b(?:dejen|deje|deja|dejar|paren|pare|para|parar) de (?:enviar|mandar|escribir|contactar|molestar|llamar|textear)(?:me|nos)?\b/ },
  { name: 'es-paren', anchors: ['paren', 'pare', 'para', 'detengan', 'detenga', 'cancelen', 'cancele', 'cancelar'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\b(?:paren|pare|para|detengan|detenga|cancelen|cancele|cancelar) (?:los |estos |sus |de enviar )?${MESMS}\\b`) },
  { name: 'es-cancelar-suscripcion', anchors: ['suscripcion', 'subscripcion'], intent: 'opt-out', language: 'es', pattern: /\b(?:cancelar|cancelen|cancela|anular|terminar) (?:mi |la )?(?:suscripcion|subscripcion)\b/ },
  { name: 'es-desuscribir', anchors: ['desuscribir', 'desuscribirme', 'desuscribanme', 'desuscribeme', 'desinscribirme'], intent: 'opt-out', language: 'es', pattern: /\b(?:desuscribir|desuscribirme|desuscribanme|desuscribeme|desinscribirme)\b/ },
  { name: 'es-numero-equivocado', anchors: ['equivocado'], intent: 'opt-out', language: 'es', pattern: /\bnumero equivocado\b/ },
  // French opt-out
  // "Arrêtez de m'envoyer des SMS", "Arrête de me déranger", "Arrêtez les messages".
  { name: 'fr-arretez-de', anchors: ['arretez', 'arrete', 'arreter', 'cessez', 'cesse', 'cesser'], intent: 'opt-out', language: 'fr', pattern: new RegExp(`\\b(?:arretez|arrete|arreter|cessez|cesse|cesser) (?:de |d )?(?:me |m |nous )?${FR_SEND_VERB}\\b|\\b(?:arretez|arrete|cessez) (?:les |vos |ces |tous ces |toutes ces )?${FR_MESSAGES}\\b`) },
  // The "ne ... plus" family: "Ne m'écrivez plus", "Ne me contactez plus", "Merci de ne plus me contacter",
  // "Veuillez ne plus m'envoyer de SMS". An imperative has no subject: "vous ne m'écrivez plus ?" and "je ne
  // reçois plus vos SMS" complain that messages stopped.
  { name: 'fr-ne-plus', anchors: ['plus'], intent: 'opt-out', language: 'fr', pattern: new RegExp(`(?<!\\b(?:vous|tu|on|il|elle|ils|elles) )\\bne (?:me |m |nous )?(?:envoyez|ecrivez|contactez|appelez|derangez|textez|sollicitez|harcelez|envoie|ecris|contacte|appelle|derange|envoyer|ecrire) plus\\b|\\bne plus (?:me |m |nous )?(?:${FR_SEND_VERB}|recevoir|etre (?:contacte|contactee|derange|derangee|sollicite|sollicitee))\\b`) },
  { name: 'fr-ne-veux-plus', anchors: ['plus'], intent: 'opt-out', language: 'fr', pattern: /\b(?:je )?ne (?:veux|souhaite|desire) plus (?:recevoir|de|d|vos|ces|les|etre)\b/ },
  // "Retirez-moi de votre liste", "Supprimez mon numéro", "Veuillez me retirer de votre liste" (not "me
  // sortir de la liste d'attente", the waiting list).
  { name: 'fr-retirez-moi', anchors: ['retirez', 'supprimez', 'enlevez', 'effacez', 'desinscrivez', 'desabonnez', 'radiez', 'sortez', 'retirer', 'enlever', 'radier', 'sortir', 'supprimer', 'effacer'], intent: 'opt-out', language: 'fr', pattern: /\b(?:retirez|supprimez|enlevez|effacez|desinscrivez|desabonnez|radiez|sortez) (?:moi|mon numero|mon num)\b|\b(?:me|m) (?:retirer|enlever|radier|sortir|supprimer|effacer) (?:de|du|des) (?:votre |vos |la |cette |ces |tous vos |toutes vos )?(?:listes?|fichiers?|bases?|envois|contacts)\b(?! d attente)/ },
  { name: 'fr-desabonner', anchors: ['desabonner', 'desinscrire', 'desabonnement', 'desinscription'], intent: 'opt-out', language: 'fr', pattern: /\b(?:desabonner|desinscrire|desabonnement|desinscription)\b/ },
  { name: 'fr-plus-de', anchors: ['plus', 'pas'], intent: 'opt-out', language: 'fr', pattern: new RegExp(`^(?:plus de|pas de) ${FR_MESSAGES}(?: (?:svp|merci|s il vous plait|stp))*$`) },
  // "Ça ne m'intéresse pas", "Pas intéressé, merci" as the whole message, like English "not interested".
  { name: 'fr-pas-interesse', anchors: ['interesse', 'interessee', 'interesses'], intent: 'opt-out', language: 'fr', pattern: new RegExp(`^(?:(?:ca|cela) )?ne m interesse (?:pas|plus)${FR_END}|^(?:je ne suis )?pas interesse(?:e|s)?${FR_END}`) },
  { name: 'fr-laissez-moi', anchors: ['tranquille'], intent: 'opt-out', language: 'fr', pattern: /\blaisse[zr]? moi tranquille\b/ },
  { name: 'fr-mauvais-numero', anchors: ['numero'], intent: 'opt-out', language: 'fr', pattern: /\b(?:mauvais|faux) numero\b|\bnumero errone\b/ },
  // Opt-in
  { name: 'sign-me-up', anchors: ['me'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:please |yes )?(?:sign|opt|count|put) me (?:up|in|back in)${END}`) },
  { name: 'want-to-join', anchors: ['join', 'subscribe', 'sign', 'opt', 'resubscribe'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:i )?(?:want to|wanna|would like to|d like to|id like to) (?:join|subscribe|sign up|opt in|resubscribe)${END}`) },
  { name: 'start-again', anchors: ['again', 'over', 'me'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:start|subscribe|resubscribe) (?:again|over|me)${END}`) },
  { name: 'again', intent: 'opt-in', language: 'en', anchors: ['again', 'back', 'resume'], pattern: /\bsign me back up\b|^(?:yes |please )*(?:(?:i|id) (?:want|d like|like|would like|wanna) to )?(?:start (?:getting|receiving)|receive|get|resume)\b.*\bagain\b|^resume(?: my)? (?:messages|texts|alerts|deals)\b/ },
  // "Add me back to the list", "Put me back on your mailing list", "Can you add me to your text list?",
  // "I want to be added back" (not "add me to the waitlist", "add me back on Instagram").
  { name: 'add-me-back', anchors: ['add', 'put', 'readd', 'added'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:please |pls |yes |can you |could you |would you )*(?:re ?add me|(?:add|put) me back(?: (?:on|to|in|into) ${SUBSCRIBER_LIST})?(?: in)?|(?:add|put) me (?:on|to|in|into) ${SUBSCRIBER_LIST})${END}|\\b(?:want|like|wish) to be (?:added|put) (?:back|(?:on|to) ${SUBSCRIBER_LIST})\\b`) },
  { name: 'es-suscribirme', anchors: ['quiero', 'deseo'], intent: 'opt-in', language: 'es', pattern: /^(?:si )?(?:quiero|deseo) (?:suscribirme|unirme|inscribirme|recibir mensajes)$/ },
  { name: 'fr-abonner', anchors: ['je'], intent: 'opt-in', language: 'fr', pattern: /^(?:oui )?je (?:veux|souhaite) (?:m abonner|m inscrire|recevoir vos messages)$/ },
  // Help
  { name: 'need-help', anchors: ['help'], intent: 'help', language: 'en', pattern: new RegExp(`^(?:i )?need help${END}|^help me${END}|^help (?:please|pls)$`) },
  { name: 'what-is-this', anchors: ['this'], intent: 'help', language: 'en', pattern: new RegExp(`^(?:(?:what|who) is|whats|whos) this(?: number| for| about| from)?${END}`) },
  // Who is sending: "What company is this?", "Who are you?", "What are these texts for?", "Who sent this?"
  // (not "What company makes this blender?", "Who are you voting for").
  { name: 'who-is-texting', anchors: ['company', 'business', 'store', 'brand', 'program', 'service', 'organization', 'are', 'r', 'sent', 'sending'], intent: 'help', language: 'en', pattern: new RegExp(`^(?:(?:what|which) (?:company|business|store|brand|program|service|organization) (?:is (?:this|that|texting me)|are you)(?: from)?|who (?:are|r) (?:you|u|yall|you guys|you people)|what (?:are|r) (?:these|those|the|your|all these) ${MESSAGES} (?:for|about)|who (?:sent|is sending|s sending) (?:me )?(?:this|these|that))${END}`) },
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

/**
 * Words that may stand between a negation and the phrase it turns around ("don't WANT TO unsubscribe",
 * "no QUIERO darme de baja", "ne veux pas ME désabonner"). Any other word ends the negation's reach:
 * "I never signed up, stop texting me".
 */
export const NEGATION_BRIDGES: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['want', 'wanna', 'to', 'ever', 'even', 'please', 'pls', 'you', 'u', 'just', 'really', 'wish', 'need', 'like', 'mean', 'going', 'gonna', 'dare', 'i', 'me']),
  es: new Set(['quiero', 'quiere', 'queremos', 'quisiera', 'deseo', 'me', 'te', 'se', 'nos', 'les', 'le', 'voy', 'vamos', 'a']),
  fr: new Set(['me', 'm', 'te', 'vous', 'nous', 'veux', 'voulons', 'souhaite', 'vais', 'allons', 'de', 'd']),
};
