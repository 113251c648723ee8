import { Controller, Inject } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MtRequested, type MtRequestedV1, MtStatusChanged, type MtStatusV1, MtSubmit } from '@parley/contracts';
import { OnEvent, outbound, type OutboundEvent } from '@parley/kafka';
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

  @OnEvent(MtRequested)
  async onRequest(mt: MtRequestedV1): Promise<OutboundEvent[]> {
    // A repeated id is caught by the insert below (ON CONFLICT DO NOTHING), not by a read first: replays
    // are rare, and every request saved a statement.
    const verdict = sendVerdict(mt, await this.consent.lookup(mt.to, mt.from, mt.programId));
    const { encoding, segments } = analyze(mt.text);
    const now = new Date();
    const status = verdict.send ? 'queued' : 'rejected';
    const reason = verdict.send ? null : verdict.reason;
    const inserted = await this.messages
      .createQueryBuilder()
      .insert()
      .values({
        id: mt.id,
        from: mt.from,
        to: mt.to,
        text: mt.text,
        category: mt.category,
        programId: mt.programId ?? null,
        priority: mt.priority,
        inReplyTo: mt.inReplyTo ?? null,
        requestedBy: mt.requestedBy,
        encoding,
        segments: segments.length,
        status,
        reason,
        history: [{ status, at: now.toISOString(), ...(reason ? { reason } : {}) }],
        requestedAt: new Date(mt.requestedAt),
        updatedAt: now,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (inserted.raw.length === 0) {
      const raced = await this.messages.findOneByOrFail({ id: mt.id });
      return this.replay(raced, mt);
    }
    this.logger.info({ mtId: mt.id, to: mt.to, category: mt.category, status, reason, segments: segments.length }, 'MT dispatched');
    return this.outputs(mt, status, reason, encoding, segments.length, now.toISOString());
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
