import { Controller, Inject } from '@nestjs/common';
import { ConsentChanged, ConsentChangeRequested, type ConsentChangeRequestedV1 } from '@parley/contracts';
import { OnEvent, outbound, type OutboundEvent } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { LOGGER } from '../config';
import { ConsentLedger } from './consent-ledger.service';

@Controller()
export class ConsentRequestHandler {
  constructor(private readonly ledger: ConsentLedger, @Inject(LOGGER) private readonly logger: Logger) {}

  @OnEvent(ConsentChangeRequested)
  async onRequest(request: ConsentChangeRequestedV1): Promise<OutboundEvent[]> {
    const { entries, duplicate } = await this.ledger.apply(request);
    this.logger.info(
      { requestId: request.id, phone: request.phone, programs: entries.map((e) => e.programId), action: request.action, rule: request.rule, duplicate },
      duplicate ? 'consent request already applied' : 'consent recorded',
    );
    return entries.map((e) => outbound(ConsentChanged, e));
  }
}
