import { Controller } from '@nestjs/common';
import { ConsentChanged, type ConsentChangedV1 } from '@parley/contracts';
import { type ConsumedEvent, OnEvents } from '@parley/kafka';
import { ConsentStates } from './consent-state.service';

@Controller()
export class ConsentChangedHandler {
  constructor(private readonly states: ConsentStates) {}

  @OnEvents(ConsentChanged)
  async onChanges(items: ConsumedEvent<ConsentChangedV1>[]): Promise<void> {
    await this.states.recordAll(items.map(({ event }) => event));
  }
}
