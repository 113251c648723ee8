import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MoReceived, type MoReceivedV1, moIdFor } from '@parley/contracts';
import { EventPublisher } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { LOGGER } from '../http/logger.token';
import { MoMessage } from './mo-message.entity';
import type { ValidMo } from './mo-input';

export type IntakeResult = { id: string; duplicate: boolean };

/**
 * Takes a validated inbound message into Parley: it is acknowledged only once Kafka has stored it
 * (acks=all); a redelivery with the same provider message id is recognized and not published again.
 */
@Injectable()
export class MoIntake {
  constructor(
    private readonly publisher: EventPublisher,
    @InjectRepository(MoMessage) private readonly messages: Repository<MoMessage>,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Throws KafkaUnavailableError when the message could not be stored durably. */
  async accept(provider: string, mo: ValidMo): Promise<IntakeResult> {
    const id = moIdFor(provider, mo.providerMessageId);
    if (mo.providerMessageId && (await this.alreadyAccepted(id))) {
      this.logger.info({ moId: id, provider }, 'duplicate MO ignored');
      return { id, duplicate: true };
    }
    const event: MoReceivedV1 = {
      id,
      from: mo.from,
      to: mo.to,
      text: mo.text,
      provider,
      providerMessageId: mo.providerMessageId,
      receivedAt: mo.receivedAt,
      acceptedAt: new Date().toISOString(),
      encoding: mo.encoding,
      segments: mo.segments,
    };
    await this.publisher.publish(MoReceived, event);
    await this.record(event);
    this.logger.debug({ moId: id, from: mo.from, to: mo.to, text: mo.text }, 'MO accepted');
    return { id, duplicate: false };
  }

  async find(id: string): Promise<MoMessage | null> {
    return this.messages.findOneBy({ id });
  }

  private async alreadyAccepted(id: string): Promise<boolean> {
    try {
      return await this.messages.existsBy({ id });
    } catch (e) {
      // The record is a convenience; downstream services dedupe by id, so an outage here is no loss.
      this.logger.warn({ err: e, moId: id }, 'duplicate check unavailable; publishing anyway');
      return false;
    }
  }

  private async record(event: MoReceivedV1): Promise<void> {
    try {
      await this.messages
        .createQueryBuilder()
        .insert()
        .values({
          id: event.id,
          provider: event.provider,
          providerMessageId: event.providerMessageId ?? null,
          from: event.from,
          to: event.to,
          segments: event.segments ?? null,
          encoding: event.encoding ?? null,
          status: 'accepted',
          receivedAt: new Date(event.receivedAt),
          acceptedAt: new Date(event.acceptedAt),
        })
        .orIgnore()
        .execute();
    } catch (e) {
      this.logger.error({ err: e, moId: event.id }, 'MO stored in Kafka but its status record failed');
    }
  }
}
