/** A short-code program as the router needs it: who it is, what it says, which keywords it owns. */
export interface Program {
  id: string;
  shortCode: string;
  name: string;
  /** What subscribers get, e.g. "deal alerts". */
  description: string;
  /** Message frequency disclosure, e.g. "4 msgs/month". */
  frequency: string;
  supportEmail: string;
  supportPhone: string;
  defaultReply: string | null;
  keywords: KeywordRule[];
}

export type KeywordAction = 'opt-in' | 'opt-out' | 'help' | 'auto-reply';

/** One keyword of a program: the normalized word and what texting it does. */
export interface KeywordRule {
  keyword: string;
  action: KeywordAction;
  replyText: string | null;
  category: 'transactional' | 'marketing';
}

/**
 * The texts CTIA requires, built from the program's fields so that no confirmation can lack a
 * disclosure: program name, frequency, "Msg&data rates may apply", HELP and STOP instructions.
 */
export const complianceTexts = {
  optInConfirmation: (p: Program) =>
    `${p.name}: You're subscribed to ${p.description}. ${p.frequency}. Msg&data rates may apply. Reply HELP for help, STOP to cancel.`,
  /**
   * In the language the person wrote in (classifyIntent says which): a Spanish BAJA is confirmed in
   * Spanish. Worded in the GSM-7 alphabet, so a confirmation stays one 160-character segment.
   */
  optOutConfirmation: (p: Program, scope: 'program' | 'all', language: ConfirmationLanguage = 'en') => OPT_OUT_CONFIRMATIONS[language](p, scope),
  help: (p: Program) =>
    `${p.name}: ${capitalize(p.description)}. Help: ${p.supportEmail} or ${p.supportPhone}. ${p.frequency}. Msg&data rates may apply. Reply STOP to cancel.`,
};

export type ConfirmationLanguage = 'en' | 'es' | 'fr';

const OPT_OUT_CONFIRMATIONS: Record<ConfirmationLanguage, (p: Program, scope: 'program' | 'all') => string> = {
  en: (p, scope) =>
    scope === 'all'
      ? `${p.name}: You're unsubscribed from all programs on this number and will get no more messages. Reply START to resubscribe.`
      : `${p.name}: You're unsubscribed and will get no more messages. Reply START to resubscribe.`,
  es: (p, scope) =>
    scope === 'all'
      ? `${p.name}: Baja confirmada de todos los programas en este numero; no te enviaremos otros mensajes. Responde START para volver a suscribirte.`
      : `${p.name}: Baja confirmada; no te enviaremos otros mensajes. Responde START para volver a suscribirte.`,
  fr: (p, scope) =>
    scope === 'all'
      ? `${p.name} : Votre désabonnement de tous les programmes de ce numéro est enregistré, vous ne recevrez plus de messages. Répondez START pour vous réabonner.`
      : `${p.name} : Votre désabonnement est enregistré, vous ne recevrez plus de messages. Répondez START pour vous réabonner.`,
};

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
