import { classifyIntent } from './classify-intent';
import { editDistance } from './edit-distance';
import { foldIntentText, newSentenceStarts, normalizeIntentText } from './normalize-intent-text';
import { hashOf, newFoldedWords } from './word-hash';

describe('classifyIntent', () => {
  it('says which language the matching keyword or phrase is in, so a confirmation can answer in it', () => {
    expect(classifyIntent('BAJA')).toMatchObject({ intent: 'opt-out', language: 'es' });
    expect(classifyIntent('Ya no quiero recibir mensajes')).toMatchObject({ intent: 'opt-out', language: 'es' });
    expect(classifyIntent('ARRÊT')).toMatchObject({ intent: 'opt-out', language: 'fr' });
    expect(classifyIntent("Arrêtez de m'envoyer des messages")).toMatchObject({ intent: 'opt-out', language: 'fr' });
    expect(classifyIntent('please stop texting me')).toMatchObject({ intent: 'opt-out', language: 'en' });
    expect(classifyIntent('hello there').language).toBeUndefined();
  });

  it('names the standard keyword that matched, whatever the case and punctuation', () => {
    expect(classifyIntent('  Stop!!! ')).toEqual({ intent: 'opt-out', rule: 'keyword:STOP', matched: 'stop', scope: 'program', language: 'en' });
    expect(classifyIntent('opt-out')).toMatchObject({ intent: 'opt-out', rule: 'keyword:OPT OUT' });
    expect(classifyIntent('Unstop')).toMatchObject({ intent: 'opt-in', rule: 'keyword:UNSTOP' });
    expect(classifyIntent('info?')).toMatchObject({ intent: 'help', rule: 'keyword:INFO' });
  });

  it('gives STOPALL and its spellings the scope of every program on the short code', () => {
    expect(classifyIntent('STOPALL')).toMatchObject({ intent: 'opt-out', scope: 'all' });
    expect(classifyIntent('stop all')).toMatchObject({ intent: 'opt-out', scope: 'all' });
    expect(classifyIntent('unsubscribe all')).toMatchObject({ intent: 'opt-out', scope: 'all', rule: 'keyword:UNSUBSCRIBE ALL' });
    expect(classifyIntent('remove me from all your lists')).toMatchObject({ intent: 'opt-out', scope: 'all' });
    expect(classifyIntent('STOP')).toMatchObject({ scope: 'program' });
    expect(classifyIntent('stop all these messages')).toMatchObject({ intent: 'opt-out', scope: 'program' });
  });

  it('recognizes plain-language opt-outs and says which phrase matched', () => {
    expect(classifyIntent('Please stop texting me')).toMatchObject({ intent: 'opt-out', rule: 'phrase:stop-sending' });
    expect(classifyIntent('take me off your list')).toMatchObject({ intent: 'opt-out', rule: 'phrase:take-me-off' });
    expect(classifyIntent('Too many texts. Stop.')).toMatchObject({ intent: 'opt-out', rule: 'keyword-in-sentence:STOP' });
    expect(classifyIntent('Ya no quiero recibir mensajes')).toMatchObject({ intent: 'opt-out', rule: 'phrase:es-no-quiero' });
    expect(classifyIntent("Arrêtez de m'envoyer des SMS")).toMatchObject({ intent: 'opt-out', rule: 'phrase:fr-arretez-de' });
  });

  it('reports the misspelling it corrected', () => {
    expect(classifyIntent('STPO')).toMatchObject({ intent: 'opt-out', rule: 'misspelling:STPO→STOP' });
    expect(classifyIntent('unsubcribe')).toMatchObject({ intent: 'opt-out', rule: 'misspelling:UNSUBCRIBE→UNSUBSCRIBE' });
    expect(classifyIntent('stooooop')).toMatchObject({ intent: 'opt-out', rule: 'misspelling:STOOOOOP→STOP' });
    expect(classifyIntent('st0p')).toMatchObject({ intent: 'opt-out', rule: 'misspelling:ST0P→STOP' });
    expect(classifyIntent('Unsub')).toMatchObject({ intent: 'opt-out', rule: 'abbreviation:UNSUB→UNSUBSCRIBE' });
  });

  it('reads look-alike digits as letters in a word, not in a number', () => {
    expect(classifyIntent('5TOP')).toMatchObject({ intent: 'opt-out', rule: 'misspelling:5TOP→STOP' });
    expect(classifyIntent('QU1T')).toMatchObject({ intent: 'opt-out', rule: 'misspelling:QU1T→QUIT' });
    expect(classifyIntent('CANC3L')).toMatchObject({ intent: 'opt-out', rule: 'misspelling:CANC3L→CANCEL' });
    for (const text of ['570', '5 top tips?', 'T0P', '5HOP']) expect(classifyIntent(text).intent).toBe('none');
  });

  it('repairs a typo inside the words of an opt-out phrase and says what it repaired', () => {
    expect(classifyIntent('Stop texitng me')).toMatchObject({ intent: 'opt-out', rule: 'misspelled-phrase:stop-sending(TEXITNG→TEXTING)' });
    expect(classifyIntent('i want to stop recieving these messages')).toMatchObject({ intent: 'opt-out', rule: 'misspelled-phrase:stop-receiving(RECIEVING→RECEIVING)' });
    expect(classifyIntent('remvoe me from your list')).toMatchObject({ intent: 'opt-out', rule: 'misspelled-phrase:remove-me(REMVOE→REMOVE)' });
    // Real words one edit from a phrase word are what they are.
    for (const text of ['I need to stop spending so much here', 'When will you stop testing the app?', 'Massages are 20% off?', "Don't stop sendng the coupons!"]) {
      expect(classifyIntent(text).intent).toBe('none');
    }
  });

  it('takes a sentence that is an order to stop for an opt-out, wherever it stands', () => {
    expect(classifyIntent('Why do you keep texting me? Stop it.')).toMatchObject({ intent: 'opt-out', rule: 'sentence:stop-it' });
    expect(classifyIntent('I never signed up for this. Quit it.')).toMatchObject({ intent: 'opt-out', rule: 'sentence:stop-it' });
    expect(classifyIntent('Knock it off')).toMatchObject({ intent: 'opt-out', rule: 'phrase:quit-it' });
    for (const text of ["Don't stop it, I love the deals", 'Nothing can stop it now, best sale ever', 'The message was cut off']) expect(classifyIntent(text).intent).toBe('none');
  });

  it('recognizes Spanish imperatives and the "basta" and "ne plus" families', () => {
    expect(classifyIntent('PARE')).toMatchObject({ intent: 'opt-out', rule: 'keyword:PARE' });
    expect(classifyIntent('¡Ya basta!')).toMatchObject({ intent: 'opt-out', rule: 'keyword:BASTA' });
    expect(classifyIntent('Basta de mensajes')).toMatchObject({ intent: 'opt-out', rule: 'phrase:es-basta' });
    expect(classifyIntent('Ya no me envíen mensajes')).toMatchObject({ intent: 'opt-out', rule: 'phrase:es-no-enviar' });
    expect(classifyIntent('Merci de ne plus me contacter')).toMatchObject({ intent: 'opt-out', rule: 'phrase:fr-ne-plus' });
    for (const text of ['¿Basta con mostrar el cupón?', '¿Ya no me envían el cupón de cumpleaños?', "Je ne reçois plus vos SMS, c'est normal ?", "Vous ne m'écrivez plus, tout va bien ?"]) {
      expect(classifyIntent(text).intent).toBe('none');
    }
  });

  it('does not take real words next to a keyword for misspellings', () => {
    for (const text of ['step', 'shop', 'quiet', 'quiz', 'cancer', 'remote', 'top', 'stomp', 'hell']) {
      expect(classifyIntent(text)).toEqual({ intent: 'none', rule: 'none' });
    }
  });

  it('does not flag texts that merely contain an opt-out word', () => {
    for (const text of ["Don't stop the deals", 'which bus stop?', 'cancel my order', 'When does the sale end?', 'I quit smoking', 'I want to stop by']) {
      expect(classifyIntent(text).intent).toBe('none');
    }
  });

  it('lets a negation turn an opt-out phrase around, but not a question about why texts keep coming', () => {
    expect(classifyIntent("please don't stop the texts").intent).toBe('none');
    expect(classifyIntent('I do not want to unsubscribe').intent).toBe('none');
    expect(classifyIntent('No quiero darme de baja').intent).toBe('none');
    expect(classifyIntent('Je ne veux pas me désabonner').intent).toBe('none');
    expect(classifyIntent("why won't you stop texting me").intent).toBe('opt-out');
  });

  it('ends a negation at the next clause, and takes a question about the past for no request', () => {
    expect(classifyIntent('I never signed up stop texting me').intent).toBe('opt-out');
    expect(classifyIntent("I don't know you, stop sending me messages").intent).toBe('opt-out');
    expect(classifyIntent('No, no me envíen más mensajes').intent).toBe('opt-out');
    expect(classifyIntent("I don't want to opt out").intent).toBe('none');
    expect(classifyIntent('Why did you stop sending me coupons?').intent).toBe('none');
  });

  it("matches a program's own keywords like standard ones and names them", () => {
    const options = { extraKeywords: { optOut: ['LEAVE'], optIn: ['JOIN VIP'], help: ['AYUDAME'] } };
    expect(classifyIntent('leave.', options)).toEqual({ intent: 'opt-out', rule: 'program-keyword:LEAVE', matched: 'leave', scope: 'program' });
    expect(classifyIntent('Join vip!', options)).toMatchObject({ intent: 'opt-in', rule: 'program-keyword:JOIN VIP' });
    expect(classifyIntent('ayudame', options)).toMatchObject({ intent: 'help', rule: 'program-keyword:AYUDAME' });
    expect(classifyIntent('leave')).toEqual({ intent: 'none', rule: 'none' });
    // A program cannot redefine STOP: the standard keyword wins.
    expect(classifyIntent('STOP', { extraKeywords: { optIn: ['STOP'] } })).toMatchObject({ intent: 'opt-out', rule: 'keyword:STOP' });
  });

  it('takes TD, the standard keyword AWS honours, as a whole message only', () => {
    expect(classifyIntent('TD')).toMatchObject({ intent: 'opt-out', rule: 'keyword:TD' });
    expect(classifyIntent('td.')).toMatchObject({ intent: 'opt-out', rule: 'keyword:TD' });
    expect(classifyIntent('TD Bank called me about my card').intent).toBe('none');
  });

  it('takes legal threats, ignored earlier opt-outs and consent never given for opt-outs', () => {
    expect(classifyIntent("I'm reporting you to the FCC")).toMatchObject({ intent: 'opt-out', rule: 'phrase:legal-threat' });
    expect(classifyIntent("If you text me again I'll block you")).toMatchObject({ intent: 'opt-out', rule: 'phrase:threat-if-contacted' });
    expect(classifyIntent('Why are you still texting me? I said stop last week.')).toMatchObject({ intent: 'opt-out', rule: 'phrase:told-you-to-stop' });
    expect(classifyIntent('I opted out last month and still get texts')).toMatchObject({ intent: 'opt-out', rule: 'phrase:already-opted-out' });
    expect(classifyIntent('I never signed up for this')).toMatchObject({ intent: 'opt-out', rule: 'phrase:never-signed-up' });
    for (const text of ["I'm filing a complaint about my late order", 'I told my sister to stop by the store', 'I never signed up for this class but got charged']) {
      expect(classifyIntent(text).intent).toBe('none');
    }
  });

  it('reads texting shorthand and stretched letters in the words of a phrase', () => {
    expect(classifyIntent('plz stp txting')).toMatchObject({ intent: 'opt-out', rule: 'misspelled-phrase:stop-sending(STP→STOP, TXTING→TEXTING)' });
    expect(classifyIntent('stoooop texting me')).toMatchObject({ intent: 'opt-out', rule: 'misspelled-phrase:stop-sending(STOOOOP→STOP)' });
    expect(classifyIntent('pls stp')).toMatchObject({ intent: 'opt-out', rule: 'abbreviation:STP→STOP' });
    expect(classifyIntent('Merci stp').intent).toBe('none');
  });

  it('leaves an opt-out about another channel alone when the texts are to go on', () => {
    // An opt-out aimed at the email list itself does not count (see Phrase.unlessAimedAt), with or without the texts kept.
    expect(classifyIntent('Take me off the email list but keep texting me the deals').intent).toBe('none');
    expect(classifyIntent('Can you take me off the email list?').intent).toBe('none');
    expect(classifyIntent('Stop calling me, I only want the texts')).toMatchObject({ intent: 'none', rule: 'other-channel' });
    expect(classifyIntent('Stop calling me, text me instead')).toMatchObject({ intent: 'none', rule: 'other-channel' });
    expect(classifyIntent('Take me off the email list and stop texting me').intent).toBe('opt-out');
    expect(classifyIntent('Stop texting me, email me instead').intent).toBe('opt-out');
  });

  it('finds an opt-in phrase in one sentence of a longer text, and plain-language help', () => {
    expect(classifyIntent('I love your text offers, sign me up')).toMatchObject({ intent: 'opt-in', rule: 'phrase:sign-me-up' });
    // Its first sentence is an opt-in of its own, which is found first.
    expect(classifyIntent('I want to get your text offers, sign me up')).toMatchObject({ intent: 'opt-in', rule: 'phrase:want-the-texts' });
    expect(classifyIntent('I changed my mind, send me the deals again')).toMatchObject({ intent: 'opt-in', rule: 'phrase:send-again' });
    expect(classifyIntent('Turn my texts back on')).toMatchObject({ intent: 'opt-in', rule: 'phrase:turn-back-on' });
    expect(classifyIntent('how do I get support')).toMatchObject({ intent: 'help', rule: 'phrase:support' });
    expect(classifyIntent('how often will you text me?')).toMatchObject({ intent: 'help', rule: 'phrase:how-often' });
    expect(classifyIntent('What is Parley?')).toMatchObject({ intent: 'help', rule: 'phrase:what-is-program' });
    for (const text of ['Who said you could sign me up?', 'Can you send me the code again?', 'What is the price?', 'Who is this for? My son?']) {
      expect(classifyIntent(text).intent).toBe('none');
    }
  });

  it('reads an opt-out asked and refused at once as none, and classifies the rest of the text', () => {
    expect(classifyIntent('Unsubscribe? Never! Best deals in town')).toEqual({ intent: 'none', rule: 'rhetorical', matched: 'unsubscribe never' });
    expect(classifyIntent('¿Darme de baja? ¡Jamás!').intent).toBe('none');
    expect(classifyIntent('Stop? Never! But stop texting me at 6am')).toMatchObject({ intent: 'opt-out', rule: 'phrase:stop-sending' });
    expect(classifyIntent('Unsubscribe? Never text me again')).toMatchObject({ intent: 'opt-out' });
  });

  it('tells the texts’ own subscription from a subscription to goods', () => {
    expect(classifyIntent('cancel my subscription')).toMatchObject({ intent: 'opt-out', rule: 'phrase:cancel-subscription' });
    expect(classifyIntent('end my text subscription')).toMatchObject({ intent: 'opt-out', rule: 'phrase:cancel-subscription' });
    expect(classifyIntent('Cancel my subscription to these texts')).toMatchObject({ intent: 'opt-out' });
    for (const text of ['Can I cancel the subscription box for March only?', 'How do I cancel my coffee subscription?', 'I want to cancel my subscription to the wine club']) {
      expect(classifyIntent(text).intent).toBe('none');
    }
  });

  it('splits a request typed without spaces back into its words, and tries only the opt-out phrases on it', () => {
    expect(classifyIntent('stopthetexts')).toMatchObject({ intent: 'opt-out', rule: 'joined-phrase:stop-messages(STOPTHETEXTS→STOP THE TEXTS)' });
    expect(classifyIntent('nomoretexts')).toMatchObject({ intent: 'opt-out' });
    expect(classifyIntent('stopsendingme')).toMatchObject({ intent: 'opt-out' });
    expect(classifyIntent('stopsign').intent).toBe('none');
    expect(classifyIntent('notext').intent).toBe('none');
  });

  it('takes what is done or undone already, and other lists, for no opt-out', () => {
    expect(classifyIntent('Thanks for removing me so quickly').intent).toBe('none');
    expect(classifyIntent('I texted stop yesterday and it worked, thanks').intent).toBe('none');
    expect(classifyIntent('Can you take me off the waitlist? We found a table elsewhere').intent).toBe('none');
    expect(classifyIntent('Take me off the 3pm slot and put me at 5').intent).toBe('none');
    expect(classifyIntent('take me off the appointment reminder list')).toMatchObject({ intent: 'opt-out' });
    expect(classifyIntent('Undo my opt out')).toMatchObject({ intent: 'opt-in', rule: 'phrase:undo-opt-out' });
    expect(classifyIntent("I'd like to undo my unsubscribe")).toMatchObject({ intent: 'opt-in' });
    expect(classifyIntent('Appreciate it 🙏').intent).toBe('none');
    expect(classifyIntent("Don't add me to the list for the potluck").intent).toBe('none');
    expect(classifyIntent('Do not include me in future text blasts.')).toMatchObject({ intent: 'opt-out', rule: 'phrase:do-not-include' });
    expect(classifyIntent('stop pinging the server').intent).toBe('none');
    expect(classifyIntent('Stop pinging me')).toMatchObject({ intent: 'opt-out' });
    expect(classifyIntent("Why am I getting these charges? I don't want them.").intent).toBe('none');
    expect(classifyIntent("Why am I getting these? I don't want them.")).toMatchObject({ intent: 'opt-out', rule: 'phrase:do-not-want' });
    expect(classifyIntent('Sign me off for the day').intent).toBe('none');
    expect(classifyIntent('Please stop the car before the texts come in').intent).toBe('none');
    expect(classifyIntent('Please stop the daily deal texts.')).toMatchObject({ intent: 'opt-out', rule: 'phrase:stop-messages' });
  });

  it('reads Spanish and French requests to subscribe in the imperative and the infinitive', () => {
    expect(classifyIntent('Suscribir')).toMatchObject({ intent: 'opt-in', rule: 'keyword:SUSCRIBIR', language: 'es' });
    expect(classifyIntent('ABONNER')).toMatchObject({ intent: 'opt-in', rule: 'keyword:ABONNER', language: 'fr' });
    expect(classifyIntent('Inscríbanme en las alertas por mensaje de texto')).toMatchObject({ intent: 'opt-in', language: 'es' });
    expect(classifyIntent('Agréguenme a la lista de espera').intent).toBe('none');
    expect(classifyIntent('Ajoutez-moi à votre liste SMS')).toMatchObject({ intent: 'opt-in', language: 'fr' });
    expect(classifyIntent("Ajoutez-moi à la liste d'attente").intent).toBe('none');
  });

  it('reads Spanish and French sign-ups and program questions in their other forms, and not bookings or questions about other things', () => {
    // "dar de alta" is subscribing as "dar de baja" is leaving; the clitic may come before the verb.
    expect(classifyIntent('Quiero darme de alta')).toMatchObject({ intent: 'opt-in', rule: 'phrase:es-darme-de-alta', language: 'es' });
    expect(classifyIntent('Denme de alta por favor')).toMatchObject({ intent: 'opt-in', language: 'es' });
    expect(classifyIntent('Quiero darme de alta en el gimnasio').intent).toBe('none');
    expect(classifyIntent('Me quiero suscribir a las alertas de la escuela')).toMatchObject({ intent: 'opt-in', rule: 'phrase:es-suscribirme' });
    expect(classifyIntent('Quiero suscribirme a la lista de espera').intent).toBe('none');
    expect(classifyIntent('Me quiero suscribir al gimnasio').intent).toBe('none');
    expect(classifyIntent('¿Cuántos mensajes me van a mandar al mes?')).toMatchObject({ intent: 'help', rule: 'phrase:es-costo-frecuencia' });
    expect(classifyIntent('¿Tiene costo recibir estos mensajes?')).toMatchObject({ intent: 'help', language: 'es' });
    expect(classifyIntent('¿Cuánto cuesta el envío?').intent).toBe('none');
    expect(classifyIntent('Necesito ayuda con los mensajes de texto')).toMatchObject({ intent: 'help', rule: 'phrase:es-necesito-ayuda' });
    expect(classifyIntent('Necesito ayuda con mi pedido').intent).toBe('none');
    expect(classifyIntent("Bonjour, j'aimerais recevoir vos promotions par texto.")).toMatchObject({ intent: 'opt-in', rule: 'phrase:fr-abonner', language: 'fr' });
    expect(classifyIntent('Je consens à recevoir des SMS')).toMatchObject({ intent: 'opt-in', language: 'fr' });
    expect(classifyIntent('Ajoutez mon numéro à votre liste de textos')).toMatchObject({ intent: 'opt-in', rule: 'phrase:fr-reabonner' });
    expect(classifyIntent("Ajoutez mon numéro à la liste d'attente").intent).toBe('none');
    expect(classifyIntent('Inscrivez-moi aux messages texte')).toMatchObject({ intent: 'opt-in', language: 'fr' });
    expect(classifyIntent('Est-ce que ces messages sont payants?')).toMatchObject({ intent: 'help', rule: 'phrase:fr-qui-est-ce' });
    expect(classifyIntent('À quelle fréquence vais-je recevoir ces messages?')).toMatchObject({ intent: 'help', language: 'fr' });
    expect(classifyIntent('Qui envoie ces messages? je veux des infos')).toMatchObject({ intent: 'help', language: 'fr' });
    expect(classifyIntent('Est-ce que la livraison est payante?').intent).toBe('none');
  });

  it('reads English requests for the texts by name, and managing the subscription, as opt-in and help', () => {
    expect(classifyIntent('Please text me the weekly specials from now on')).toMatchObject({ intent: 'opt-in', rule: 'phrase:send-me-texts' });
    expect(classifyIntent('Please send me texts about school closings and delays')).toMatchObject({ intent: 'opt-in', rule: 'phrase:send-me-texts' });
    expect(classifyIntent('Please send me updates about my order').intent).toBe('none');
    expect(classifyIntent('Please send me the receipt').intent).toBe('none');
    expect(classifyIntent('Please keep texting me the deals').intent).toBe('none');
    expect(classifyIntent('please add me to the church text group')).toMatchObject({ intent: 'opt-in', rule: 'phrase:add-me-back' });
    expect(classifyIntent('Put me on the guest list').intent).toBe('none');
    expect(classifyIntent('Please turn on text reminders for my prescriptions')).toMatchObject({ intent: 'opt-in', rule: 'phrase:turn-back-on' });
    expect(classifyIntent('How do I change which alerts I get?')).toMatchObject({ intent: 'help', rule: 'phrase:manage-alerts' });
    expect(classifyIntent('How do I update my number for the school alerts?')).toMatchObject({ intent: 'help', rule: 'phrase:manage-alerts' });
    expect(classifyIntent('How do I get the alerts in Spanish?')).toMatchObject({ intent: 'help', rule: 'phrase:manage-alerts' });
    expect(classifyIntent('How do I change my shipping address?').intent).toBe('none');
    expect(classifyIntent('I need assistance with the text notifications')).toMatchObject({ intent: 'help', rule: 'phrase:need-help' });
    expect(classifyIntent('I need support for the SMS alerts')).toMatchObject({ intent: 'help', rule: 'phrase:need-help' });
    expect(classifyIntent('Can you explain what I signed up for?')).toMatchObject({ intent: 'help', rule: 'phrase:more-info' });
    expect(classifyIntent('What number do I call if I have problems with the text alerts?')).toMatchObject({ intent: 'help', rule: 'phrase:support' });
  });

  it('reads opt-outs closed by a bare STOP, written in a second language, or spelled as said', () => {
    expect(classifyIntent('stop bruh')).toMatchObject({ intent: 'opt-out', rule: 'phrase:stop-it' });
    expect(classifyIntent('for the love of god stop')).toMatchObject({ intent: 'opt-out', rule: 'phrase:stop-it' });
    expect(classifyIntent('why you keep texting me stop')).toMatchObject({ intent: 'opt-out', rule: 'phrase:stop-it' });
    expect(classifyIntent('nothing can make me stop').intent).toBe('none');
    expect(classifyIntent('is it possible to stop getting these?')).toMatchObject({ intent: 'opt-out', rule: 'phrase:stop-receiving' });
    expect(classifyIntent('how do I stop getting these charges on my bill?').intent).toBe('none');
    expect(classifyIntent('please no send me more message')).toMatchObject({ intent: 'opt-out', rule: 'phrase:no-send-me' });
    expect(classifyIntent('no, send me the blue one').intent).toBe('none');
    expect(classifyIntent('This phone belongs to my 12 year old, remove it from your list')).toMatchObject({ intent: 'opt-out', rule: 'phrase:remove-me' });
    expect(classifyIntent('remove it from my cart').intent).toBe('none');
    // The texts are named as what to stop: "email only" after it keeps email, not the texts.
    expect(classifyIntent('switch me off texts, email only')).toMatchObject({ intent: 'opt-out', rule: 'phrase:take-me-off' });
    expect(classifyIntent('remove mee')).toMatchObject({ intent: 'opt-out' });
    expect(classifyIntent('vaja')).toMatchObject({ intent: 'opt-out', rule: 'misspelling:VAJA→BAJA', language: 'es' });
    expect(classifyIntent('vale').intent).toBe('none');
    expect(classifyIntent('Alto a los mensajes por favor')).toMatchObject({ intent: 'opt-out', rule: 'phrase:es-basta' });
    expect(classifyIntent('Gire en el alto a la derecha').intent).toBe('none');
    expect(classifyIntent('sakenme de la lista')).toMatchObject({ intent: 'opt-out', language: 'es' });
    expect(classifyIntent('arrettt')).toMatchObject({ intent: 'opt-out', rule: 'misspelling:ARRETTT→ARRET' });
    expect(classifyIntent("c'est le téléphone de mon fils, arrêtez de lui écrire")).toMatchObject({ intent: 'opt-out', language: 'fr' });
  });

  it('answers none for empty, emoji-only and ordinary texts', () => {
    expect(classifyIntent('')).toEqual({ intent: 'none', rule: 'empty' });
    expect(classifyIntent('👍')).toEqual({ intent: 'none', rule: 'empty' });
    expect(classifyIntent('A')).toEqual({ intent: 'none', rule: 'none' });
    expect(classifyIntent('DISCOUNT')).toEqual({ intent: 'none', rule: 'none' });
  });
});

