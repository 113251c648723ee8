import { Controller } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MoRouted, type MoRoutedV1 } from '@parley/contracts';
import { sqlRows } from '@parley/database';
import { type ConsumedEvent, OnEvents } from '@parley/kafka';
import { MoMessage } from './mo-message.entity';

/** The status record is written right after the MO is published: a fast router can overtake it. */
const MISSING_ROW_RETRY_MS = 200;

/** Completes MO status records with what the keyword router decided, one statement per window. */
@Controller()
export class MoRoutedHandler {
  constructor(@InjectRepository(MoMessage) private readonly messages: Repository<MoMessage>) {}

  @OnEvents(MoRouted)
  async onRouted(items: ConsumedEvent<MoRoutedV1>[]): Promise<void> {
    const latest = new Map<string, MoRoutedV1>();
    for (const { event } of items) latest.set(event.moId, event);
    let pending = [...latest.values()];
    const updated = await this.update(pending);
    pending = pending.filter((e) => !updated.has(e.moId));
    if (!pending.length) return;
    await new Promise((r) => setTimeout(r, MISSING_ROW_RETRY_MS));
    // Still missing: an MO another ingress deployment took, or whose record failed (logged there).
    await this.update(pending);
  }

  private async update(events: MoRoutedV1[]): Promise<Set<string>> {
    const rows = await sqlRows<{ id: string }>(
      this.messages,
      `UPDATE ingress.mo_message m
          SET status = 'routed', outcome = t.outcome, rule = t.rule, program_id = t.program_id, routed_at = t.routed_at
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS t(id, outcome, rule, program_id, routed_at)
        WHERE m.id = t.id
        RETURNING m.id`,
      [events.map((e) => e.moId), events.map((e) => e.outcome), events.map((e) => e.rule), events.map((e) => e.programId ?? null), events.map((e) => e.routedAt)],
    );
    return new Set(rows.map((r) => r.id));
  }
}
