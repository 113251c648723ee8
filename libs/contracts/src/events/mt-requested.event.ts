import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { conversationKey, e164, messageId, messageText, programId, RETENTION, senderAddress, timestamp } from '../primitives';

export const mtCategory = z
  .enum(['transactional', 'marketing', 'compliance'])
  .describe('marketing is never sent to an opted-out number; compliance = STOP/HELP answers');

export const mtRequestedV1 = z.object({
  id: messageId.describe('idempotency key chosen by the requester: the same id is sent at most once'),
  from: senderAddress.describe('the short code or long number to send from'),
  to: e164,
  text: messageText,
  category: mtCategory,
  programId: programId.optional().describe('required for marketing: consent is per program'),
  inReplyTo: messageId.optional().describe('the MO this answers, if any'),
  priority: z.enum(['high', 'normal', 'bulk']).default('normal'),
  requestedBy: z.string().min(1).max(100).describe('the team or service asking, for audit'),
  requestedAt: timestamp,
}).refine((mt) => mt.category !== 'marketing' || mt.programId !== undefined, {
  message: 'marketing messages must name their programId',
  path: ['programId'],
});
export type MtRequestedV1 = z.output<typeof mtRequestedV1>;
export type MtRequestedV1Input = z.input<typeof mtRequestedV1>;

export const MtRequested = defineEvent({
  topic: 'sms.mt.requested.v1',
  description: 'A request to send an outbound (mobile-terminated) message. Any team may publish it.',
  schema: mtRequestedV1,
  keyOf: (mt) => conversationKey(mt.to, mt.from),
  keyDescription: '`<to>|<from>`: one conversation stays in order',
  spec: { partitions: 12, retentionMs: RETENTION.days(7), cleanupPolicy: 'delete' },
});
