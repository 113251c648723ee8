import { Controller } from '@nestjs/common';
import { ConsentChanged, type ConsentChangedV1 } from '@parley/contracts';
import { OnEvent } from '@parley/kafka';
import { ConsentStates } from './consent-state.service';

@Controller()
export class ConsentChangedHandler {
  constructor(private readonly states: ConsentStates) {}

  @OnEvent(ConsentChanged)
  async onChanged(change: ConsentChangedV1): Promise<void> {
    await this.states.record(change);
  }
}
