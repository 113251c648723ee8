import { Controller } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MtStatusChanged, type MtStatusV1 } from '@parley/contracts';
import { OnEvent } from '@parley/kafka';
import { MtMessage, type StatusStep } from '../dispatch/mt-message.entity';
import { advances, byLifecycle } from './status-order';

/** Keeps each MT record's status and history current from sms.mt.status.v1. */
@Controller()
export class MtStatusHandler {
  constructor(@InjectRepository(MtMessage) private readonly messages: Repository<MtMessage>) {}

  @OnEvent(MtStatusChanged)
  async onStatus(event: MtStatusV1): Promise<void> {
    // `queued` is this service's own status, already in the record's history since the insert.
    if (event.status === 'queued') return;
    const mt = await this.messages.findOneBy({ id: event.mtId });
    if (!mt) return; // an MT another dispatcher deployment owns, or one whose request was rejected before recording
    if (mt.history.some((h) => h.status === event.status)) return; // replayed
    const step: StatusStep = { status: event.status, at: event.at, reason: event.reason, providerStatus: event.providerStatus };
    const forward = advances(mt.status, event.status);
    await this.messages.update(
      { id: mt.id },
      {
        history: [...mt.history, step].sort(byLifecycle),
        ...(forward ? { status: event.status, reason: event.reason ?? mt.reason } : {}),
        provider: event.provider ?? mt.provider,
        providerMessageId: event.providerMessageId ?? mt.providerMessageId,
        updatedAt: new Date(),
      },
    );
  }
}
