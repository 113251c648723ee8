import { Controller, Inject } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MtSubmit, type MtSubmitV1 } from '@parley/contracts';
import { sqlRows } from '@parley/database';
import { type ConsumedEvent, OnEvents, type OutboundEvent } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { LOGGER } from '../config';
import { Submission } from './submission.entity';
import { SubmissionSender } from './submission-sender';

/**
 * Hands each cleared MT to the provider exactly once: the submission rows of a window are claimed
 * first with one insert (a replayed submit finds its row and is not sent again), then the claimed ones
 * are sent (SubmissionSender). A claim whose process died before the provider answered is picked up
 * again by StaleClaimSweeper.
 */
@Controller()
export class MtSubmitHandler {
  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    private readonly sender: SubmissionSender,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvents(MtSubmit)
  async onSubmits(items: ConsumedEvent<MtSubmitV1>[]): Promise<OutboundEvent[]> {
    const submits = [...new Map(items.map(({ event }) => [event.mtId, event])).values()];
    const claimed = await this.claim(submits);
    const replayed = submits.filter((mt) => !claimed.has(mt.mtId));
    await this.sender.sendAll(submits.filter((mt) => claimed.has(mt.mtId)));
    return this.replays(replayed);
  }

  private async claim(submits: MtSubmitV1[]): Promise<Set<string>> {
    if (!submits.length) return new Set();
    const rows = await sqlRows<{ mt_id: string }>(
      this.submissions,
      `INSERT INTO provider_adapter.submission (mt_id, provider, from_address, to_number, in_reply_to, text, encoding, segments, status, submitted_at, updated_at)
       SELECT mt_id, $8, from_address, to_number, in_reply_to, text, encoding, segments, 'wired', now(), now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::int[]) AS t(mt_id, from_address, to_number, in_reply_to, text, encoding, segments)
       ON CONFLICT (mt_id) DO NOTHING
       RETURNING mt_id`,
      [
        submits.map((m) => m.mtId),
        submits.map((m) => m.from),
        submits.map((m) => m.to),
        submits.map((m) => m.inReplyTo ?? null),
        submits.map((m) => m.text),
        submits.map((m) => m.encoding),
        submits.map((m) => m.segments),
        this.sender.providerName,
      ],
    );
    return new Set(rows.map((r) => r.mt_id));
  }

  /** Submits seen before are never sent again; a sent one announces `sent` again (it may not have reached Kafka). */
  private async replays(replayed: MtSubmitV1[]): Promise<OutboundEvent[]> {
    if (!replayed.length) return [];
    const rows = await sqlRows<{ mt_id: string; provider_message_id: string | null }>(
      this.submissions,
      'SELECT mt_id, provider_message_id FROM provider_adapter.submission WHERE mt_id = ANY($1::uuid[])',
      [replayed.map((m) => m.mtId)],
    );
    const sentAs = new Map(rows.map((r) => [r.mt_id, r.provider_message_id]));
    return replayed.flatMap((mt) => {
      const providerMessageId = sentAs.get(mt.mtId);
      this.logger.info({ mtId: mt.mtId, sent: Boolean(providerMessageId) }, 'MT already submitted; not sending again');
      return providerMessageId ? [this.sender.sentAgain(mt, providerMessageId)] : [];
    });
  }
}
