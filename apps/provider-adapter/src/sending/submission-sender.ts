import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MtStatusChanged, type MtSubmitV1 } from '@parley/contracts';
import { EventPublisher, outbound, type OutboundEvent } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { ADAPTER_CONFIG, LOGGER, type ProviderAdapterConfig } from '../config';
import { SendError, SMS_PROVIDER, type SmsProvider } from '../providers/sms-provider';
import { RecentSends } from './recent-sends';
import { Submission } from './submission.entity';

export const SEND_ATTEMPTS = 3;

type SendOutcome = { mt: MtSubmitV1; providerMessageId: string } | { mt: MtSubmitV1; error: SendError };

/**
 * Sends claimed submissions through the provider, up to SEND_CONCURRENCY at a time; transient
 * refusals are retried a few times before the MT is reported failed. Writes the outcomes back with one
 * statement and publishes the status events itself, so that the MTs' receipts (RecentSends) can wait for
 * their `sent`. Used for fresh claims and for reclaimed ones.
 */
@Injectable()
export class SubmissionSender {
  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    @Inject(SMS_PROVIDER) private readonly provider: SmsProvider,
    private readonly recent: RecentSends,
    private readonly publisher: EventPublisher,
    @Inject(ADAPTER_CONFIG) private readonly config: ProviderAdapterConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get providerName(): string {
    return this.provider.name;
  }

  async sendAll(mts: MtSubmitV1[]): Promise<void> {
    if (!mts.length) return;
    const outcomes = await inBatches(mts, this.config.sendConcurrency, (mt) => this.send(mt));
    await this.submissions.query(
      `UPDATE provider_adapter.submission s SET provider_message_id = t.provider_message_id, updated_at = now(),
              status = CASE WHEN s.status = 'wired' THEN t.status ELSE s.status END -- a fast receipt, or the claim sweeper, got there first
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(mt_id, provider_message_id, status) WHERE s.mt_id = t.mt_id`,
      [outcomes.map((o) => o.mt.mtId), outcomes.map((o) => ('providerMessageId' in o ? o.providerMessageId : null)), outcomes.map((o) => ('providerMessageId' in o ? 'sent' : 'failed'))],
    );
    await this.publisher.publishAll(outcomes.map((o) => this.statusOf(o)));
    for (const o of outcomes) if ('providerMessageId' in o) this.recent.announced(o.providerMessageId);
  }

  /** The `sent` event of an MT sent before (a replayed submit: the first one may not have reached Kafka). */
  sentAgain(mt: MtSubmitV1, providerMessageId: string): OutboundEvent {
    return this.statusOf({ mt, providerMessageId });
  }

  private async send(mt: MtSubmitV1): Promise<SendOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { providerMessageId } = await this.provider.send(mt);
        // Before anything else runs: the provider's receipt may follow at once.
        this.recent.remember(providerMessageId, { mtId: mt.mtId, from: mt.from, to: mt.to, inReplyTo: mt.inReplyTo ?? null });
        this.logger.info({ mtId: mt.mtId, to: mt.to, provider: this.provider.name, providerMessageId }, 'MT sent');
        return { mt, providerMessageId };
      } catch (thrown) {
        // Once claimed, an MT must end sent or failed: an unexpected error is a failure, not a throw
        // (a retried window would find the claim and never send it).
        const e = thrown instanceof SendError ? thrown : new SendError(`provider error: ${(thrown as Error).message}`, false);
        if (!e.retryable || attempt >= SEND_ATTEMPTS) {
          this.logger.warn({ mtId: mt.mtId, to: mt.to, err: e }, 'MT failed at the provider');
          return { mt, error: e };
        }
        this.logger.warn({ mtId: mt.mtId, attempt, err: e }, 'provider refused for now; retrying');
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
  }

  private statusOf(outcome: SendOutcome): OutboundEvent {
    const { mt } = outcome;
    const base = { mtId: mt.mtId, from: mt.from, to: mt.to, provider: this.provider.name, inReplyTo: mt.inReplyTo, segments: mt.segments, at: new Date().toISOString() };
    if ('providerMessageId' in outcome) return outbound(MtStatusChanged, { ...base, status: 'sent', providerMessageId: outcome.providerMessageId });
    const { error } = outcome;
    return outbound(MtStatusChanged, {
      ...base,
      status: 'failed',
      reason: error.retryable ? `provider refused ${SEND_ATTEMPTS} times: ${error.message}` : error.message,
      providerStatus: error.providerStatus,
    });
  }
}

/** Runs `work` over `items` with at most `limit` at a time; results in the items' order. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
