import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { conversationKey, e164, messageId, RETENTION, senderAddress, timestamp } from '../primitives';

export const moReceivedV1 = z.object({
  id: messageId.describe('Parley message id; stable for the same provider message id'),
  from: e164.describe('the handset that sent the message'),
  to: senderAddress.describe('the short code or long number it was sent to'),
  text: z.string().max(4000).describe('message text as received (may be empty, e.g. a lone image)'),
  provider: z.string().min(1).describe("which gateway delivered it: 'generic', 'kannel', 'twilio', 'smpp', ..."),
  providerMessageId: z.string().min(1).max(200).optional().describe('the gateway id, used for de-duplication'),
  receivedAt: timestamp.describe('when the gateway received it'),
  acceptedAt: timestamp.describe('when Parley stored it durably'),
  encoding: z.enum(['GSM-7', 'UCS-2']).optional(),
  segments: z.number().int().positive().optional(),
});
export type MoReceivedV1 = z.output<typeof moReceivedV1>;

export const MoReceived = defineEvent({
  topic: 'sms.mo.received.v1',
  description: 'An inbound (mobile-originated) message, stored before the gateway was acknowledged.',
  schema: moReceivedV1,
  keyOf: (mo) => conversationKey(mo.from, mo.to),
  keyDescription: '`<from>|<to>`: one conversation (handset + short code) stays in order',
  spec: { partitions: 12, retentionMs: RETENTION.days(7), cleanupPolicy: 'delete' },
});
