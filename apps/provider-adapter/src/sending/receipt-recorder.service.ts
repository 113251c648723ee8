import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MtStatusChanged } from '@parley/contracts';
import { EventPublisher } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { LOGGER } from '../config';
import { type DeliveryReceipt, SMS_PROVIDER, type SmsProvider } from '../providers/sms-provider';
import { Submission } from './submission.entity';

const LOOKUP_ATTEMPTS = 10;

/**
 * Turns provider receipts into sms.mt.status.v1 events. A receipt can overtake the write that maps
 * the provider's id to ours, so an unknown id is looked up again for a short while before it is
 * logged as an orphan.
 */
@Injectable()
export class ReceiptRecorder implements OnApplicationBootstrap {
  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    @Inject(SMS_PROVIDER) private readonly provider: SmsProvider,
    private readonly publisher: EventPublisher,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.provider.onReceipt((receipt) => this.record(receipt).catch((e: unknown) => this.logger.error({ err: e, receipt }, 'receipt not recorded')));
  }

  async record(receipt: DeliveryReceipt): Promise<void> {
    const submission = await this.find(receipt.providerMessageId);
    if (!submission) {
      this.logger.warn({ provider: this.provider.name, providerMessageId: receipt.providerMessageId, status: receipt.providerStatus }, 'receipt for an unknown message ignored');
      return;
    }
    await this.publisher.publish(MtStatusChanged, {
      mtId: submission.mtId,
      from: submission.from,
      to: submission.to,
      status: receipt.status,
      reason: receipt.reason,
      provider: this.provider.name,
      providerMessageId: receipt.providerMessageId,
      providerStatus: receipt.providerStatus,
      inReplyTo: submission.inReplyTo ?? undefined,
      at: receipt.at,
    });
    await this.submissions.update({ mtId: submission.mtId }, { status: receipt.status, updatedAt: new Date() });
  }

  private async find(providerMessageId: string): Promise<Submission | null> {
    for (let attempt = 1; attempt <= LOOKUP_ATTEMPTS; attempt++) {
      const found = await this.submissions.findOneBy({ provider: this.provider.name, providerMessageId });
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
    return null;
  }
}
