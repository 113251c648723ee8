/**
 * docs/events.md is generated from @parley/contracts, so the published contract and the validation
 * that enforces it can never disagree. `node dist/tools/docs/events-doc.js --write` rewrites it; a
 * unit test fails when the file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ALL_EVENTS, type EventContract } from '@parley/contracts';

const PUBLIC_TOPICS = new Set(['sms.mo.received.v1', 'sms.mo.routed.v1', 'sms.mt.requested.v1', 'sms.mt.status.v1', 'consent.changed.v1', 'parley.dead-letter.v1']);

const INTRO = `# Parley event contracts

> Generated from \`libs/contracts\` by \`tools/docs/events-doc.ts\`; do not edit by hand.

Every Parley topic is listed here with its key, its value schema (JSON Schema) and how it is
provisioned. Topics whose name ends in \`.vN\` are versioned: a breaking change gets a new topic
(\`.v2\`) that runs beside the old one until its consumers have moved.

## Rules for every topic
- **Encoding**: the value is UTF-8 JSON; headers \`content-type: application/json\` and
  \`event-type: <topic>\` are set on every record Parley produces.
- **Keys decide ordering**: records with the same key go to the same partition and stay in order.
  Conversations are keyed \`<handset>|<short code>\` (MO: \`<from>|<to>\`, MT: \`<to>|<from>\`).
- **Validation**: Parley validates every value when it produces and when it consumes. A record that
  does not match its schema is never processed: it goes to \`parley.dead-letter.v1\` with the reason,
  and the consumer moves on.
- **Idempotency**: ids are idempotency keys. Publishing the same \`sms.mt.requested.v1\` id twice sends
  one message. Consumers must expect redelivery (at-least-once) and dedupe by id.
- **Producing**: use acks=all and an idempotent producer. Topics are never auto-created.
- **Phone numbers** are E.164 (\`+15551234567\`); short codes are 3 to 8 digits.

## For other teams
- **Send an SMS**: publish to \`sms.mt.requested.v1\` (example below). Marketing needs a \`programId\`
  and the recipient's opt-in for that program; opted-out numbers are never sent marketing (the status
  stream reports \`rejected\` with reason \`opted-out\` or \`no-consent\`).
- **Receive inbound SMS**: consume \`sms.mo.received.v1\` with your own consumer group.
- **Track delivery**: consume \`sms.mt.status.v1\` (statuses: queued → wired → sent → delivered, or
  errored (retryable), failed (permanent), expired, rejected (suppressed)).

Example MT request (key \`+15551234567|12345\`):

\`\`\`json
{
  "id": "0b4f7a8e-2f0c-4c61-9d0e-2b1d8f6a7c11",
  "from": "12345",
  "to": "+15551234567",
  "text": "Parley Deals: 20% off this weekend. Reply STOP to cancel.",
  "category": "marketing",
  "programId": "parley-deals",
  "priority": "normal",
  "requestedBy": "campaigns-team",
  "requestedAt": "2026-11-23T10:15:00Z"
}
\`\`\`
`;

function section(c: EventContract): string {
  const schema = z.toJSONSchema(c.schema, { io: 'input', unrepresentable: 'any' });
  const days = Math.round(c.spec.retentionMs / 86_400_000);
  return [
    `## \`${c.topic}\`${PUBLIC_TOPICS.has(c.topic) ? '' : ' (internal)'}`,
    '',
    c.description,
    '',
    `- **Key**: ${c.keyDescription}`,
    `- **Partitions**: ${c.spec.partitions}; **retention**: ${days} days; **cleanup**: ${c.spec.cleanupPolicy}`,
    '',
    '```json',
    JSON.stringify(schema, null, 2),
    '```',
    '',
  ].join('\n');
}

export function renderEventsDoc(): string {
  const index = ALL_EVENTS.map((c) => `| \`${c.topic}\` | ${PUBLIC_TOPICS.has(c.topic) ? 'public' : 'internal'} | ${c.description} |`).join('\n');
  return `${INTRO}\n## Topics\n\n| topic | audience | what it carries |\n| --- | --- | --- |\n${index}\n\n${ALL_EVENTS.map(section).join('\n')}`;
}

export const EVENTS_DOC_PATH = path.resolve(__dirname, '../../docs/events.md').replace(`${path.sep}dist${path.sep}`, path.sep);

if (require.main === module) {
  if (process.argv.includes('--write')) {
    fs.writeFileSync(EVENTS_DOC_PATH, renderEventsDoc());
    console.log(`wrote ${EVENTS_DOC_PATH}`);
  } else process.stdout.write(renderEventsDoc());
}
