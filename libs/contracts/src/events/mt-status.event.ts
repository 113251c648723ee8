import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { conversationKey, e164, messageId, RETENTION, senderAddress, timestamp } from '../primitives';

/** One status model for every provider (see docs/events.md for the meaning of each). */
export const MT_STATUSES = ['queued', 'wired', 'sent', 'delivered', 'errored', 'failed', 'expired', 'rejected'] as const;
export const mtStatus = z.enum(MT_STATUSES);
export type MtStatus = z.infer<typeof mtStatus>;
export const FINAL_MT_STATUSES: readonly MtStatus[] = ['delivered', 'failed', 'expired', 'rejected'];

export const mtStatusV1 = z.object({
  mtId: messageId,
  from: senderAddress,
  to: e164,
  status: mtStatus,
  reason: z.string().max(500).optional().describe("why, for errored/failed/rejected, e.g. 'opted-out'"),
  provider: z.string().optional(),
  providerMessageId: z.string().optional(),
  providerStatus: z.string().optional().describe("the provider's own code, before mapping"),
  inReplyTo: messageId.optional(),
  segments: z.number().int().positive().optional(),
  at: timestamp,
});
export type MtStatusV1 = z.output<typeof mtStatusV1>;

export const MtStatusChanged = defineEvent({
  topic: 'sms.mt.status.v1',
  description: 'Every status an outbound message goes through, normalized across providers.',
  schema: mtStatusV1,
  keyOf: (s) => conversationKey(s.to, s.from),
  keyDescription: '`<to>|<from>`, as sms.mt.requested.v1, so statuses follow their request',
  spec: { partitions: 12, retentionMs: RETENTION.days(7), cleanupPolicy: 'delete' },
});
