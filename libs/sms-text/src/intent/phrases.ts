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
  /**
   * Words of which the normalized text must contain one for the pattern to be worth trying; or, for the
   * words in `leading`, begin with one (patterns written from the start of the message, "^sign me up",
   * anchored where common words like "me" would cue them in nearly every text). Either one will do.
   */
  anchors: readonly string[];
  leading?: readonly string[];
  /** Words of which the text must also contain one: "stop the ..." needs the messages named. */
  alsoNeeds?: readonly string[];
}

const MESSAGES = '(?:texts?|txts?|messages?|msgs?|sms|alerts?|notifications?|spam|promos?|promotions?|offers?|ads|marketing|crap|stuff|shit)';
const DETERMINER = '(?:(?:the|these|this|those|your|ur|all|all the|all these|all of these|all of your|any|any more|anymore|more|such) )?';
const SEND_VERB = '(?:text|txt|texting|txting|message|messaging|msg|msging|sms|send|sending|contact|contacting|call|calling|email|emailing|spam|spamming|bother|bothering|harass|harassing|bug|bugging|hit me up)';
const END = '(?: (?:please|pls|plz|now|thanks|thank you|again|anymore|any more|ever|asap|immediately|already))*$';
const MESMS = '(?:mensajes|mensajitos|mensaje|msjs|msj|textos|sms|promociones|publicidad|spam|nada)';
/**
 * Spanish negative imperatives (usted, ustedes, tú; Spain's vosotros) of the verbs of sending: "no me envíen",
 * "no me escribas", "no me enviéis más".
 */
const ES_SEND_IMPERATIVES = ['envien', 'envie', 'envies', 'envieis', 'manden', 'mande', 'mandes', 'mandeis', 'escriban', 'escriba', 'escribas', 'escribais', 'contacten', 'contacte', 'contactes', 'contacteis', 'molesten', 'moleste', 'molestes', 'molesteis', 'llamen', 'llame', 'llameis'];
const ES_SEND_IMPERATIVE = `(?:${ES_SEND_IMPERATIVES.join('|')})`;
/** Polite or emphatic words that may close a Spanish or French request ("no me interesa, gracias"). */
const ES_END = '(?: (?:gracias|por favor|porfa|ya|mas|nada))*$';
const FR_END = '(?: (?:merci|svp|stp|s il vous plait|du tout))*$';
/** Where a Spanish clause ends without punctuation: "nunca me suscribí, dejen de escribirme". */
const ES_CLAUSE_END = '(?=$| (?:y|pero|por|porfa|dejen|quien|como|de donde|no|ya|gracias|paren|basta|a esto|nunca)\\b)';
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
const SUBSCRIBER_LIST = '(?:the|your|ur|this) (?:(?:mailing|text|texting|sms|vip|deals|deal|offers|promo|promos|coupon|coupons|rewards|alerts|marketing) )?(?:list|texts|messages|program|alerts)';
/** Who is added back: the sender, or the number. */
const ADDED = '(?:me|my (?:phone |cell )?number|this (?:phone |cell )?number)';
const FR_MESSAGES = '(?:sms|messages?|textos?|pubs?|publicites?|notifications?)';
/** Words people put between "the" and "texts" when they are fed up: "stop the damn texts", "no more stupid ads". */
/** How a refusal may open: "No thanks, not interested", "Sorry, not interested". */
const DECLINE = '(?:(?:no|nah|nope|no thanks|no thank you|sorry|thanks but|thank you but|but) )*';
const EMPHASIS = '(?:(?:damn|dam|darn|dang|fucking|fuckin|fking|fkn|fcking|freaking|freakin|frickin|friggin|effing|bloody|stupid|annoying|constant|endless|nonstop|daily|promotional|promo|marketing|spam|spammy|automated|random|junk) )?';
/** What a sender offers, which people name when they no longer want it: "I don't want your deals anymore". */
const OFFERS = '(?:deals|coupons|discounts|specials|sales|updates|reminders|newsletters)';
/** First person, now or about to: "I'll", "I am going to", "imma". */
const I_WILL = '(?:(?:i ll|ill|i will|we ll|we will|i shall)(?: be)?|i m going to|im going to|i am going to|im gonna|i m gonna|imma|ima|we are going to|i am|i m|im|we are|were)';
/** The words after a bare "this" or "these" that start a new clause, so "I never signed up for this, stop" is one request and "...for this card" is not. */
const CLAUSE_END = '(?=$| (?:and|so|but|please|pls|plz|stop|remove|take|unsubscribe|who|how|why|what|i|im|you|u|dont|never|thanks|thank|ok|lol|wtf|wth|seriously|ever|at all|whatsoever|anymore|any more)\\b)';
/** What someone never asked for: "this", "these texts", "your list", "anything". */
const NEVER_ASKED_FOR = `(?:(?:this|these|that|it|them|anything|any of (?:this|these|it))${CLAUSE_END}|(?:this|these|your|ur|the|any|those) (?:\\w+ )?(?:texts|messages|alerts|list|program|service|crap|stuff|spam)\\b|(?:to )?(?:receive|get|getting|receiving) (?:these|this|them|texts|messages|your texts)\\b|(?:texts|messages|text messages)\\b)`;

/** The words of MESSAGES, for alsoNeeds: "stop the ..." is only worth trying with one of them in the text. */
const MESSAGE_WORDS: readonly string[] = ['texts', 'text', 'txts', 'txt', 'messages', 'message', 'msgs', 'msg', 'sms', 'alerts', 'alert', 'notifications', 'notification', 'spam', 'promos', 'promo', 'promotions', 'promotion', 'offers', 'offer', 'ads', 'marketing', 'crap', 'stuff', 'shit'];
const SEND_WORDS: readonly string[] = ['text', 'txt', 'texting', 'txting', 'message', 'messaging', 'msg', 'msging', 'sms', 'send', 'sending', 'contact', 'contacting', 'call', 'calling', 'email', 'emailing', 'spam', 'spamming', 'bother', 'bothering', 'harass', 'harassing', 'bug', 'bugging', 'hit'];
/** What "who is texting" questions name: the sender, or the messages. */
const WHO_IS_TEXTING_WORDS: readonly string[] = ['company', 'business', 'store', 'brand', 'program', 'service', 'organization', 'you', 'u', 'yall', 'guys', 'people', 'sent', 'sending', ...MESSAGE_WORDS];
const SPANISH_MESSAGE_WORDS: readonly string[] = ['mensajes', 'mensajitos', 'mensaje', 'msjs', 'msj', 'textos', 'sms', 'promociones', 'publicidad', 'spam', 'nada'];
/** "dejen de enviarme", "paren de escribir", "dejar de recibir": the verbs after "de", with their pronouns. */
const ES_STOP_DOING_WORDS: readonly string[] = [
  ...['enviar', 'mandar', 'escribir', 'contactar', 'molestar', 'llamar', 'textear', 'acosar'].flatMap((verb) => [verb, `${verb}me`, `${verb}nos`]),
  'recibir',
];

