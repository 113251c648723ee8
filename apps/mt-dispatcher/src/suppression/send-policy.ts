import type { MtRequestedV1 } from '@parley/contracts';

export type ConsentLookup = 'opted-in' | 'opted-out' | 'none';

export type SendVerdict = { send: true } | { send: false; reason: 'opted-out' | 'no-consent' };

/**
 * Whether an MT may go out. Marketing needs the number's consent for its program and is never sent
 * after an opt-out; transactional and compliance messages (answers to what the person just texted,
 * STOP/HELP confirmations) are not marketing and always go.
 */
export function sendVerdict(mt: Pick<MtRequestedV1, 'category'>, consent: ConsentLookup): SendVerdict {
  if (mt.category !== 'marketing') return { send: true };
  if (consent === 'opted-out') return { send: false, reason: 'opted-out' };
  if (consent === 'none') return { send: false, reason: 'no-consent' };
  return { send: true };
}