describe('normalizeIntentText', () => {
  it('folds case, accents, full-width forms, emoji, contractions and spelled-out letters', () => {
    expect(normalizeIntentText('ＳＴＯＰ 🛑')).toBe('stop');
    expect(normalizeIntentText('Arrêt!')).toBe('arret');
    expect(normalizeIntentText('Don’t text me')).toBe('dont text me');
    expect(normalizeIntentText("Arrêtez de m'envoyer")).toBe('arretez de m envoyer');
    expect(normalizeIntentText('S.T.O.P.')).toBe('stop');
    expect(normalizeIntentText('STOP!!1')).toBe('stop');
    expect(normalizeIntentText("'stop' now")).toBe('stop now');
    expect(normalizeIntentText("I'm done, don't text")).toBe('im done dont text');
    expect(normalizeIntentText('Café – c’est fini')).toBe('cafe c est fini');
  });

  it('folds compatibility forms character by character, as NFKC then NFD would', () => {
    expect(normalizeIntentText('ﬁne 𝐒𝐓𝐎𝐏 ｅ')).toBe('fine stop e');
    expect(normalizeIntentText('m’éviter')).toBe('m eviter');
    expect(normalizeIntentText('Привет СТОП')).toBe('привет стоп');
    // An ASCII apostrophe between two apostrophes is read apart in ASCII texts and dropped in others, as before.
    expect(normalizeIntentText("a''b")).toBe('a b');
    expect(normalizeIntentText("a''b😀")).toBe('ab');
  });

  it('notes each word with its hash, and where each sentence begins', () => {
    const sentences = newSentenceStarts();
    const words = newFoldedWords();
    const folded = foldIntentText("Hi! Don't text me. Merci, à bientôt 😊", sentences, words);
    expect(folded).toBe('hi dont text me merci a bientot');
    expect(Array.from(sentences.starts.subarray(0, sentences.count))).toEqual([3, 16, 22]);
    const noted = Array.from({ length: words.count }, (_, k) => folded.slice(words.bounds[2 * k], words.bounds[2 * k + 1]));
    expect(noted).toEqual(folded.split(' '));
    expect(Array.from(words.hashes.subarray(0, words.count))).toEqual(noted.map(hashOf));
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit each', () => {
    expect(editDistance('stpo', 'stop', 1)).toBe(1);
    expect(editDistance('stp', 'stop', 1)).toBe(1);
    expect(editDistance('sttop', 'stop', 1)).toBe(1);
    expect(editDistance('stip', 'stop', 1)).toBe(1);
    expect(editDistance('spot', 'stop', 2)).toBe(2);
    expect(editDistance('unsubcribe', 'unsubscribe', 2)).toBe(1);
  });

  it('gives up past the limit', () => {
    expect(editDistance('hello', 'stop', 1)).toBe(2);
    expect(editDistance('a', 'unsubscribe', 2)).toBe(3);
  });
});
