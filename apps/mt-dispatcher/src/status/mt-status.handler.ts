import { Controller } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MtStatusChanged, type MtStatusV1 } from '@parley/contracts';
import { type ConsumedEvent, OnEvents } from '@parley/kafka';
import { MtMessage, type StatusStep } from '../dispatch/mt-message.entity';
import { advances, byLifecycle } from './status-order';

interface Row {
  id: string;
  status: MtMessage['status'];
  reason: string | null;
  provider: string | null;
  provider_message_id: string | null;
  history: StatusStep[];
}

/** Keeps each MT record's status and history current from sms.mt.status.v1, a window per transaction. */
@Controller()
export class MtStatusHandler {
  constructor(@InjectRepository(MtMessage) private readonly messages: Repository<MtMessage>) {}

  @OnEvents(MtStatusChanged)
  async onStatuses(items: ConsumedEvent<MtStatusV1>[]): Promise<void> {
    // `queued` is this service's own status, already in the record's history since the insert.
    const events = items.map(({ event }) => event).filter((e) => e.status !== 'queued');
    if (!events.length) return;
    await this.messages.manager.transaction(async (tx) => {
      const rows = (await tx.query(
        `SELECT id, status, reason, provider, provider_message_id, history FROM mt_dispatcher.mt_message
          WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [[...new Set(events.map((e) => e.mtId))]],
      )) as Row[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      const changed = new Set<Row>();
      for (const event of events) {
        const mt = byId.get(event.mtId);
        if (!mt) continue; // an MT another dispatcher deployment owns, or one whose request was rejected before recording
        if (mt.history.some((h) => h.status === event.status)) continue; // replayed
        const step: StatusStep = { status: event.status, at: event.at, reason: event.reason, providerStatus: event.providerStatus };
        if (advances(mt.status, event.status)) {
          mt.status = event.status;
          mt.reason = event.reason ?? mt.reason;
        }
        mt.history = [...mt.history, step].sort(byLifecycle);
        mt.provider = event.provider ?? mt.provider;
        mt.provider_message_id = event.providerMessageId ?? mt.provider_message_id;
        changed.add(mt);
      }
      if (!changed.size) return;
      const list = [...changed];
      await tx.query(
        `UPDATE mt_dispatcher.mt_message m
            SET status = t.status, reason = t.reason, provider = t.provider, provider_message_id = t.provider_message_id, history = t.history, updated_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[]) AS t(id, status, reason, provider, provider_message_id, history)
          WHERE m.id = t.id`,
        [list.map((r) => r.id), list.map((r) => r.status), list.map((r) => r.reason), list.map((r) => r.provider), list.map((r) => r.provider_message_id), list.map((r) => JSON.stringify(r.history))],
      );
    });
  }
}
