import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { consentSource } from './consent-change-requested.event';
import { conversationKey, e164, messageId, programId, RETENTION, senderAddress, timestamp } from '../primitives';

export const consentChangedV1 = z.object({
  id: messageId.describe('the consent ledger entry'),
  requestId: messageId,
  phone: e164,
  shortCode: senderAddress,
  programId,
  status: z.enum(['opted-in', 'opted-out']),
  previousStatus: z.enum(['opted-in', 'opted-out', 'none']),
  scope: z.enum(['program', 'all']),
  rule: z.string(),
  source: consentSource,
  changedAt: timestamp,
});
export type ConsentChangedV1 = z.output<typeof consentChangedV1>;

export const ConsentChanged = defineEvent({
  topic: 'consent.changed.v1',
  description: "A number's consent for a program changed (an entry of the consent ledger). Senders keep their suppression lists from it.",
  schema: consentChangedV1,
  keyOf: (e) => conversationKey(e.phone, e.shortCode),
  keyDescription: '`<phone>|<shortCode>`',
  spec: { partitions: 12, retentionMs: RETENTION.days(30), cleanupPolicy: 'delete' },
});
