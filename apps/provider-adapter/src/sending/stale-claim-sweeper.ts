import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MtStatusChanged, type MtSubmitV1 } from '@parley/contracts';
import { sqlRows } from '@parley/database';
import { EventPublisher, outbound, type OutboundEvent } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { ADAPTER_CONFIG, LOGGER, type ProviderAdapterConfig } from '../config';
import { Submission } from './submission.entity';
import { SubmissionSender } from './submission-sender';

/** Claims taken this often without the provider's answer are given up as failed. */
export const MAX_CLAIMS = 3;
const SWEEP_BATCH = 100;

interface StaleRow {
  mt_id: string;
  from_address: string;
  to_number: string;
  in_reply_to: string | null;
  text: string | null;
  encoding: 'GSM-7' | 'UCS-2' | null;
  segments: number | null;
  claims: number;
}

/**
 * A submission claimed but neither sent nor failed after SEND_CLAIM_TIMEOUT_MS belongs to a process
 * that died between the claim and the provider's answer: it is claimed again (SKIP LOCKED, so several
 * adapters share the work) and sent, or after MAX_CLAIMS reported failed. Without this an MT would sit
 * "wired" forever. A resend can duplicate an SMS the provider had accepted just before the crash: that
 * is the at-least-once end of the trade, preferred to silently never sending.
 */
@Injectable()
export class StaleClaimSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> = Promise.resolve();

  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    private readonly sender: SubmissionSender,
    private readonly publisher: EventPublisher,
    @Inject(ADAPTER_CONFIG) private readonly config: ProviderAdapterConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const every = Math.max(1000, Math.min(30_000, Math.floor(this.config.sendClaimTimeoutMs / 2)));
    this.timer = setInterval(() => {
      this.sweeping = this.sweeping.then(async () => void (await this.sweep())).catch((e: unknown) => this.logger.error({ err: e }, 'stale claim sweep failed'));
    }, every);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  /** One pass: reclaims up to SWEEP_BATCH stale claims; returns how many it handled. */
  async sweep(): Promise<number> {
    const stale = await sqlRows<StaleRow>(
      this.submissions,
      `UPDATE provider_adapter.submission s SET claims = s.claims + 1, updated_at = now()
        WHERE s.mt_id IN (
          SELECT mt_id FROM provider_adapter.submission
           WHERE status = 'wired' AND provider = $1 AND updated_at < now() - make_interval(secs => $2::double precision / 1000)
           ORDER BY updated_at LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING s.mt_id, s.from_address, s.to_number, s.in_reply_to, s.text, s.encoding, s.segments, s.claims`,
      [this.sender.providerName, this.config.sendClaimTimeoutMs, SWEEP_BATCH],
    );
    if (!stale.length) return 0;
    const resend = stale.filter((r) => r.claims <= MAX_CLAIMS && r.text !== null);
    const giveUp = stale.filter((r) => !resend.includes(r));
    this.logger.warn({ resend: resend.length, giveUp: giveUp.length }, 'stale submission claims found');
    await this.sender.sendAll(resend.map(toSubmit));
    const events: OutboundEvent[] = [];
    if (giveUp.length) {
      await this.submissions.query(`UPDATE provider_adapter.submission SET status = 'failed', updated_at = now() WHERE mt_id = ANY($1::uuid[]) AND status = 'wired'`, [giveUp.map((r) => r.mt_id)]);
      for (const r of giveUp) {
        events.push(
          outbound(MtStatusChanged, {
            mtId: r.mt_id,
            from: r.from_address,
            to: r.to_number,
            status: 'failed',
            reason: r.text === null ? 'claimed before a restart and cannot be resent (no text recorded)' : `not confirmed by the provider after ${MAX_CLAIMS} claims`,
            provider: this.sender.providerName,
            inReplyTo: r.in_reply_to ?? undefined,
            segments: r.segments ?? undefined,
            at: new Date().toISOString(),
          }),
        );
      }
    }
    await this.publisher.publishAll(events);
    return stale.length;
  }
}

function toSubmit(r: StaleRow): MtSubmitV1 {
  return {
    mtId: r.mt_id,
    from: r.from_address,
    to: r.to_number,
    text: r.text!,
    encoding: r.encoding ?? 'GSM-7',
    segments: r.segments ?? 1,
    attempt: r.claims,
    inReplyTo: r.in_reply_to ?? undefined,
    submittedAt: new Date().toISOString(),
  };
}
