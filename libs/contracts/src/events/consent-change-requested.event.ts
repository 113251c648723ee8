import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { conversationKey, e164, messageId, programId, RETENTION, senderAddress, timestamp } from '../primitives';

export const consentSource = z.object({
  channel: z.enum(['sms', 'web', 'api', 'import']),
  moId: messageId.optional().describe('the inbound message that asked for it (channel sms)'),
  text: z.string().max(4000).optional().describe('the words the person used, kept as evidence'),
});

export const consentChangeRequestedV1 = z.object({
  id: messageId.describe('idempotency key: the same request id is applied once'),
  phone: e164,
  shortCode: senderAddress,
  programId,
  action: z.enum(['opt-in', 'opt-out']),
  scope: z.enum(['program', 'all']).describe("'all' = every program on the short code (STOP ALL)"),
  rule: z.string().min(1).describe('why: the keyword or phrase rule that matched'),
  source: consentSource,
  requestedAt: timestamp,
});
export type ConsentChangeRequestedV1 = z.output<typeof consentChangeRequestedV1>;

export const ConsentChangeRequested = defineEvent({
  topic: 'consent.change-requested.v1',
  description: 'A request to opt a number in or out; the subscription service applies it and records it in the consent ledger.',
  schema: consentChangeRequestedV1,
  keyOf: (e) => conversationKey(e.phone, e.shortCode),
  keyDescription: '`<phone>|<shortCode>`: changes for one number are applied in order',
  spec: { partitions: 12, retentionMs: RETENTION.days(14), cleanupPolicy: 'delete' },
});
