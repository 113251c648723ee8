import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MoReceived, type MoReceivedV1, moIdFor } from '@parley/contracts';
import { EventPublisher } from '@parley/kafka';
import { sqlRows } from '@parley/database';
import { MicroBatcher } from '@parley/runtime';
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

  /**
   * Requests arriving together share one duplicate check, one produce request and one insert (group
   * commit): under load that is what lets one ingress keep up with many providers' webhooks.
   */
  private readonly batcher = new MicroBatcher<Intake, IntakeResult>((items) => this.acceptAll(items));

  /** Throws KafkaUnavailableError when the message could not be stored durably. */
  accept(provider: string, mo: ValidMo): Promise<IntakeResult> {
    return this.batcher.add({ provider, mo });
  }

  private async acceptAll(items: Intake[]): Promise<IntakeResult[]> {
    const ids = items.map(({ provider, mo }) => moIdFor(provider, mo.providerMessageId));
    const seen = await this.alreadyAccepted(ids.filter((_, i) => items[i].mo.providerMessageId));
    const acceptedAt = new Date().toISOString();
    const results: IntakeResult[] = [];
    const events: MoReceivedV1[] = [];
    items.forEach(({ provider, mo }, i) => {
      const id = ids[i];
      if (seen.has(id)) {
        this.logger.info({ moId: id, provider }, 'duplicate MO ignored');
        results.push({ id, duplicate: true });
        return;
      }
      if (mo.providerMessageId) seen.add(id); // the same redelivery twice in one batch
      events.push({
        id,
        from: mo.from,
        to: mo.to,
        text: mo.text,
        provider,
        providerMessageId: mo.providerMessageId,
        receivedAt: mo.receivedAt,
        acceptedAt,
        encoding: mo.encoding,
        segments: mo.segments,
      });
      results.push({ id, duplicate: false });
    });
    // publish(), not publishAll(): its ack timeout and KafkaUnavailableError are what turn a Kafka outage
    // into a 503; records published together still leave in one produce request.
    await Promise.all(events.map((e) => this.publisher.publish(MoReceived, e)));
    await this.record(events);
    for (const e of events) this.logger.debug({ moId: e.id, from: e.from, to: e.to, text: e.text }, 'MO accepted');
    return results;
  }

  async find(id: string): Promise<MoMessage | null> {
    return this.messages.findOneBy({ id });
  }

  private async alreadyAccepted(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    try {
      const rows = await sqlRows<{ id: string }>(this.messages, 'SELECT id FROM ingress.mo_message WHERE id = ANY($1::uuid[])', [ids]);
      return new Set(rows.map((r) => r.id));
    } catch (e) {
      // The record is a convenience; downstream services dedupe by id, so an outage here is no loss.
      this.logger.warn({ err: e, count: ids.length }, 'duplicate check unavailable; publishing anyway');
      return new Set();
    }
  }

  private async record(events: MoReceivedV1[]): Promise<void> {
    if (!events.length) return;
    try {
      await this.messages.query(
        `INSERT INTO ingress.mo_message (id, provider, provider_message_id, from_number, to_address, segments, encoding, status, received_at, accepted_at)
         SELECT id, provider, provider_message_id, from_number, to_address, segments, encoding, 'accepted', received_at, accepted_at
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::timestamptz[], $9::timestamptz[])
             AS t(id, provider, provider_message_id, from_number, to_address, segments, encoding, received_at, accepted_at)
         ON CONFLICT (id) DO NOTHING`,
        [
          events.map((e) => e.id),
          events.map((e) => e.provider),
          events.map((e) => e.providerMessageId ?? null),
          events.map((e) => e.from),
          events.map((e) => e.to),
          events.map((e) => e.segments ?? null),
          events.map((e) => e.encoding ?? null),
          events.map((e) => e.receivedAt),
          events.map((e) => e.acceptedAt),
        ],
      );
    } catch (e) {
      this.logger.error({ err: e, moIds: events.map((m) => m.id) }, 'MO stored in Kafka but its status record failed');
    }
  }
}

interface Intake {
  provider: string;
  mo: ValidMo;
}
