import { Controller, Inject } from '@nestjs/common';
import { ConsentChangeRequested, derivedId, MoReceived, type MoReceivedV1, MoRouted, MtRequested } from '@parley/contracts';
import { type ConsumedEvent, OnEvents, outbound, type OutboundEvent } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { LOGGER } from '../config';
import type { Program } from '../programs/program';
import { ProgramCatalog } from '../programs/program-catalog.service';
import { routeMo } from './mo-router';

/**
 * Turns each inbound message into its actions. Ids derive from the MO id, so a redelivered MO yields
 * the same consent request and the same reply id, which the subscription service and the dispatcher
 * apply once.
 */
@Controller()
export class MoReceivedHandler {
  constructor(private readonly catalog: ProgramCatalog, @Inject(LOGGER) private readonly logger: Logger) {}

  /** A window of MO at once: their actions leave in one produce request. */
  @OnEvents(MoReceived)
  async onMos(items: ConsumedEvent<MoReceivedV1>[]): Promise<OutboundEvent[]> {
    const events: OutboundEvent[] = [];
    for (const { event } of items) events.push(...this.actionsFor(event, await this.catalog.forShortCode(event.to)));
    return events;
  }

  private actionsFor(mo: MoReceivedV1, program: Program | undefined): OutboundEvent[] {
    const decision = routeMo(mo, program);
    const now = new Date().toISOString();
    const events: OutboundEvent[] = [];
    if (decision.consent && decision.programId) {
      events.push(
        outbound(ConsentChangeRequested, {
          id: derivedId(mo.id, 'consent'),
          phone: mo.from,
          shortCode: mo.to,
          programId: decision.programId,
          action: decision.consent.action,
          scope: decision.consent.scope,
          rule: decision.rule,
          source: { channel: 'sms', moId: mo.id, text: mo.text },
          requestedAt: now,
        }),
      );
    }
    if (decision.reply) {
      events.push(
        outbound(MtRequested, {
          id: derivedId(mo.id, 'reply'),
          from: mo.to,
          to: mo.from,
          text: decision.reply.text,
          category: decision.reply.category,
          programId: decision.programId,
          inReplyTo: mo.id,
          priority: 'high',
          requestedBy: 'keyword-router',
          requestedAt: now,
        }),
      );
    }
    events.push(
      outbound(MoRouted, {
        moId: mo.id,
        from: mo.from,
        to: mo.to,
        programId: decision.programId,
        outcome: decision.outcome,
        rule: decision.rule,
        actions: [...(decision.consent ? (['consent-change'] as const) : []), ...(decision.reply ? (['reply'] as const) : [])],
        routedAt: now,
      }),
    );
    this.logger.info({ moId: mo.id, from: mo.from, to: mo.to, outcome: decision.outcome, rule: decision.rule }, 'MO routed');
    return events;
  }
}
