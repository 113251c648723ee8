import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { conversationKey, e164, messageId, programId, RETENTION, senderAddress, timestamp } from '../primitives';

export const moRoutedV1 = z.object({
  moId: messageId,
  from: e164,
  to: senderAddress,
  programId: programId.optional().describe('the program the message was matched to, if any'),
  outcome: z.enum(['opt-out', 'opt-in', 'help', 'keyword', 'default-reply', 'unmatched']),
  rule: z.string().describe("what matched, e.g. 'keyword:STOP' or 'program-keyword:DISCOUNT'"),
  actions: z.array(z.enum(['consent-change', 'reply'])).describe('what the router asked for'),
  routedAt: timestamp,
});
export type MoRoutedV1 = z.output<typeof moRoutedV1>;

export const MoRouted = defineEvent({
  topic: 'sms.mo.routed.v1',
  description: 'What the keyword router decided an inbound message means, and the actions it emitted.',
  schema: moRoutedV1,
  keyOf: (e) => conversationKey(e.from, e.to),
  keyDescription: '`<from>|<to>`, as sms.mo.received.v1',
  spec: { partitions: 12, retentionMs: RETENTION.days(7), cleanupPolicy: 'delete' },
});
