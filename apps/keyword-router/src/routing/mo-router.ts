import { classifyIntent } from '@parley/sms-text';
import type { MoReceivedV1, MoRoutedV1 } from '@parley/contracts';
import { complianceTexts, type KeywordRule, type Program } from '../programs/program';
import { normalizeKeyword } from './normalize-keyword';

export interface ConsentAction {
  action: 'opt-in' | 'opt-out';
  scope: 'program' | 'all';
}

export interface ReplyAction {
  text: string;
  category: 'transactional' | 'marketing' | 'compliance';
}

/** What an inbound message means for its program, and what must happen because of it. */
export interface RoutingDecision {
  outcome: MoRoutedV1['outcome'];
  rule: string;
  programId?: string;
  consent?: ConsentAction;
  reply?: ReplyAction;
}

/**
 * Decides what an MO means. Order matters and is fixed: compliance intents (opt-out, opt-in, help)
 * win over everything a program defines, then the program's keywords, then its default reply.
 */
export function routeMo(mo: Pick<MoReceivedV1, 'text'>, program: Program | undefined): RoutingDecision {
  if (!program) return { outcome: 'unmatched', rule: 'no-program-on-short-code' };
  const programKeywords = (action: KeywordRule['action']) => program.keywords.filter((k) => k.action === action).map((k) => k.keyword);
  const intent = classifyIntent(mo.text, {
    extraKeywords: { optOut: programKeywords('opt-out'), optIn: [], help: programKeywords('help') },
  });
  const base = { programId: program.id, rule: intent.rule };
  switch (intent.intent) {
    case 'opt-out': {
      const scope = intent.scope ?? 'program';
      return { ...base, outcome: 'opt-out', consent: { action: 'opt-out', scope }, reply: { text: complianceTexts.optOutConfirmation(program, scope, intent.language), category: 'compliance' } };
    }
    case 'opt-in':
      return { ...base, outcome: 'opt-in', consent: { action: 'opt-in', scope: 'program' }, reply: { text: complianceTexts.optInConfirmation(program), category: 'compliance' } };
    case 'help':
      return { ...base, outcome: 'help', reply: { text: complianceTexts.help(program), category: 'compliance' } };
    case 'none':
      break;
  }
  const word = normalizeKeyword(mo.text);
  const rule = program.keywords.find((k) => k.keyword === word);
  if (rule) {
    const matched = { programId: program.id, rule: `program-keyword:${rule.keyword}` };
    switch (rule.action) {
      case 'opt-in':
        return { ...matched, outcome: 'opt-in', consent: { action: 'opt-in', scope: 'program' }, reply: { text: complianceTexts.optInConfirmation(program), category: 'compliance' } };
      case 'opt-out':
        return { ...matched, outcome: 'opt-out', consent: { action: 'opt-out', scope: 'program' }, reply: { text: complianceTexts.optOutConfirmation(program, 'program'), category: 'compliance' } };
      case 'help':
        return { ...matched, outcome: 'help', reply: { text: complianceTexts.help(program), category: 'compliance' } };
      case 'auto-reply':
        return { ...matched, outcome: 'keyword', reply: rule.replyText ? { text: rule.replyText, category: rule.category } : undefined };
    }
  }
  if (program.defaultReply) {
    return { programId: program.id, outcome: 'default-reply', rule: 'default-reply', reply: { text: program.defaultReply, category: 'transactional' } };
  }
  return { programId: program.id, outcome: 'unmatched', rule: 'no-keyword-matched' };
}
