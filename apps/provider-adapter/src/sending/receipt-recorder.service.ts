import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MtStatusChanged } from '@parley/contracts';
import { EventPublisher, outbound } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { MicroBatcher } from '@parley/runtime';
import { LOGGER } from '../config';
import { type DeliveryReceipt, SMS_PROVIDER, type SmsProvider } from '../providers/sms-provider';
import { RecentSends, type SentMt } from './recent-sends';
import { Submission } from './submission.entity';

const LOOKUP_ATTEMPTS = 10;

/**
 * Turns provider receipts into sms.mt.status.v1 events, receipts arriving together in one produce
 * request and one update. A receipt's MT is found in RecentSends or else in the submissions; a receipt
 * can overtake the write that maps the provider's id to ours, so an unknown id is looked up again for a
 * short while before it is logged as an orphan.
 */
@Injectable()
export class ReceiptRecorder implements OnApplicationBootstrap {
  private readonly batcher = new MicroBatcher<DeliveryReceipt, void>(async (receipts) => {
    await this.recordAll(receipts);
    return receipts.map(() => undefined);
  });

  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    @Inject(SMS_PROVIDER) private readonly provider: SmsProvider,
    private readonly recent: RecentSends,
    private readonly publisher: EventPublisher,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.provider.onReceipt((receipt) => this.record(receipt).catch((e: unknown) => this.logger.error({ err: e, receipt }, 'receipt not recorded')));
  }

  record(receipt: DeliveryReceipt): Promise<void> {
    return this.batcher.add(receipt);
  }

  private async recordAll(receipts: DeliveryReceipt[]): Promise<void> {
    const found = new Map<string, SentMt>();
    const unknown: DeliveryReceipt[] = [];
    for (const r of receipts) {
      const mt = this.recent.find(r.providerMessageId);
      if (mt) found.set(r.providerMessageId, mt);
      else unknown.push(r);
    }
    if (unknown.length) {
      const rows = await this.submissions.query(
        `SELECT mt_id, from_address, to_number, in_reply_to, provider_message_id FROM provider_adapter.submission WHERE provider = $1 AND provider_message_id = ANY($2::text[])`,
        [this.provider.name, unknown.map((r) => r.providerMessageId)],
      );
      for (const row of rows as { mt_id: string; from_address: string; to_number: string; in_reply_to: string | null; provider_message_id: string }[]) {
        found.set(row.provider_message_id, { mtId: row.mt_id, from: row.from_address, to: row.to_number, inReplyTo: row.in_reply_to });
      }
    }
    const known = receipts.filter((r) => found.has(r.providerMessageId));
    for (const r of receipts) {
      if (!found.has(r.providerMessageId)) this.recordLate(r).catch((e: unknown) => this.logger.error({ err: e, providerMessageId: r.providerMessageId }, 'receipt not recorded'));
    }
    if (!known.length) return;
    await this.publisher.publishAll(known.map((r) => this.statusEvent(r, found.get(r.providerMessageId)!)));
    await this.submissions.query(
      `UPDATE provider_adapter.submission s SET status = t.status, updated_at = now() FROM unnest($1::uuid[], $2::text[]) AS t(mt_id, status) WHERE s.mt_id = t.mt_id`,
      [known.map((r) => found.get(r.providerMessageId)!.mtId), known.map((r) => r.status)],
    );
  }

  /** A receipt for an id not (yet) known: looked up again for a while, then logged as an orphan. */
  private async recordLate(receipt: DeliveryReceipt): Promise<void> {
    for (let attempt = 1; attempt <= LOOKUP_ATTEMPTS; attempt++) {
      await new Promise((r) => setTimeout(r, 50 * attempt));
      const submission = await this.submissions.findOneBy({ provider: this.provider.name, providerMessageId: receipt.providerMessageId });
      if (submission) {
        const mt = { mtId: submission.mtId, from: submission.from, to: submission.to, inReplyTo: submission.inReplyTo };
        await this.publisher.publishAll([this.statusEvent(receipt, mt)]);
        await this.submissions.update({ mtId: mt.mtId }, { status: receipt.status, updatedAt: new Date() });
        return;
      }
    }
    this.logger.warn({ provider: this.provider.name, providerMessageId: receipt.providerMessageId, status: receipt.providerStatus }, 'receipt for an unknown message ignored');
  }

  private statusEvent(receipt: DeliveryReceipt, mt: SentMt) {
    return outbound(MtStatusChanged, {
      mtId: mt.mtId,
      from: mt.from,
      to: mt.to,
      status: receipt.status,
      reason: receipt.reason,
      provider: this.provider.name,
      providerMessageId: receipt.providerMessageId,
      providerStatus: receipt.providerStatus,
      inReplyTo: mt.inReplyTo ?? undefined,
      at: receipt.at,
    });
  }
}
