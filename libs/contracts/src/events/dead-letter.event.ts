import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { RETENTION, timestamp } from '../primitives';

export const deadLetterV1 = z.object({
  sourceTopic: z.string(),
  partition: z.number().int().min(0),
  offset: z.string(),
  consumerGroup: z.string(),
  key: z.string().nullable(),
  value: z.string().nullable().describe('the original value, base64'),
  headers: z.record(z.string(), z.string()),
  reason: z.string().describe("'invalid-event: ...' or 'handler-failed after N attempts: ...'"),
  attempts: z.number().int().min(0),
  failedAt: timestamp,
});
export type DeadLetterV1 = z.output<typeof deadLetterV1>;

export const DeadLetter = defineEvent({
  topic: 'parley.dead-letter.v1',
  description: 'Events a consumer could not process, with the reason; nothing is dropped silently.',
  schema: deadLetterV1,
  keyOf: (d) => `${d.consumerGroup}|${d.sourceTopic}`,
  keyDescription: '`<consumerGroup>|<sourceTopic>`',
  spec: { partitions: 3, retentionMs: RETENTION.days(30), cleanupPolicy: 'delete' },
});
