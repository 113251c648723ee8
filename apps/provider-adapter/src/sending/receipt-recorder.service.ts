import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MtStatusChanged, type MtStatusV1 } from '@parley/contracts';
import { sqlRows } from '@parley/database';
import { EventPublisher } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { MicroBatcher } from '@parley/runtime';
import { LOGGER } from '../config';
import { type DeliveryReceipt, SMS_PROVIDER, type SmsProvider } from '../providers/sms-provider';
import { RecentSends, type SentMt } from './recent-sends';
import { Submission } from './submission.entity';

const LOOKUP_ATTEMPTS = 10;

/**
 * Turns provider receipts into sms.mt.status.v1 events, receipts arriving together in one produce
 * request. A receipt's MT is found in RecentSends or else in the submissions; a receipt
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
    const recent = receipts.map((r) => this.recent.find(r.providerMessageId));
    const fromDatabase = await this.lookUp(receipts.filter((_, i) => !recent[i]).map((r) => r.providerMessageId));
    const known: [DeliveryReceipt, SentMt][] = [];
    receipts.forEach((r, i) => {
      const mt = recent[i] ?? fromDatabase.get(r.providerMessageId);
      if (mt) known.push([r, mt]);
      else this.recordLate(r).catch((e: unknown) => this.logger.error({ err: e, providerMessageId: r.providerMessageId }, 'receipt not recorded'));
    });
    // A receipt never overtakes its MT's `sent` (a fast provider answers before the window publishes it).
    await Promise.all(known.map(([r]) => this.recent.whenAnnounced(r.providerMessageId)));
    await this.announce(known);
  }

  /** A receipt for an id not (yet) known: looked up again for a while, then logged as an orphan. */
  private async recordLate(receipt: DeliveryReceipt): Promise<void> {
    for (let attempt = 1; attempt <= LOOKUP_ATTEMPTS; attempt++) {
      await new Promise((r) => setTimeout(r, 50 * attempt));
      const mt = (await this.lookUp([receipt.providerMessageId])).get(receipt.providerMessageId);
      if (mt) {
        await this.announce([[receipt, mt]]);
        return;
      }
    }
    this.logger.warn({ provider: this.provider.name, providerMessageId: receipt.providerMessageId, status: receipt.providerStatus }, 'receipt for an unknown message ignored');
  }

  /** The MTs behind provider message ids, from the submissions. */
  private async lookUp(providerMessageIds: string[]): Promise<Map<string, SentMt>> {
    const found = new Map<string, SentMt>();
    if (!providerMessageIds.length) return found;
    const rows = await sqlRows<{ mt_id: string; from_address: string; to_number: string; in_reply_to: string | null; provider_message_id: string }>(
      this.submissions,
      'SELECT mt_id, from_address, to_number, in_reply_to, provider_message_id FROM provider_adapter.submission WHERE provider = $1 AND provider_message_id = ANY($2::text[])',
      [this.provider.name, providerMessageIds],
    );
    for (const row of rows) found.set(row.provider_message_id, { mtId: row.mt_id, from: row.from_address, to: row.to_number, inReplyTo: row.in_reply_to });
    return found;
  }

  /**
   * Publishes the receipts' status events with one produce request. The submission row is the claim and
   * the map from the provider's id to ours and ends at the send's outcome; an MT's delivery is recorded
   * by mt-dispatcher from these events, so the row is written only when a receipt finds it still
   * `wired` (the send's own update has not landed, or failed): the receipt proves the send, and the
   * stale-claim sweeper must not send it again. Normally that matches no row: no write per receipt.
   */
  private async announce(receipts: [DeliveryReceipt, SentMt][]): Promise<void> {
    if (!receipts.length) return;
    await Promise.all(receipts.map(([r, mt]) => this.publisher.publish(MtStatusChanged, this.statusEvent(r, mt))));
    await this.submissions.query(
      `UPDATE provider_adapter.submission s SET status = 'sent', provider_message_id = t.provider_message_id, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS t(mt_id, provider_message_id) WHERE s.mt_id = t.mt_id AND s.status = 'wired'`,
      [receipts.map(([, mt]) => mt.mtId), receipts.map(([r]) => r.providerMessageId)],
    );
  }

  private statusEvent(receipt: DeliveryReceipt, mt: SentMt): MtStatusV1 {
    return {
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
    };
  }
}
