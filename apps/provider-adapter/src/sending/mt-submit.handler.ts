import { Controller, Inject } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MtStatusChanged, MtSubmit, type MtSubmitV1 } from '@parley/contracts';
import { OnEvent, outbound, type OutboundEvent } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { LOGGER } from '../config';
import { SendError, SMS_PROVIDER, type SmsProvider } from '../providers/sms-provider';
import { Submission } from './submission.entity';

const SEND_ATTEMPTS = 3;

/**
 * Hands each cleared MT to the provider exactly once: a submission row is claimed first (a replayed
 * submit finds it and stops), then the provider is called; transient refusals are retried a few
 * times before the MT is reported failed.
 */
@Controller()
export class MtSubmitHandler {
  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    @Inject(SMS_PROVIDER) private readonly provider: SmsProvider,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(MtSubmit)
  async onSubmit(mt: MtSubmitV1): Promise<OutboundEvent[]> {
    const now = new Date();
    const claimed = await this.submissions
      .createQueryBuilder()
      .insert()
      .values({ mtId: mt.mtId, provider: this.provider.name, from: mt.from, to: mt.to, inReplyTo: mt.inReplyTo ?? null, status: 'wired', submittedAt: now, updatedAt: now })
      .orIgnore()
      .returning(['mtId'])
      .execute();
    if (claimed.raw.length === 0) {
      this.logger.info({ mtId: mt.mtId }, 'MT already submitted; not sending again');
      return [];
    }
    const base = { mtId: mt.mtId, from: mt.from, to: mt.to, provider: this.provider.name, inReplyTo: mt.inReplyTo, segments: mt.segments };
    let lastError: SendError | undefined;
    for (let attempt = 1; attempt <= SEND_ATTEMPTS; attempt++) {
      try {
        const accepted = await this.provider.send(mt);
        await this.submissions.update({ mtId: mt.mtId }, { providerMessageId: accepted.providerMessageId, status: 'sent', updatedAt: new Date() });
        this.logger.info({ mtId: mt.mtId, to: mt.to, provider: this.provider.name, providerMessageId: accepted.providerMessageId }, 'MT sent');
        return [outbound(MtStatusChanged, { ...base, status: 'sent', providerMessageId: accepted.providerMessageId, at: new Date().toISOString() })];
      } catch (e) {
        if (!(e instanceof SendError)) throw e;
        lastError = e;
        if (!e.retryable) break;
        this.logger.warn({ mtId: mt.mtId, attempt, err: e }, 'provider refused for now; retrying');
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
    await this.submissions.update({ mtId: mt.mtId }, { status: 'failed', updatedAt: new Date() });
    this.logger.warn({ mtId: mt.mtId, to: mt.to, err: lastError }, 'MT failed at the provider');
    return [
      outbound(MtStatusChanged, {
        ...base,
        status: 'failed',
        reason: lastError?.retryable ? `provider refused ${SEND_ATTEMPTS} times: ${lastError.message}` : (lastError?.message ?? 'provider refused'),
        providerStatus: lastError?.providerStatus,
        at: new Date().toISOString(),
      }),
    ];
  }
}
