import { Controller } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MoRouted, type MoRoutedV1 } from '@parley/contracts';
import { OnEvent } from '@parley/kafka';
import { MoMessage } from './mo-message.entity';

/** Completes an MO's status record with what the keyword router decided. */
@Controller()
export class MoRoutedHandler {
  constructor(@InjectRepository(MoMessage) private readonly messages: Repository<MoMessage>) {}

  @OnEvent(MoRouted)
  async onRouted(event: MoRoutedV1): Promise<void> {
    await this.messages.update(
      { id: event.moId },
      { status: 'routed', outcome: event.outcome, rule: event.rule, programId: event.programId ?? null, routedAt: new Date(event.routedAt) },
    );
  }
}
