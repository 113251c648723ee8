import { Controller, Inject } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { MtRequested, type MtRequestedV1, MtStatusChanged, type MtStatusV1, MtSubmit } from '@parley/contracts';
import { type ConsumedEvent, OnEvents, outbound, type OutboundEvent } from '@parley/kafka';
import { sqlRows } from '@parley/database';
import type { Logger } from '@parley/observability';
import { analyze } from '@parley/sms-text';
import { LOGGER } from '../config';
import { ConsentStates } from '../suppression/consent-state.service';
import { sendVerdict } from '../suppression/send-policy';
import { MtMessage } from './mt-message.entity';

/**
 * Turns an MT request into a send: records it (once per id), checks consent, counts segments, and
 * hands it to the provider adapter. A repeated request id never produces a second send.
 */
@Controller()
export class MtRequestHandler {
  constructor(
    @InjectRepository(MtMessage) private readonly messages: Repository<MtMessage>,
    private readonly consent: ConsentStates,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * A window of requests: one consent lookup, one insert (ON CONFLICT DO NOTHING keeps a repeated id
   * from a second send) and, only for ids seen before, one read to replay what they published.
   */
  @OnEvents(MtRequested)
  async onRequests(items: ConsumedEvent<MtRequestedV1>[]): Promise<OutboundEvent[]> {
    const requests = [...new Map(items.map(({ event }) => [event.id, event])).values()];
    const consent = await this.consent.lookupAll(requests.map((mt) => ({ phone: mt.to, shortCode: mt.from, programId: mt.programId })));
    const now = new Date();
    const planned = requests.map((mt, i) => {
      const verdict = sendVerdict(mt, consent[i]);
      const { encoding, segments } = analyze(mt.text);
      return { mt, encoding, segments: segments.length, status: verdict.send ? ('queued' as const) : ('rejected' as const), reason: verdict.send ? null : verdict.reason };
    });
    const inserted = await this.insertNew(planned, now);
    const replayed = planned.filter((p) => !inserted.has(p.mt.id));
    const records = replayed.length ? await this.messages.findBy({ id: In(replayed.map((p) => p.mt.id)) }) : [];
    const byId = new Map(records.map((r) => [r.id, r]));
    const events: OutboundEvent[] = [];
    for (const p of planned) {
      if (!inserted.has(p.mt.id)) {
        const record = byId.get(p.mt.id);
        if (record) events.push(...this.replay(record, p.mt));
        continue;
      }
      this.logger.info({ mtId: p.mt.id, to: p.mt.to, category: p.mt.category, status: p.status, reason: p.reason, segments: p.segments }, 'MT dispatched');
      events.push(...this.outputs(p.mt, p.status, p.reason, p.encoding, p.segments, now.toISOString()));
    }
    return events;
  }

  private async insertNew(planned: PlannedMt[], now: Date): Promise<Set<string>> {
    const at = now.toISOString();
    const rows = await sqlRows<{ id: string }>(
      this.messages,
      `INSERT INTO mt_dispatcher.mt_message
         (id, from_address, to_number, text, category, program_id, priority, in_reply_to, requested_by, encoding, segments, status, reason, history, requested_at, updated_at)
       SELECT id, from_address, to_number, text, category, program_id, priority, in_reply_to, requested_by, encoding, segments, status, reason, history, requested_at, $16
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[], $10::text[], $11::int[], $12::text[], $13::text[], $14::jsonb[], $15::timestamptz[])
           AS t(id, from_address, to_number, text, category, program_id, priority, in_reply_to, requested_by, encoding, segments, status, reason, history, requested_at)
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [
        planned.map((p) => p.mt.id),
        planned.map((p) => p.mt.from),
        planned.map((p) => p.mt.to),
        planned.map((p) => p.mt.text),
        planned.map((p) => p.mt.category),
        planned.map((p) => p.mt.programId ?? null),
        planned.map((p) => p.mt.priority),
        planned.map((p) => p.mt.inReplyTo ?? null),
        planned.map((p) => p.mt.requestedBy),
        planned.map((p) => p.encoding),
        planned.map((p) => p.segments),
        planned.map((p) => p.status),
        planned.map((p) => p.reason),
        planned.map((p) => JSON.stringify([{ status: p.status, at, ...(p.reason ? { reason: p.reason } : {}) }])),
        planned.map((p) => p.mt.requestedAt),
        now,
      ],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** A request seen before: publish again only what may not have reached Kafka, never a new send. */
  private replay(record: MtMessage, mt: MtRequestedV1): OutboundEvent[] {
    if (record.status !== 'queued') return [];
    const queuedAt = record.history[0]?.at ?? record.updatedAt.toISOString();
    return this.outputs(mt, 'queued', null, record.encoding as 'GSM-7' | 'UCS-2', record.segments, queuedAt);
  }

  private outputs(mt: MtRequestedV1, status: 'queued' | 'rejected', reason: string | null, encoding: 'GSM-7' | 'UCS-2', segments: number, at: string): OutboundEvent[] {
    const statusEvent: MtStatusV1 = {
      mtId: mt.id,
      from: mt.from,
      to: mt.to,
      status,
      ...(reason ? { reason } : {}),
      inReplyTo: mt.inReplyTo,
      segments,
      at,
    };
    const events: OutboundEvent[] = [outbound(MtStatusChanged, statusEvent)];
    if (status === 'queued') {
      events.push(
        outbound(MtSubmit, { mtId: mt.id, from: mt.from, to: mt.to, text: mt.text, encoding, segments, attempt: 1, inReplyTo: mt.inReplyTo, submittedAt: at }),
      );
    }
    return events;
  }
}

interface PlannedMt {
  mt: MtRequestedV1;
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  status: 'queued' | 'rejected';
  reason: string | null;
}