export const PHRASES: readonly Phrase[] = [
  // English opt-out
  { name: 'stop-sending', anchors: ['stop', 'quit', 'cease'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:stop|quit|cease) (?:\\w+ )?${SEND_VERB}\\b(?! (?:by|in|at|over)\\b)`) },
  { name: 'stop-messages', anchors: ['stop', 'quit', 'end', 'cancel', 'pause', 'block'], alsoNeeds: MESSAGE_WORDS, intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:stop|quit|end|cancel|pause|block) (?:with )?${DETERMINER}${EMPHASIS}${MESSAGES}\\b`) },
  { name: 'cancel-subscription', anchors: ['subscription', 'sub', 'membership'], alsoNeeds: ['cancel', 'end', 'stop', 'terminate', 'quit'], intent: 'opt-out', language: 'en', pattern: /\b(?:cancel|end|stop|terminate|quit) (?:my |the |this |your |ur )?(?:subscription|sub|membership)\b/ },
  { name: 'stop-receiving', anchors: ['stop'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\bstop (?:receiving|getting) ${DETERMINER}(?:\\w+ )?${MESSAGES}\\b`) },
  // The legal formula, and "cease" / "desist" with what is to end ("cease all texts", "desist from texting
  // me"), but not a letter or order someone received ("I got a cease and desist letter").
  { name: 'cease-and-desist', anchors: ['cease', 'desist'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\bcease and desist\\b(?! (?:letters?|orders?|notices?)\\b)|\\b(?:cease|desist) (?:from |with )?${DETERMINER}(?:contact|contacting|communications?|correspondence|${MESSAGES}|text messages|texting|messaging)\\b|^(?:please )?cease${END}`) },
  // "stop it" (them, these ...) at the start or after please/just/ok, also inside a longer text ("Stop it. I don't shop there.");
  // "stop this" and "stop now" only as the whole message. The same order as a sentence of a longer text
  // ("Why do you keep texting me? Stop it.") is keywordSentence's.
  { name: 'stop-it', anchors: ['stop'], intent: 'opt-out', language: 'en', pattern: new RegExp(`(?:^|\\b(?:please|pls|just|ok|okay) )stop (?:it|that|them|these)\\b|^(?:please |pls |just )?stop (?:this|now)${END}`) },
  // Its synonyms, as the whole message: "Quit it", "Knock it off", "Cut it out already".
  { name: 'quit-it', anchors: [], leading: ['please', 'pls', 'just', 'quit', 'knock', 'cut'], intent: 'opt-out', language: 'en', pattern: new RegExp(`^(?:please |pls |just )?(?:quit it|knock it off|cut it out)${END}`) },
  // "Make it stop", "I want them to stop", and with the messages named, as the end of the message: "I want
  // these texts to stop", "These messages need to stop" (not "...need to stop coming before 8am").
  { name: 'make-it-stop', intent: 'opt-out', language: 'en', anchors: ['stop'], pattern: new RegExp(`\\b(?:make (?:it|them|this|these) stop|want (?:it|them|this|these|you) to stop)\\b|\\b(?:want|need) ${DETERMINER}${MESSAGES} to stop${END}|\\b(?:these|the|your|this|all these|all the|all of these|all your) ${MESSAGES} (?:need|needs|have|has|got) to stop${END}`) },
  // A threat that leaves no doubt: "Stop or I will report you", "stop now or I'm calling my lawyer".
  { name: 'stop-or-else', intent: 'opt-out', language: 'en', anchors: ['stop'], pattern: /\bstop(?: it| now| this)? or (?:else|(?:i ll|ill|i will|i m going to|im going to|i am going to|im gonna|i m gonna|we ll|well|i shall) (?:report|block|sue|call|file|contact)|(?:im|i m|i am) (?:reporting|blocking|suing|calling|contacting))\b/ },
  // A legal threat is a revocation whatever its wording (FCC 24-18: "any reasonable manner"): "I will sue",
  // "I'm reporting you to the FCC", "Reported as spam", "I'll file a complaint with the FTC", "this violates the TCPA", "I'm on
  // the do not call list", "I'm calling my lawyer". The threat must aim at the sender: "I'll report this to
  // my manager", "I'm filing a complaint about my order" and "I will sue the landlord" are other matters.
  { name: 'legal-threat', intent: 'opt-out', language: 'en', anchors: ['sue', 'suing', 'report', 'reporting', 'reported', 'flagged', 'flagging', 'file', 'filing', 'legal', 'lawyer', 'attorney', 'lawyers', 'attorneys', 'tcpa', 'violate', 'violates', 'violated', 'violating', 'violation', 'registry', 'register', 'list'], pattern: new RegExp(`\\b(?:reported|reporting|flagged|flagging) (?:you |u |this |this number |it |these |these texts |your number )?(?:as spam|as junk|to (?:the )?(?:fcc|ftc|attorney general|bbb|better business bureau))\\b|\\b${I_WILL} (?:sue|suing)(?: (?:you|u|yall|you guys|you people|your company|this company))?(?=$| (?:if|unless|for|and|under|over|because|you|u)\\b)|\\b${I_WILL} (?:report|reporting) (?:you|u|yall|you guys|you people|your company|this company|this number|your number)\\b|\\b${I_WILL} (?:report|reporting) (?:this|it|these|these texts|these messages|this text) (?:to (?:the )?(?:fcc|ftc|attorney general|bbb|better business bureau|authorities|police|my carrier)|as spam)\\b|\\b${I_WILL} (?:file|filing) (?:a )?(?:complaint|report) (?:with|to) (?:the )?(?:fcc|ftc|attorney general|bbb|better business bureau|my carrier)\\b|\\b${I_WILL} (?:file|filing) (?:a )?lawsuit\\b|\\b${I_WILL} (?:take|taking|pursue|pursuing) legal action\\b|\\b${I_WILL} (?:contact|contacting|call|calling|get|getting|talk to|talking to|speak with|speaking with) (?:my|a|an) (?:lawyer|attorney|lawyers|attorneys)\\b|\\b(?:violate|violates|violated|violating|violation of|in violation of) (?:the )?(?:tcpa|telephone consumer protection act|fcc (?:rules|regulations))\\b|\\btcpa violations?\\b|\\b(?:on|to) (?:the |your |ur )?(?:national |federal )?(?:do not|dont|dnc) (?:call|text|contact) (?:list|registry|register)\\b`) },
  // The same threat made conditional on another text: "If you text me again I'll block you", "text me one
  // more time and I'm calling my lawyer", "One more text and I report you". A bare "if you text me again"
  // promises nothing ("if you text me again with the code I'll use it").
  { name: 'threat-if-contacted', intent: 'opt-out', language: 'en', anchors: ['sue', 'report', 'reporting', 'block', 'blocking', 'lawyer', 'attorney', 'fcc', 'ftc', 'police', 'complaint', 'legal', 'court'], pattern: new RegExp(`\\bif (?:you|u|yall) (?:ever )?(?:text|txt|message|msg|contact|call|spam|send|bother|email) (?:me|this number|my number|my phone)?\\b.{0,30}?\\b(?:again|one more time|anymore|any more)\\b.{0,40}?\\b(?:sue|report|reporting|block|blocking|lawyer|attorney|fcc|ftc|police|complaint|legal|court)\\b|\\bnext time (?:you|u|yall) (?:text|txt|message|msg|contact|call|spam|send|bother|email) (?:me|this number|my number|my phone)\\b.{0,40}?\\b(?:sue|report|reporting|block|blocking|lawyer|attorney|fcc|ftc|police|complaint|legal|court)\\b|\\b(?:text|txt|message|msg|contact|call|spam) (?:me|this number) (?:again|one more time) (?:and|&) .{0,40}?\\b(?:sue|report|reporting|block|blocking|lawyer|attorney|fcc|ftc|police|complaint|legal|court)\\b|\\bone more (?:text|message|msg|txt|sms) (?:and|&) .{0,40}?\\b(?:sue|report|reporting|block|blocking|lawyer|attorney|fcc|ftc|police|complaint|legal|court)\\b`) },
  // "This is harassment", "You're harassing me", "Stop harassing me" (stop-sending has that one too).
  { name: 'harassment', intent: 'opt-out', language: 'en', anchors: ['harassment', 'harassing', 'harrassment', 'harrassing'], pattern: /\b(?:this is|thats|that s|its|it s|this s|this is straight up|this is literally) (?:harassment|harrassment)\b|\b(?:you|u) (?:are|re|r) (?:harassing|harrassing) me\b/ },
  // "I want out", "enough with the texts", "lose my number", "I'm done with these texts", and with the
  // texts unnamed, "I'm done with these" or "Done with you guys" where a clause ends (not "are you done
  // with this?", "I'm done with this order").
  { name: 'want-out', intent: 'opt-out', language: 'en', anchors: ['out', 'enough', 'lose', 'done', 'nothing'], pattern: new RegExp(`\\bi (?:want|wanna) out\\b|\\bi (?:want|wanna) nothing to do with (?:this|these|you|your (?:company|store|texts|messages|program))\\b|\\benough (?:with )?${DETERMINER}${EMPHASIS}${MESSAGES}\\b|\\blose my (?:phone )?(?:number|numbr|num|#)\\b|\\b(?:i ?m|i am|im) (?:so |totally |completely |officially )?done with ${DETERMINER}${EMPHASIS}${MESSAGES}\\b|(?:^|\\b(?:i ?m|i am|im) (?:so |totally |completely |officially )?)done with (?:these|this|them|you|you guys|yall|you people|your (?:company|store|texts|messages))${CLAUSE_END}`) },
  { name: 'want-to-stop', anchors: ['stop', 'cancel', 'quit', 'end', 'block'], alsoNeeds: ['want', 'wanna', 'like', 'need', 'how'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:want to|wanna|like to|need to|how (?:do|can) i|how to) (?:stop|cancel|quit|end|block)(?: (?:this|these|it|them|texts?|messages?|the texts|the messages|these texts|these messages|subscription|my subscription|this number|you))?${END}`) },
  { name: 'unsubscribe', anchors: ['unsubscribe', 'unsub', 'unsubscibe', 'unsubcribe', 'unsubsribe', 'unsubscrib', 'unsubscirbe', 'unsubscrbe', 'unsuscribe'], intent: 'opt-out', language: 'en', pattern: /\bunsub(?:scribe|scibe|cribe|sribe|scrib|scirbe|scrbe)?\b|\bunsuscribe\b/ },
  { name: 'opt-out', anchors: ['opt', 'optout'], intent: 'opt-out', language: 'en', pattern: /\b(?:opt (?:me )?out|optout|opt me off)\b/ },
  // "Remove me", "delete my number", "erase my data", "unenroll me", "remove my son from your list"; a
  // child's or an account's removal needs the list or the end of a clause ("remove my son from the order").
  { name: 'remove-me', anchors: ['remove', 'delete', 'erase', 'unenroll', 'unenrol', 'disenroll'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:remove|delete|erase|unenroll|unenrol|disenroll) (?:me|(?:all )?(?:of )?my (?:phone )?(?:number|numbr|num|no|#|info|information|details|data)|(?:all )?(?:of )?my (?:personal|contact) (?:data|info|information|details)|this (?:phone )?number)\\b(?! (?:to|as)\\b)|\\b(?:remove|delete|erase|unenroll|unenrol|disenroll) (?:my (?:\\w+ )?(?:son|daughter|kid|kids|child|children|husband|wife|mom|mother|dad|father)|my (?:account|profile))(?: (?:from|off) (?:this|these|the|your|ur|all) (?:\\w+ )?(?:list|lists|texts|messages|program|alerts|system|database)\\b|${CLAUSE_END})`) },
  // The passive: "I want to be removed from your list", "I'd like to be removed", "I wish to be unsubscribed",
  // and the bare "Remove from list" (not "...to be removed from my order").
  { name: 'want-to-be-removed', anchors: ['removed', 'unsubscribed', 'taken', 'opted', 'deleted', 'dropped', 'list'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:want|wanna|like|wish|need|ask|asking) to be (?:removed|taken off|unsubscribed|opted out|deleted|dropped)(?: (?:from|off) ${DETERMINER}(?:\\w+ )?(?:list|lists|texts|messages|program|system|database))?${END}|^(?:please |pls )?(?:remove|delete|unsubscribe) (?:from|off) (?:the |your |this |ur )?(?:\\w+ )?list${END}`) },
  { name: 'take-me-off', anchors: ['take', 'get', 'cross', 'drop'], alsoNeeds: ['me', 'number', 'off'], intent: 'opt-out', language: 'en', pattern: /\b(?:take|get|cross|drop) (?:me|my (?:phone )?number|this number) (?:off|of|from)\b|\b(?:take|get|drop) (?:him|her|them|us|my (?:\w+ )?(?:son|daughter|kid|kids|child|children|husband|wife|mom|mother|dad|father)) off (?:your|the|this|ur|all) (?:\w+ )?(?:lists?|texts|program)\b/ },
  { name: 'off-the-list', anchors: ['list'], alsoNeeds: ['off'], intent: 'opt-out', language: 'en', pattern: /\boff (?:your|the|this|ur) (?:mailing |texting |sms |text )?list\b/ },
  { name: 'no-more', anchors: ['more'], alsoNeeds: ['no'], intent: 'opt-out', language: 'en', pattern: new RegExp(`(?:^(?:please |pls )?no more${END}|\\bno more ${DETERMINER}${EMPHASIS}${MESSAGES}\\b)`) },
  { name: 'do-not-contact', anchors: ['dont', 'not', 'never', 'quit', 'stop'], alsoNeeds: SEND_WORDS, intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:dont|do not|never|quit|stop) (?:ever |even |you dare )?${SEND_VERB} (?:me|this number|my number|my phone)\\b`) },
  { name: 'do-not-send', anchors: ['dont', 'not', 'never'], alsoNeeds: ['send'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:dont|do not|never) send (?:me )?(?:any ?more|more|anything|any)\\b`) },
  // "I don't want these texts"; and without the noun, "I don't want to get these anymore", "I don't want
  // these anymore": with a verb of receiving, or with "anymore", since "I don't want these shoes" and
  // "...them, can I return them" are about goods. What is offered takes "anymore" too ("I don't want your
  // deals anymore", not "I don't want the deals on shoes"). Being on the list or being contacted at all:
  // "I don't want to be on your text list", "I do not wish to be contacted". One pattern, so a long text is
  // scanned once.
  { name: 'do-not-want', anchors: ['dont', 'not', 'longer', 'never'], alsoNeeds: ['want', 'wish', 'need', 'like', 'wanna'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:dont|do not|no longer|never) (?:want|wish|need|like) (?:to (?:get|receive|have) )?${DETERMINER}(?:\\w+ )?${MESSAGES}\\b|\\b(?:dont|do not|no longer) (?:(?:(?:want|wish|need) to|wanna) (?:get|receive|keep getting|keep receiving) (?:these|those|them|this|any|anything|any of (?:these|this|them))|(?:want|wanna|need) (?:to see )?(?:these|those) (?:anymore|any more|no more))${END}|\\b(?:dont|do not|no longer) (?:want|need|wanna) ${DETERMINER}(?:\\w+ )?${OFFERS} (?:anymore|any more|no more)\\b|\\b(?:dont|do not|no longer|never) (?:(?:want|wish|need) to|wanna) be (?:on|in|part of|subscribed to|signed up for|enrolled in) ${DETERMINER}(?:\\w+ )?(?:list|lists|program|texts|messages|alerts)\\b|\\b(?:dont|do not|no longer|never) (?:(?:want|wish) to|wanna) be (?:contacted|texted|messaged|spammed|bothered)(?: (?:again|anymore|any more|by (?:you|u|text|texts|sms|this number)))?${END}`) },
  // An earlier request, repeated or ignored: "I already told you to stop!", "I said stop last week", "I asked
  // you not to text me", "I texted STOP twice", "I replied stop already" (not "I told you to stop by", "I
  // texted stop by mistake", "I told you to stop sending the wrong size").
  { name: 'told-you-to-stop', anchors: ['told', 'asked', 'stop', 'stopall', 'times', 'part'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:told|asked) (?:you|u|yall|you guys|you people) (?:to stop(?: (?:\\d+|two|three|many|so many|multiple) times)?|not to (?:text|message|contact|call) me)${END}|\\b(?:told|asked) (?:you|u|yall|you guys|you people) (?:to stop|not to (?:text|message|contact|call) me|to remove me|to take me off)(?: (?:already|before|yesterday|today|twice|last (?:week|month|night|time|year)|(?:\\d+|two|three|four|five|many|so many|multiple|several) (?:times|days|weeks|months) ago|(?:\\d+|two|three|four|five|many|so many|multiple|several) times))+\\b|\\bi said stop${END}|\\bhow many (?:more )?times (?:do|must|should|will|did) i (?:have to |need to |gotta )?(?:say|tell you|text|ask|reply|type|send)(?: you)?(?: to)? (?:stop|unsubscribe|remove me|no)\\b|\\bwhat part of (?:stop|no|unsubscribe|remove me|leave me alone|do not text me|dont text me)\\b|\\b(?:i|ive|i ve|i have|i had)(?: already| previously| just| even)? (?:said|texted|txted|replied|replied with|sent|typed|wrote|responded|responded with|answered) (?:you )?(?:stop|stopall|unsubscribe|optout|opt out)\\b(?! (?:by|in|at|over|to|working|for|of|sign)\\b)(?!.*\\b(?:by mistake|by accident|accidentally|on accident)\\b)`) },
  // The opt-out already sent, and ignored: "I already unsubscribed", "I opted out last month and still get
  // these", "why am I still getting these after I unsubscribed?" (not "I accidentally unsubscribed", "I
  // unsubscribed by mistake", which ask to come back).
  { name: 'already-opted-out', anchors: ['unsubscribed', 'opted', 'optedout'], intent: 'opt-out', language: 'en', pattern: /\b(?:i|ive|i ve|i have|i had)(?: already| previously| recently| even)? (?:unsubscribed|opted out|optedout|asked to be removed|asked to be taken off)\b(?! (?:by|from (?:the |your )?e ?mails?)\b)(?!.*\b(?:by mistake|by accident|accidentally|on accident|mistakenly|put me back|add me back|sign me (?:back )?up|resubscribe|again)\b)/ },
  { name: 'leave-me-alone', anchors: ['alone', 'away', 'lost', 'hell', 'fuck', 'f', 'eff', 'fk', 'fck', 'fuk', 'frick', 'buzz', 'bugger', 'sod', 'screw', 'piss'], intent: 'opt-out', language: 'en', pattern: /\b(?:leave (?:me|us|him|her|my (?:\w+ )?(?:son|daughter|kid|kids|child|children|family)) alone|go away|get lost|(?:fuck|f|eff|fk|fck|fuk|frick|buzz|bugger|sod|screw|piss) off|go to hell)\b/ },
  { name: 'not-interested', anchors: ['interested'], intent: 'opt-out', language: 'en', pattern: new RegExp(`^${DECLINE}(?:i ?m |i am |im )?not interested(?: anymore| any more)?${END}`) },
  { name: 'wrong-number', anchors: ['wrong'], intent: 'opt-out', language: 'en', pattern: /\bwrong (?:number|person|#)\b/ },
  // The number changed hands, which is a wrong number too: "John no longer has this number", "This isn't
  // Maria's number anymore", "This is not my number", "Not my number" (not "this isn't my order number").
  { name: 'not-their-number', anchors: ['number'], alsoNeeds: ['longer', 'not', 'doesnt', 'dont', 'isnt'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:no longer|not) (?:has|have|uses|use|owns|own) this (?:phone |cell )?number\\b|\\b(?:doesnt|does not|dont|do not) (?:have|use|own) this (?:phone |cell )?number (?:anymore|any more|now)\\b|(?<!\\b(?:is|was|why) )\\b(?:this|it|its) (?:isnt|is not|s not|is no longer|s no longer|not) ${SOMEONES_NUMBER}\\b|^not (?:my|his|her|their|\\w+s) (?:phone |cell )?number\\b|\\bthis (?:phone |cell )?number (?:is not|isnt|s not|is no longer|s no longer) (?:mine|his|hers|theirs|\\w+s)\\b`) },
  // A recycled number: "I just got this number", "this number was reassigned to me", "I'm the new owner of
  // this number", "No one here by that name" (not "I got this number from your ad").
  { name: 'recycled-number', anchors: ['number', 'named', 'name', 'called'], alsoNeeds: ['reassigned', 'recycled', 'transferred', 'given', 'assigned', 'recently', 'just', 'owner', 'since', 'few', 'couple', 'days', 'weeks', 'months', 'new', 'one', 'body', 'there'], intent: 'opt-out', language: 'en', pattern: /\bthis (?:phone |cell )?number (?:was|has been|got|is|s) (?:recently |just )?(?:reassigned|recycled|transferred|given to me|assigned to me)\b|\b(?:recently|just) (?:got|received|was given|was assigned|bought|switched to) this (?:phone |cell )?number\b|\b(?:new|different|current) owner of this (?:phone |cell )?number\b|\b(?:got|have had|had) this (?:phone |cell )?number (?:for )?(?:only )?(?:recently|since (?:last|january|february|march|april|may|june|july|august|september|october|november|december)|a (?:few|couple of|couple) (?:days|weeks|months)|\d+ (?:days|weeks|months))\b|\bthis (?:is|s) a (?:new|recycled|reassigned) (?:phone |cell )?number\b|\bno (?:one|body) (?:here )?(?:by that name|by the name|named \w+|called \w+)\b|\bthere (?:is|s) no \w+ (?:at|with|on) this (?:phone |cell )?number\b/ },
  // ...and the request about the former owner: "This was my dad's number, he passed away. Please remove it.",
  // "remove his number", "delete my daughter's number", "remove her from your list" (take-me-off has "take
  // her off your list"). "Remove it" alone could be anything in a cart.
  { name: 'remove-their-number', anchors: ['remove', 'delete', 'erase'], intent: 'opt-out', language: 'en', pattern: new RegExp(`${SOMEONES_NUMBER_FIRST}\\b.*\\b(?:remove|delete|erase) (?:it|this|that)(?: from (?:your|the|this|ur) (?:\\w+ )?(?:list|system|database|records))?${END}|\\b(?:remove|delete|erase) (?:his|her|their|(?:my )?\\w+s) (?:old )?(?:phone |cell )?number\\b|\\b(?:remove|delete|erase) (?:him|her|them) (?:off|from) (?:your|the|this|ur|all) (?:\\w+ )?lists?\\b`) },
  // "I revoke my consent", "I withdraw consent", "I do not consent (to these texts)" (not "...to the new fee"),
  // "You do not have my consent", "I never gave you permission".
  { name: 'revoke-consent', anchors: ['revoke', 'revoking', 'withdraw', 'withdrawing', 'retract', 'consent', 'permission'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:revoke|revoking|withdraw|withdrawing|retract) (?:my |all |any )?(?:consent|permission|subscription|authorization)\\b|^i revoke\\b|\\b(?:do not|dont|no longer) consent(?:${END}| to (?:${DETERMINER}${MESSAGES}|being (?:texted|contacted|messaged)|receiving|this)\\b)|\\b(?:you|u) (?:do not|dont|no longer) have my (?:consent|permission)\\b|\\bi (?:never|did not|didnt) (?:give|gave) (?:you |u )?(?:my )?(?:consent|permission)\\b|\\bconsent (?:is )?(?:revoked|withdrawn)\\b`) },
  // Consent never given: "I never signed up for this", "I didn't ask for these texts", "We never agreed to
  // receive texts", "I never gave you my number" (not "I never signed up for this card").
  { name: 'never-signed-up', anchors: ['never', 'didnt', 'not', 'havent'], alsoNeeds: ['signed', 'sign', 'signup', 'subscribed', 'subscribe', 'opted', 'opt', 'registered', 'register', 'asked', 'ask', 'agreed', 'agree', 'consented', 'consent', 'requested', 'request', 'wanted', 'give', 'gave'], intent: 'opt-out', language: 'en', pattern: new RegExp(`(?:^|\\b(?:i|we) )(?:never|didnt|did not|havent|have not|never ever) (?:signed up|sign up|signup|subscribed|subscribe|opted in|opt in|registered|register|asked|ask|agreed|agree|consented|consent|requested|request|wanted)(?: (?:for|to))? ${NEVER_ASKED_FOR}|\\bi (?:never|did not|didnt) (?:give|gave) (?:you|u|yall|you guys|you people) (?:my|this) (?:phone |cell )?number\\b`) },
  // Someone else's doing: "My ex signed me up without asking", "someone signed me up as a joke".
  { name: 'signed-up-by-someone-else', anchors: ['signed'], alsoNeeds: ['without', 'joke', 'prank'], intent: 'opt-out', language: 'en', pattern: /\bsigned (?:me|us|my (?:phone )?number|this number) up\b.{0,40}?\b(?:without (?:my |our )?(?:permission|consent|asking|knowledge|knowing|approval)|as a (?:joke|prank))\b/ },
  // Switching the texts off: "Deactivate my number", "turn off these alerts", "unenroll me from the program",
  // "I want to unenroll" (not "how do I turn off notifications in the app?").
  { name: 'turn-off', anchors: ['deactivate', 'disable', 'turn', 'switch', 'shut', 'mute', 'silence', 'unenroll', 'unenrol', 'disenroll', 'enroll'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b(?:deactivate|disable|turn off|switch off|shut off|mute|silence) (?:me|my (?:phone |cell )?number|this (?:phone |cell )?number|(?:my |the |these |this |all |your |ur |all the |all these |all of the )?${EMPHASIS}(?:text |sms )?(?:texts|messages|alerts|notifications|subscription|texting|sms|text alerts|text messages))\\b(?! (?:in|on|from) (?:the |your |my )?app\\b)|\\bdeactivate (?:my |this )?account\\b|\\b(?:unenroll|unenrol|disenroll|un enroll)(?: me)? from (?:this|these|the|your|ur|all) (?:\\w+ )?(?:texts|messages|alerts|list|program|service|notifications)\\b|^(?:please |pls )?(?:deactivate|unenroll|unenrol|disenroll|un enroll)(?: me)?${END}|\\b(?:want|wish|like|need) to (?:deactivate|unenroll|unenrol|disenroll|un enroll)${END}`) },
  // Blocking the sender is leaving it: "I'm blocking this number", "block", "I blocked your number".
  { name: 'block-sender', anchors: ['block', 'blocking', 'blocked'], intent: 'opt-out', language: 'en', pattern: new RegExp(`\\b${I_WILL} (?:block|blocking) (?:you|u|this number|your number|this|these texts|these messages|you guys|yall|this sender)\\b|^(?:please )?block(?: (?:this number|this|these|them|these texts|this sender))?${END}|^(?:blocking|blocked) (?:you|u|this number|your number)\\b|^blocked${END}|\\bblock(?:ing|ed)? (?:this|your) (?:number|sender|short code|shortcode)\\b`) },
  { name: 'sign-me-out', anchors: [], leading: ['please', 'sign', 'count', 'opt', 'take'], intent: 'opt-out', language: 'en', pattern: new RegExp(`^(?:please )?(?:sign|count|opt|take) me out${END}`) },
  // Spanish opt-out
  // "No me envíen más", "No me manden mensajes", "Ya no me escriban": a negative imperative (subjunctive:
  // envíen, not the indicative envían of "¿ya no me envían el cupón?") with "más", with the messages, or
  // after "ya no" (no longer).
  { name: 'es-no-enviar', anchors: ES_SEND_IMPERATIVES, intent: 'opt-out', language: 'es', pattern: new RegExp(`\\bno (?:me |nos )?${ES_SEND_IMPERATIVE} (?:mas|nunca|nada)\\b|\\bno (?:me |nos )?${ES_SEND_IMPERATIVE} (?:mas )?(?:sus |tus |los |estos |esos )?${MESMS}\\b|\\bya no (?:me |nos )?${ES_SEND_IMPERATIVE}${ES_END}`) },
  // "Basta de mensajes", "¡Ya basta con los mensajes!", "Basta ya de spam" (not "¿basta con mostrar el cupón?").
  { name: 'es-basta', anchors: ['basta', 'suficiente'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\b(?:basta|suficiente) (?:ya )?(?:de|con) (?:tantos |los |tus |sus |estos |esos )?(?:${MESMS}|molestar|molestarme)\\b`) },
  // "No me interesa", "Ya no me interesa, gracias", "No me interesan sus mensajes", "No me interesa recibir
  // sus promociones" as the whole message, like English "not interested"; "No me interesa el rojo, ¿tienen
  // azul?" is about something else.
  { name: 'es-no-me-interesa', anchors: ['interesa', 'interesan', 'interesado', 'interesada'], intent: 'opt-out', language: 'es', pattern: new RegExp(`^(?:no |gracias |no gracias |pero )*(?:ya )?no (?:me interesan?|estoy interesad[oa])(?: recibir)?(?: (?:sus|tus|los|estos|esos|mas))?(?: (?:${MESMS}|ofertas))?${ES_END}`) },
  { name: 'es-dejenme-en-paz', anchors: ['paz'], intent: 'opt-out', language: 'es', pattern: /\b(?:dejenme|dejeme|dejame|dejennos|dejadme) en paz\b/ },
  { name: 'es-no-mas', anchors: ['mas'], alsoNeeds: ['no'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\bno mas ${MESMS}\\b`) },
  { name: 'es-no-quiero', anchors: ['quiero', 'deseo'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\b(?:ya no|no) (?:quiero|deseo) (?:recibir |seguir recibiendo )?(?:mas )?(?:sus |tus |los |estos |esos )?${MESMS}\\b`) },
  { name: 'es-dar-de-baja', anchors: ['baja'], intent: 'opt-out', language: 'es', pattern: /\b(?:dar|darme|dame|denme|deme|darse|doy|dadme|den) de baja\b/ },
  { name: 'es-quitenme', anchors: ['bajenme', 'bajeme', 'bajame', 'quitenme', 'quiteme', 'quitame', 'quitarme', 'saquenme', 'saqueme', 'sacame', 'sacarme', 'borrenme', 'borreme', 'borrarme', 'eliminenme', 'elimineme', 'eliminarme', 'quitadme', 'sacadme', 'borradme', 'eliminadme', 'borren', 'borrar', 'eliminen', 'eliminar', 'quiten', 'quitar', 'borra', 'elimina', 'borrad', 'eliminad'], intent: 'opt-out', language: 'es', pattern: /\b(?:bajenme|bajeme|bajame) de (?:la|su|esta|sus|vuestra|tu) listas?\b|\b(?:quitenme|quiteme|quitame|quitarme|saquenme|saqueme|sacame|sacarme|borrenme|borreme|borrarme|eliminenme|elimineme|eliminarme|quitadme|sacadme|borradme|eliminadme)\b|\b(?:borren|borrar|eliminen|eliminar|quiten|quitar|borra|elimina|borrad|eliminad) (?:mi|este|mis) (?:numero|telefono|celular|datos|informacion|contacto)\b/ },
  // "Dejen de enviarme mensajes", "Para de escribirme", "Paren de molestar", Spain's "Dejad de enviarme"; and
  // "¿Cómo dejo de recibir estos mensajes?", "Quiero dejar de recibirlos".
  { name: 'es-dejen-de', anchors: ['dejen', 'deje', 'deja', 'dejar', 'dejad', 'dejo', 'paren', 'pare', 'para', 'parar', 'parad'], alsoNeeds: ES_STOP_DOING_WORDS, intent: 'opt-out', language: 'es', pattern: /\b(?:dejen|deje|deja|dejar|dejad|paren|pare|para|parar|parad) de (?:enviar|mandar|escribir|contactar|molestar|llamar|textear|acosar)(?:me|nos)?\b|\b(?:dejar|dejo) de recibir\b/ },
  { name: 'es-paren', anchors: ['paren', 'pare', 'para', 'detengan', 'detenga', 'cancelen', 'cancele', 'cancelar'], alsoNeeds: SPANISH_MESSAGE_WORDS, intent: 'opt-out', language: 'es', pattern: new RegExp(`\\b(?:paren|pare|para|detengan|detenga|cancelen|cancele|cancelar) (?:los |estos |sus |de enviar )?${MESMS}\\b`) },
  { name: 'es-cancelar-suscripcion', anchors: ['suscripcion', 'subscripcion'], intent: 'opt-out', language: 'es', pattern: /\b(?:cancelar|cancelen|cancela|anular|terminar) (?:mi |la )?(?:suscripcion|subscripcion)\b/ },
  { name: 'es-desuscribir', anchors: ['desuscribir', 'desuscribirme', 'desuscribanme', 'desuscribeme', 'desinscribirme'], intent: 'opt-out', language: 'es', pattern: /\b(?:desuscribir|desuscribirme|desuscribanme|desuscribeme|desinscribirme)\b/ },
  // "Número equivocado", "Se equivocaron de número", "Este número no es de Juan" (not "¿este número no es el de la tienda?").
  { name: 'es-numero-equivocado', anchors: ['equivocado', 'equivocada', 'equivocaron', 'equivoco', 'este', 'ese'], intent: 'opt-out', language: 'es', pattern: /\bnumero equivocado\b|\bse equivoc(?:o|aron) de (?:numero|persona)\b|\beste (?:numero |telefono |celular )?no es (?:el (?:numero|telefono|celular) )?de\b|\b(?:este|ese) (?:numero |telefono |celular )?no es (?:mi (?:numero|telefono|celular)|mio)\b/ },
  // "Favor de no enviar más mensajes", "Por favor no mandarme nada", "No me vuelvan a escribir", "No quiero
  // que me sigan enviando": the request in the infinitive or with "volver a", as Mexico and Spain write it
  // (not "¿Por qué no enviar el pedido hoy?").
  { name: 'es-no-volver-a-enviar', anchors: ['favor', 'pido', 'ruego', 'solicito', 'porfa', 'porfavor', 'vuelvan', 'vuelva', 'vuelvas', 'volvais', 'quiero'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\b(?:favor de|por favor|porfavor|porfa|les pido|le pido|les ruego|le ruego|pido|solicito) no (?:me |nos )?(?:enviar|mandar|escribir|contactar|llamar|molestar)(?:me|nos)?(?: (?:mas|nada|ningun|ninguna)\\b| ${MESMS}\\b| a este numero\\b)|\\bno (?:me |nos )?(?:vuelvan|vuelva|vuelvas|volvais) a (?:enviar|mandar|escribir|contactar|llamar|molestar)(?:me|nos)?\\b|\\bno quiero que me (?:sigan |vuelvan a )?(?:envien|manden|escriban|contacten|molesten|llamen|enviando|mandando|escribiendo|enviar|mandar|escribir|contactar)\\b`) },
  // The opt-out sent before and ignored: "Ya me di de baja", "Ya les dije que no me escriban", "Ya envié
  // ALTO y siguen" (not "ya les dije que no puedo ir").
  { name: 'es-ya-pedi', anchors: ['di', 'dije', 'pedi', 'escribi', 'mande', 'envie', 'respondi', 'desuscribi', 'desinscribi'], intent: 'opt-out', language: 'es', pattern: /\bya (?:me )?di de baja\b|\bya (?:les |te |le )?(?:dije|pedi|escribi|mande|envie|respondi)(?: que)? (?:alto|stop|basta|baja|parar|que paren|que dejen|paren|no (?:me |nos )?(?:envien|manden|escriban|contacten|molesten|llamen|quiero)|que me (?:quiten|saquen|borren|den de baja))\b|\bya me (?:desuscribi|desinscribi)\b/ },
  // "Nunca me suscribí (a esto)", "Yo no pedí estos mensajes", "No autoricé que me escribieran" (not "nunca me
  // suscribí al club pero quiero").
  { name: 'es-nunca-me-suscribi', anchors: ['suscribi', 'inscribi', 'registre', 'apunte', 'pedi', 'autorice', 'di'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\b(?:nunca|yo no|jamas|no) me (?:suscribi|inscribi|registre|apunte)(?: (?:a|en) (?:esto|esta lista|nada|este servicio|sus ${MESMS}))?${ES_CLAUSE_END}|\\b(?:nunca|yo no|jamas|no) (?:pedi (?:estos|sus|los|esos|tus) ${MESMS}|autorice (?:que me|estos|sus|esto)|di (?:mi )?(?:permiso|consentimiento|autorizacion))\\b`) },
  // "Los voy a demandar", "Voy a denunciar este número", "Esto es acoso" (not "voy a reportar el problema con
  // mi pedido").
  { name: 'es-amenaza-legal', anchors: ['demandar', 'denunciar', 'reportar', 'demandarlos', 'denunciarlos', 'reportarlos', 'acoso'], intent: 'opt-out', language: 'es', pattern: new RegExp(`\\b(?:los|les|lo|la|las) (?:voy|vamos) a (?:demandar|denunciar|reportar)\\b|\\b(?:voy|vamos) a (?:demandarlos|denunciarlos|reportarlos|demandarles|denunciarles)\\b|\\b(?:voy|vamos) a (?:demandar|denunciar|reportar) (?:este numero|a su empresa|a la empresa)\\b|\\b(?:voy|vamos) a demandar${ES_CLAUSE_END}|\\besto es acoso\\b`) },
  // French opt-out
  // "Arrêtez de m'envoyer des SMS", "Arrête de me déranger", "Arrêtez les messages".
  { name: 'fr-arretez-de', anchors: ['arretez', 'arrete', 'arreter', 'cessez', 'cesse', 'cesser'], intent: 'opt-out', language: 'fr', pattern: new RegExp(`\\b(?:arretez|arrete|arreter|cessez|cesse|cesser) (?:de |d )?(?:me |m |nous )?${FR_SEND_VERB}\\b|\\b(?:arretez|arrete|cessez) (?:les |vos |ces |tous ces |toutes ces )?${FR_MESSAGES}\\b`) },
  // The "ne ... plus" family: "Ne m'écrivez plus", "Ne me contactez plus", "Merci de ne plus me contacter",
  // "Veuillez ne plus m'envoyer de SMS". An imperative has no subject: "vous ne m'écrivez plus ?" and "je ne
  // reçois plus vos SMS" complain that messages stopped.
  { name: 'fr-ne-plus', anchors: ['plus'], intent: 'opt-out', language: 'fr', pattern: new RegExp(`(?<!\\b(?:vous|tu|on|il|elle|ils|elles) )\\bne (?:me |m |nous )?(?:envoyez|ecrivez|contactez|appelez|derangez|textez|sollicitez|harcelez|envoie|ecris|contacte|appelle|derange|envoyer|ecrire) plus\\b|\\bne plus (?:me |m |nous )?(?:${FR_SEND_VERB}|recevoir|etre (?:contacte|contactee|derange|derangee|sollicite|sollicitee))\\b`) },
  // "Je ne veux plus recevoir vos SMS", and the "ne" French drops when it speaks: "je veux plus recevoir
  // de textos", Québec's "je veux pu recevoir" (not "je veux plus de rabais", more discounts).
  { name: 'fr-ne-veux-plus', anchors: ['plus', 'pu', 'pus'], intent: 'opt-out', language: 'fr', pattern: /\b(?:je )?ne (?:veux|souhaite|desire) plus (?:recevoir|de|d|vos|ces|les|etre)\b|\b(?:je|j) (?:veux|souhaite|desire|voudrais) (?:plus|pu|pus) (?:rien )?(?:recevoir|etre (?:contacte|contactee|sollicite|sollicitee|derange|derangee))\b|\b(?:je|j) (?:veux|souhaite) (?:pu|pus) (?:de|d|vos|ces|les|rien)\b/ },
  // "Retirez-moi de votre liste", "Supprimez mon numéro", "Effacez mes données", "Veuillez me retirer de
  // votre liste" (not "me sortir de la liste d'attente", the waiting list).
  { name: 'fr-retirez-moi', anchors: ['retirez', 'supprimez', 'enlevez', 'effacez', 'desinscrivez', 'desabonnez', 'radiez', 'sortez', 'otez', 'debarquez', 'retirer', 'enlever', 'radier', 'sortir', 'supprimer', 'effacer'], intent: 'opt-out', language: 'fr', pattern: /\b(?:retirez|supprimez|enlevez|effacez|desinscrivez|desabonnez|radiez|sortez|otez|debarquez) (?:moi|mon numero|mon num|mes (?:donnees|coordonnees|informations|infos))\b|\b(?:me|m) (?:retirer|enlever|radier|sortir|supprimer|effacer) (?:de|du|des) (?:votre |vos |la |cette |ces |tous vos |toutes vos )?(?:listes?|fichiers?|bases?|envois|contacts)\b(?! d attente)/ },
  { name: 'fr-desabonner', anchors: ['desabonner', 'desinscrire', 'desabonnement', 'desinscription', 'desabonne', 'desinscris'], intent: 'opt-out', language: 'fr', pattern: /\b(?:desabonner|desinscrire|desabonnement|desinscription)\b|\bje me (?:desabonne|desinscris)\b/ },
  { name: 'fr-plus-de', anchors: [], leading: ['plus', 'pas'], intent: 'opt-out', language: 'fr', pattern: new RegExp(`^(?:plus de|pas de) ${FR_MESSAGES}(?: (?:svp|merci|s il vous plait|stp))*$`) },
  // "Ça ne m'intéresse pas", "Pas intéressé, merci" as the whole message, like English "not interested".
  { name: 'fr-pas-interesse', anchors: ['interesse', 'interessee', 'interesses'], intent: 'opt-out', language: 'fr', pattern: new RegExp(`^(?:non |merci |non merci |mais )*(?:(?:(?:ca|cela) )?ne m interesse (?:pas|plus)|(?:ca )?m interesse (?:pu|pus)|(?:je ne suis )?pas interesse(?:e|s)?|(?:je suis|j suis|chu|chus|suis) (?:pu|pus|pas) interesse(?:e|s)?)${FR_END}`) },
  { name: 'fr-laissez-moi', anchors: ['tranquille', 'paix'], intent: 'opt-out', language: 'fr', pattern: /\blaisse[zr]? moi tranquille\b|\b(?:fichez|foutez|fiche|fous|sacrez|sacre) moi la paix\b/ },
  { name: 'fr-mauvais-numero', anchors: ['numero', 'trompe', 'trompes'], intent: 'opt-out', language: 'fr', pattern: /\b(?:mauvais|faux) numero\b|\bnumero errone\b|\bce n est (?:pas|plus) (?:le )?(?:numero|portable|telephone|cell|cellulaire) de\b|\b(?:trompe|trompes) de (?:numero|personne)\b|\bpas le bon numero\b(?! d(?:e|u) (?:commande|suivi|carte|confirmation|colis|produit|facture|client))|\bce numero n (?:appartient|est) plus (?:a|celui)\b/ },
  // The opt-out sent before: "J'ai déjà envoyé STOP", "Je me suis déjà désabonné", "J'ai déjà demandé d'arrêter".
  { name: 'fr-deja-demande', anchors: ['deja'], intent: 'opt-out', language: 'fr', pattern: /\bj ai deja (?:envoye|ecrit|repondu|dit|demande)(?: de)? (?:stop|arret|arreter|d arreter|de ne plus|ne plus|de me retirer|me retirer|de me desabonner)\b|\bje me suis deja (?:desabonne|desinscrit)e?\b|\bj ai deja demande (?:a|d) etre (?:retire|desinscrit|desabonne)e?\b/ },
  // Consent never given: "Je n'ai jamais demandé ces messages", "J'ai jamais accepté ça".
  { name: 'fr-jamais-demande', anchors: ['jamais'], intent: 'opt-out', language: 'fr', pattern: new RegExp(`\\b(?:je n ai|j ai|je n ai moi) jamais (?:demande|accepte|consenti|souscrit|autorise)(?: (?:a|de))? (?:ca|cela|ces ${FR_MESSAGES}|vos ${FR_MESSAGES}|(?:a )?recevoir|a etre|rien|a m inscrire|m inscrire)\\b|\\bje ne me suis jamais inscrite?\\b|\\bj ai jamais donne mon (?:accord|consentement|numero)\\b|\\bje n ai jamais donne mon (?:accord|consentement|numero)\\b`) },
  // "C'est du harcèlement", "Vous me harcelez", "Je vais porter plainte".
  { name: 'fr-plainte', anchors: ['harcelement', 'harcelez', 'plainte', 'signaler', 'poursuivre'], intent: 'opt-out', language: 'fr', pattern: /\bc est du harcelement\b|\bvous me harcelez\b|\b(?:je vais|j vais|je vais aller) (?:porter plainte|vous signaler|signaler (?:ce|votre) numero|vous poursuivre)\b/ },
  // "Sign me up", "Count me in for the texts", "Opt me back in"; also as a sentence of a longer text ("I want
  // your text offers, sign me up"), since classifyIntent tries opt-in phrases on each sentence.
  { name: 'sign-me-up', anchors: [], leading: ['please', 'yes', 'ok', 'okay', 'so', 'sign', 'opt', 'count', 'put'], alsoNeeds: ['me'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:please |yes |ok |okay |so )?(?:sign|opt|count|put) me (?:up|in|back in)(?: for (?:the |your |these |ur |all the )?(?:\\w+ )?(?:texts|messages|alerts|deals|offers|list|program|updates|coupons))?${END}`) },
  // "I want to join", "I'd like to join your text list", "Can I rejoin?", "I want to opt back in", "I want in".
  { name: 'want-to-join', anchors: [], leading: ['i', 'want', 'wanna', 'would', 'd', 'id', 'can', 'could', 'may', 'rejoin', 're'], alsoNeeds: ['join', 'rejoin', 'subscribe', 'sign', 'opt', 'resubscribe', 'in'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:i )?(?:want to|wanna|would like to|d like to|id like to|can i|could i|may i) (?:join|rejoin|re join|subscribe|sign up|opt in|opt back in|resubscribe)(?: (?:to |up for )?(?:your|the|this|ur) (?:\\w+ )?(?:list|texts|program|club|alerts))?${END}|^(?:i )?(?:want|wanna) in${END}|^(?:rejoin|re join)${END}`) },
  // "I want the texts (back)", "I'd like your deals again" (not "I want the texts to stop").
  { name: 'want-the-texts', anchors: [], leading: ['i', 'want', 'd', 'would', 'wanna'], alsoNeeds: ['texts', 'messages', 'deals', 'alerts'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:i )?(?:want|d like|would like|wanna get) (?:the|your|ur) (?:texts|messages|deals|alerts|text deals|text alerts)(?: again| back)?${END}`) },
  // "Start again", "Start my texts again", "Please resume sending me texts".
  { name: 'start-again', anchors: [], leading: ['start', 'subscribe', 'resubscribe', 'yes', 'please', 'pls', 'restart', 'resume'], alsoNeeds: ['again', 'over', 'me', 'texts', 'messages', 'alerts', 'deals', 'subscription', 'sending', 'texting'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:start|subscribe|resubscribe) (?:again|over|me)${END}|^(?:yes |please |pls )*(?:start|restart|resume) (?:my |the |your )?(?:texts|messages|alerts|deals|subscription)${END}|^(?:yes |please |pls )*(?:start|restart|resume) (?:sending|texting) me(?: (?:the |your )?(?:texts|messages|alerts|deals|offers))?${END}`) },
  { name: 'again', leading: ['yes', 'please', 'i', 'id', 'start', 'receive', 'get', 'resume'], alsoNeeds: ['again', 'back', 'resume'], intent: 'opt-in', language: 'en', anchors: ['back'], pattern: /\bsign me back up\b|^(?:yes |please )*(?:(?:i|id) (?:want|d like|like|would like|wanna) to )?(?:start (?:getting|receiving)|receive|get|resume)\b.*\bagain\b|^resume(?: my)? (?:messages|texts|alerts|deals)\b/ },
  // "Send me the deals again", "Start sending me deals again", "You can text me again" (not "send me the code
  // again", which asks for one message).
  { name: 'send-again', leading: ['yes', 'please', 'pls', 'ok', 'okay', 'actually', 'so', 'you', 'u', 'feel', 'start', 'send', 'keep', 'resume', 'text', 'message'], alsoNeeds: ['again'], intent: 'opt-in', language: 'en', anchors: [], pattern: new RegExp(`^(?:yes |please |pls |ok |okay |actually |so |you can |u can |feel free to )*(?:start sending|send|keep sending|resume sending|start texting|text|message) me (?:${DETERMINER}(?:\\w+ )?(?:deals|offers|coupons|promos|promotions|specials|alerts|texts|messages|updates) )?again${END}`) },
  // "Add me back to the list", "Put me back on your mailing list", "Can you add my number to your deals list?",
  // "...please put me back on", "I want to be added back" (not "add me to the waitlist", "add me back on
  // Instagram", "they put me back on hold").
  { name: 'add-me-back', anchors: ['added', 'put'], leading: ['please', 'pls', 'yes', 'can', 'could', 'would', 're', 'readd', 'add', 'put'], alsoNeeds: ['add', 'put', 'readd', 'added'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:please |pls |yes |can you |could you |would you )*(?:re ?add me|(?:add|put) ${ADDED} back(?: (?:on|to|in|into) ${SUBSCRIBER_LIST})?(?: (?:in|on))?|(?:add|put) ${ADDED} (?:on|to|in|into) ${SUBSCRIBER_LIST})${END}|\\b(?:want|like|wish) to be (?:added|put) (?:back|(?:on|to) ${SUBSCRIBER_LIST})\\b`) },
  // "Turn my texts back on", "Switch the alerts on again", "Reactivate my texts" (not "turn my phone back on").
  { name: 'turn-back-on', anchors: [], leading: ['please', 'pls', 'can', 'could', 'yes', 'turn', 'switch', 'reactivate', 're', 'reenable', 'unpause', 'activate', 'enable'], alsoNeeds: ['on', 'reactivate', 'reenable', 'unpause', 'activate', 'enable'], intent: 'opt-in', language: 'en', pattern: new RegExp(`^(?:please |pls |can you |could you |yes )*(?:(?:turn|switch) (?:my |the |your |ur )?(?:text |sms )?(?:texts|messages|alerts|notifications|deals|offers) (?:back on|on again)|(?:turn|switch) (?:back )?on (?:my |the )?(?:text |sms )?(?:texts|messages|alerts|notifications) again|(?:reactivate|re activate|reenable|re enable|unpause|activate|enable) (?:my |the )?(?:text |sms )?(?:texts|messages|alerts|subscription|notifications)(?: again)?)${END}`) },
  // An opt-out sent by mistake asks to come back: "I accidentally unsubscribed", "I texted STOP by mistake",
  // "I didn't mean to unsubscribe" (the negation keeps that last one from being an opt-out first).
  { name: 'undo-opt-out', anchors: ['accidentally', 'accidently', 'mistakenly', 'unintentionally', 'mistake', 'accident', 'mean'], intent: 'opt-in', language: 'en', pattern: /\b(?:accidentally|accidently|mistakenly|unintentionally) (?:unsubscribed|opted out|texted stop|replied stop|sent stop|hit stop|pressed stop|stopped (?:the |my )?(?:texts|messages|alerts))\b|\b(?:unsubscribed|opted out|texted stop|replied stop|sent stop|said stop) by (?:mistake|accident)\b|\b(?:didnt|did not) mean to (?:unsubscribe|opt out|text stop|send stop|reply stop)\b/ },
  { name: 'es-suscribirme', anchors: [], leading: ['si', 'quiero', 'deseo'], alsoNeeds: ['suscribirme', 'unirme', 'inscribirme', 'recibir'], intent: 'opt-in', language: 'es', pattern: /^(?:si )?(?:quiero|deseo) (?:suscribirme|unirme|inscribirme|recibir mensajes)(?: otra vez| de nuevo)?$/ },
  // "Quiero volver a recibir mensajes", "Suscríbanme de nuevo", "Vuelvan a enviarme ofertas".
  { name: 'es-volver-a-recibir', anchors: [], leading: ['si', 'quiero', 'deseo', 'me', 'suscribanme', 'inscribanme', 'agreguenme', 'apuntenme', 'por', 'vuelvan'], alsoNeeds: ['volver', 'recibir', 'suscribanme', 'inscribanme', 'agreguenme', 'apuntenme', 'enviarme', 'mandarme'], intent: 'opt-in', language: 'es', pattern: /^(?:si )?(?:quiero|deseo|me gustaria) (?:volver a (?:recibir|suscribirme|inscribirme)|recibir (?:sus )?(?:mensajes|ofertas|promociones) (?:de nuevo|otra vez))\b|^(?:si )?(?:suscribanme|inscribanme|agreguenme|apuntenme)(?: de nuevo| otra vez)?(?: por favor)?$|^(?:por favor )?vuelvan a (?:enviarme|mandarme) (?:sus )?(?:mensajes|ofertas|promociones)\b/ },
  { name: 'fr-abonner', anchors: [], leading: ['oui', 'je'], alsoNeeds: ['abonner', 'inscrire', 'recevoir'], intent: 'opt-in', language: 'fr', pattern: /^(?:oui )?je (?:veux|souhaite) (?:m abonner|m inscrire|recevoir vos messages)$/ },
  // "Je veux me réabonner", "Réinscrivez-moi", "Je souhaite recevoir à nouveau vos offres".
  { name: 'fr-reabonner', anchors: [], leading: ['oui', 'je', 'reabonnez', 'reinscrivez'], alsoNeeds: ['reabonner', 'reinscrire', 'recevoir', 'reabonnez', 'reinscrivez'], intent: 'opt-in', language: 'fr', pattern: /^(?:oui )?(?:je (?:veux|souhaite|voudrais) (?:me reabonner|me reinscrire|recevoir (?:a|de) nouveau vos (?:messages|offres|sms|textos))|reabonnez moi|reinscrivez moi)(?: svp| merci| s il vous plait)*$/ },
  // Help
  { name: 'need-help', anchors: ['help'], intent: 'help', language: 'en', pattern: new RegExp(`^(?:i )?need (?:some )?help(?: with (?:these|the|this|your|ur|my) (?:${MESSAGES}|program|subscription|account|list))?${END}|^help me${END}|^help (?:please|pls)$`) },
  // "What is this?", "Who dis", "What number is this?", "Who is texting me?".
  { name: 'what-is-this', anchors: [], leading: ['what', 'who', 'whats', 'whos', 'whose', 'which'], alsoNeeds: ['this', 'dis', 'texting', 'messaging'], intent: 'help', language: 'en', pattern: new RegExp(`^(?:(?:what|who) is|whats|whos|who|what) (?:this|dis)(?: number| for| about| from)?${END}|^(?:what|whose|which) (?:phone )?number is this${END}|^(?:(?:who|what) (?:is|s)|whos|who keeps) (?:texting|messaging) me${END}`) },
  // Who is sending: "What company is this?", "Who are you?", "What are these texts (for)?", "Who sent this?"
  // (not "What company makes this blender?", "Who are you voting for").
  { name: 'who-is-texting', anchors: [], leading: ['what', 'which', 'who'], alsoNeeds: WHO_IS_TEXTING_WORDS, intent: 'help', language: 'en', pattern: new RegExp(`^(?:(?:what|which) (?:company|business|store|brand|program|service|organization) (?:is (?:this|that|texting me)|are you)(?: from)?|who (?:are|r) (?:you|u|yall|you guys|you people)|what (?:are|r) (?:these|those|the|your|all these) ${MESSAGES}(?: (?:for|about))?|who (?:sent|is sending|s sending) (?:me )?(?:this|these|that))${END}`) },
  // The program by a name that sounds like one: "What is Parley Deals?", "what's VIP rewards" (capitalized
  // names, "What is Parley?", are classifyIntent's: case is gone here).
  { name: 'what-is-program', anchors: [], leading: ['what', 'who', 'whats', 'whos'], alsoNeeds: ['deals', 'rewards', 'alerts', 'club', 'perks', 'vip', 'insider', 'insiders', 'loyalty'], intent: 'help', language: 'en', pattern: new RegExp(`^(?:(?:what|who) is|whats|whos) (?!(?:a|an|your|ur|my|today|todays|this|these|those|that|got|has|have|on|in|with|up|going|happening|new|best|good|great|any|some|all)\\b)(?:\\w+ ){0,3}(?:deals|rewards|alerts|club|perks|vip|insider|insiders|loyalty)${END}`) },
  { name: 'more-info', anchors: ['info', 'information', 'details', 'tell'], leading: ['what'], alsoNeeds: ['me', 'info', 'information', 'program'], intent: 'help', language: 'en', pattern: new RegExp(`^(?:more )?info(?:rmation)?(?: please| pls)?$|\\b(?:send|give|get|tell) me (?:some )?(?:more )?(?:info|information|details) (?:about|on) (?:this|the|your|ur) (?:program|texts|messages|list|service|subscription|alerts)\\b|\\btell me more about (?:this|the|your) (?:program|texts|messages|service|list)\\b|^what is this program about${END}`) },
  // How to reach a person: "how do I get support", "How do I contact customer service", "Is there a phone
  // number for support?", "Can I talk to someone about these messages?" (someone, or you, at the end or about
  // the texts: "how can I reach you about my order" is a question for the store).
  { name: 'support', intent: 'help', language: 'en', anchors: ['help', 'support', 'assistance', 'customer', 'tech', 'agent', 'reach', 'contact', 'call', 'talk', 'speak', 'touch', 'hold', 'ahold', 'cost', 'rates', 'terms'], pattern: new RegExp(`^can you help(?: me)?(?: please)?$|\\bhow (?:do|can|would|could) i (?:get|find|reach|contact|call|talk to|speak to|speak with|talk with|get in touch with|get a hold of|get ahold of) (?:help|support|assistance|customer (?:service|support|care)|tech support|a live agent)\\b|\\b(?:how (?:do|can|would|could) i (?:reach|contact|call|talk to|speak to|speak with|talk with|get in touch with|get a hold of|get ahold of)|(?:can|could|may) i (?:talk|speak) (?:to|with)) (?:someone|somebody|a (?:person|human|real person|rep|representative|agent)|an agent|you|you guys|customer service|support)(?: about (?:these|the|this|your|ur) (?:${MESSAGES}|program|list)| about this)?${END}|\\b(?:contact|reach) (?:for )?support\\b|\\b(?:number|email|line) for (?:support|customer service|customer support|help)\\b|\\b(?:support|customer service|customer support|customer care|help) (?:number|line|phone number|email|hotline)\\b|^how much do (?:these|the|your) (?:texts|messages) cost\\b|^how much (?:does|do|will) (?:these texts|the texts|these messages|the messages|this program|this service|the program|this subscription) cost\\b|\\b(?:msg|message|text|sms) (?:and|n) data rates\\b|\\bterms (?:for|of) (?:this|the|your) program\\b`) },
  // "How often will you text me?", "How many messages will I get?", "message frequency?".
  { name: 'how-often', anchors: ['frequency'], leading: ['how'], alsoNeeds: ['often', 'frequently', 'many', 'frequency'], intent: 'help', language: 'en', pattern: new RegExp(`^how (?:often|frequently|many times) (?:will|do|would|does|is|are) (?:you|u|yall|you guys|this|it|this program|i|we)(?: (?:be|going to|gonna))? (?:text|texting|message|messaging|send|sending|contact|contacting|get|getting|receive|receiving|hear from)\\b|^how many (?:texts|messages|msgs) (?:will|would|should) (?:i|we) (?:get|receive)\\b|^how many (?:texts|messages|msgs) (?:do|does|will|would) (?:you|u|this program|it) send\\b|^how many (?:texts|messages|msgs) (?:per|a|each) (?:day|week|month)\\b|\\b(?:message|msg|text) frequency\\b|^how often${END}`) },
  { name: 'es-necesito-ayuda', anchors: ['ayuda'], intent: 'help', language: 'es', pattern: /^(?:necesito )?ayuda(?: por favor)?$/ },
  // "¿Qué es esto?", "¿Quién es?", "¿De qué se trata?", "Más información".
  { name: 'es-que-es-esto', anchors: [], leading: ['que', 'quien', 'quienes', 'de', 'mas', 'info', 'informacion'], intent: 'help', language: 'es', pattern: new RegExp(`^(?:que es esto|quien es|quien eres|quienes son|quien habla|de que se trata|quien me escribe|que es este (?:numero|mensaje)|(?:mas )?info(?:rmacion)?)${ES_END}`) },
  { name: 'fr-besoin-d-aide', anchors: ['aide'], intent: 'help', language: 'fr', pattern: /^(?:j ai )?besoin d aide$/ },
  // "C'est qui ?", "Qui êtes-vous ?", "C'est quoi ce numéro ?", "Plus d'infos".
  { name: 'fr-qui-est-ce', anchors: [], leading: ['c', 'qui', 'plus'], intent: 'help', language: 'fr', pattern: new RegExp(`^(?:c est qui|qui est ce|qui etes vous|qui est la|c est quoi|c est quoi ce (?:numero|message|sms|texto|programme)|qui m ecrit|qui me texte|qui est ce numero|plus d infos?)${FR_END}`) },
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

/** Channels other than these texts, which an opt-out phrase may be about: "take me off the email list". */
export const ANOTHER_CHANNEL = /\b(?:e ?mails?|e ?mailing|emailed|newsletters?|mail|mailing me|mailers?|catalogs?|catalogues?|phone calls?|calls|calling|robocalls?|voicemails?|letters|postcards|flyers)\b/;

/**
 * The texts are to go on: "but keep texting me", "texts are fine", "text me instead", "I still want the
 * texts". With ANOTHER_CHANNEL, the opt-out is about that channel (see classifyIntent).
 */
export const KEEP_TEXTS = /\b(?:keep|still|continue|do) (?:texting|txting|messaging|sending) me\b|\b(?:keep|continue) (?:the |your |ur )?(?:texts|text messages|sms)\b|\b(?:texts|texting|text messages|sms|text) (?:is|are|s) (?:fine|ok|okay|good|great)\b|\btext me instead\b|\b(?:still|do) want (?:the |your |ur )?(?:texts|text messages|sms|text deals|text alerts)\b|\b(?:texts|text messages|sms) only\b|\bonly (?:by |via )?(?:text|texts|sms)\b|\bbut not (?:the )?(?:texts|text messages|sms)\b/;
