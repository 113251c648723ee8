import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { conversationKey, e164, messageId, messageText, RETENTION, senderAddress, timestamp } from '../primitives';

export const mtSubmitV1 = z.object({
  mtId: messageId,
  from: senderAddress,
  to: e164,
  text: messageText,
  encoding: z.enum(['GSM-7', 'UCS-2']),
  segments: z.number().int().positive(),
  provider: z.string().min(1).optional().describe('route to this provider; the adapter default otherwise'),
  attempt: z.number().int().positive(),
  inReplyTo: messageId.optional(),
  submittedAt: timestamp,
});
export type MtSubmitV1 = z.output<typeof mtSubmitV1>;

export const MtSubmit = defineEvent({
  topic: 'sms.mt.submit.v1',
  description: 'Internal: an MT cleared for sending (consent checked, encoding decided), for the provider adapter.',
  schema: mtSubmitV1,
  keyOf: (mt) => conversationKey(mt.to, mt.from),
  keyDescription: '`<to>|<from>`',
  spec: { partitions: 12, retentionMs: RETENTION.days(3), cleanupPolicy: 'delete' },
});
