import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type ConsentChangedV1, type ConsentChangeRequestedV1, derivedId } from '@parley/contracts';
import { ConsentLedgerEntry, type ConsentStatus, Subscription } from './consent.entities';

/**
 * Applies consent changes exactly once per request id: the subscription rows and the ledger entries
 * change in one transaction. A repeated request changes nothing and returns the entries it made the
 * first time, so the resulting events can be published again safely.
 */
@Injectable()
export class ConsentLedger {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async apply(request: ConsentChangeRequestedV1): Promise<{ entries: ConsentChangedV1[]; duplicate: boolean }> {
    return this.db.transaction(async (tx) => {
      const existing = await tx.find(ConsentLedgerEntry, { where: { requestId: request.id }, order: { programId: 'ASC' } });
      if (existing.length) return { entries: existing.map(toEvent), duplicate: true };

      const status: ConsentStatus = request.action === 'opt-in' ? 'opted-in' : 'opted-out';
      const programs = await this.targetPrograms(tx, request);
      const now = new Date();
      const entries: ConsentLedgerEntry[] = [];
      for (const programId of programs) {
        const current = await tx.findOne(Subscription, {
          where: { phone: request.phone, shortCode: request.shortCode, programId },
          lock: { mode: 'pessimistic_write' },
        });
        await tx.upsert(Subscription, { phone: request.phone, shortCode: request.shortCode, programId, status, updatedAt: now }, ['phone', 'shortCode', 'programId']);
        const entry = tx.create(ConsentLedgerEntry, {
          id: derivedId(request.id, programId),
          requestId: request.id,
          phone: request.phone,
          shortCode: request.shortCode,
          programId,
          action: request.action,
          scope: request.scope,
          previousStatus: current?.status ?? 'none',
          status,
          rule: request.rule,
          source: request.source,
          requestedAt: new Date(request.requestedAt),
          recordedAt: now,
        });
        await tx.insert(ConsentLedgerEntry, entry);
        entries.push(entry);
      }
      return { entries: entries.map(toEvent), duplicate: false };
    });
  }

  /** STOP ALL reaches every program the number has on the short code, plus the one it was sent to. */
  private async targetPrograms(tx: EntityManager, request: ConsentChangeRequestedV1): Promise<string[]> {
    if (request.scope === 'program') return [request.programId];
    const rows = await tx.find(Subscription, { where: { phone: request.phone, shortCode: request.shortCode } });
    return [...new Set([request.programId, ...rows.map((r) => r.programId)])].sort();
  }

  statusOf(phone: string, shortCode?: string): Promise<Subscription[]> {
    return this.db.getRepository(Subscription).find({ where: shortCode ? { phone, shortCode } : { phone }, order: { programId: 'ASC' } });
  }

  history(phone: string): Promise<ConsentLedgerEntry[]> {
    return this.db.getRepository(ConsentLedgerEntry).find({ where: { phone }, order: { recordedAt: 'ASC', programId: 'ASC' } });
  }
}

function toEvent(e: ConsentLedgerEntry): ConsentChangedV1 {
  return {
    id: e.id,
    requestId: e.requestId,
    phone: e.phone,
    shortCode: e.shortCode,
    programId: e.programId,
    status: e.status,
    previousStatus: e.previousStatus,
    scope: e.scope,
    rule: e.rule,
    source: e.source,
    changedAt: e.recordedAt.toISOString(),
  };
}
