import { Controller, Inject } from '@nestjs/common';
import { ConsentChanged, ConsentChangeRequested, type ConsentChangeRequestedV1 } from '@parley/contracts';
import { type ConsumedEvent, OnEvents, outbound, type OutboundEvent } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { LOGGER } from '../config';
import { ConsentLedger } from './consent-ledger.service';

/** Applies consent requests a window at a time (one transaction) and announces each change. */
@Controller()
export class ConsentRequestHandler {
  constructor(private readonly ledger: ConsentLedger, @Inject(LOGGER) private readonly logger: Logger) {}

  @OnEvents(ConsentChangeRequested)
  async onRequests(items: ConsumedEvent<ConsentChangeRequestedV1>[]): Promise<OutboundEvent[]> {
    const requests = items.map(({ event }) => event);
    const applied = await this.ledger.applyAll(requests);
    return applied.flatMap(({ entries, duplicate }, i) => {
      const request = requests[i];
      this.logger.info(
        { requestId: request.id, phone: request.phone, programs: entries.map((e) => e.programId), action: request.action, rule: request.rule, duplicate },
        duplicate ? 'consent request already applied' : 'consent recorded',
      );
      // A repeated request announces its changes again (they may not have reached Kafka the first time).
      return entries.map((e) => outbound(ConsentChanged, e));
    });
  }
}
