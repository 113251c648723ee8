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

  async apply(request: ConsentChangeRequestedV1): Promise<AppliedRequest> {
    const [applied] = await this.applyAll([request]);
    return applied;
  }

  /**
   * Applies a window of requests in one transaction, in their order: a JOIN and a STOP of one number
   * in the same window leave it opted out, with two ledger entries. The subscription rows of every
   * number involved are locked first (in key order, so two writers cannot deadlock); new ledger
   * entries and the final statuses are written with one statement each. Plain SQL with arrays, not the
   * entity manager: this runs for every consent change, and building entities and queries was a sixth of
   * the service's CPU per change.
   */
  async applyAll(requests: ConsentChangeRequestedV1[]): Promise<AppliedRequest[]> {
    return this.db.transaction(async (tx) => {
      const ids = [...new Set(requests.map((r) => r.id))];
      const existing = (await tx.query(
        `SELECT id, request_id AS "requestId", phone, short_code AS "shortCode", program_id AS "programId", status,
                previous_status AS "previousStatus", scope, rule, source, recorded_at AS "recordedAt"
           FROM subscription.consent_ledger WHERE request_id = ANY($1::uuid[]) ORDER BY program_id`,
        [ids],
      )) as EntryFields[];
      const done = new Map<string, ConsentChangedV1[]>();
      for (const row of existing) done.set(row.requestId, [...(done.get(row.requestId) ?? []), toEvent(row)]);

      const state = await this.lockStatuses(tx, requests.filter((r) => !done.has(r.id)));
      const now = new Date();
      const entries: NewEntry[] = [];
      const changed = new Map<string, { phone: string; shortCode: string; programId: string; status: ConsentStatus }>();
      const results: AppliedRequest[] = [];
      for (const request of requests) {
        const earlier = done.get(request.id);
        if (earlier) {
          results.push({ entries: earlier, duplicate: true });
          continue;
        }
        const status: ConsentStatus = request.action === 'opt-in' ? 'opted-in' : 'opted-out';
        const made: NewEntry[] = [];
        for (const programId of targetPrograms(request, state)) {
          const key = statusKey(request.phone, request.shortCode, programId);
          made.push({
            id: derivedId(request.id, programId),
            requestId: request.id,
            phone: request.phone,
            shortCode: request.shortCode,
            programId,
            action: request.action,
            scope: request.scope,
            previousStatus: state.get(key) ?? 'none',
            status,
            rule: request.rule,
            source: request.source,
            requestedAt: request.requestedAt,
            recordedAt: now,
          });
          state.set(key, status);
          changed.set(key, { phone: request.phone, shortCode: request.shortCode, programId, status });
        }
        entries.push(...made);
        const events = made.map(toEvent);
        done.set(request.id, events); // the same request twice in one window applies once
        results.push({ entries: events, duplicate: false });
      }
      if (entries.length) await insertEntries(tx, entries);
      if (changed.size) {
        const rows = [...changed.values()];
        await tx.query(
          `INSERT INTO subscription.subscription (phone, short_code, program_id, status, updated_at)
           SELECT phone, short_code, program_id, status, $5 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(phone, short_code, program_id, status)
           ON CONFLICT (phone, short_code, program_id) DO UPDATE SET status = EXCLUDED.status, updated_at = EXCLUDED.updated_at`,
          [rows.map((r) => r.phone), rows.map((r) => r.shortCode), rows.map((r) => r.programId), rows.map((r) => r.status), now],
        );
      }
      return results;
    });
  }

  /** Current statuses of every program of the numbers involved, locked for this transaction. */
  private async lockStatuses(tx: EntityManager, requests: ConsentChangeRequestedV1[]): Promise<Map<string, ConsentStatus>> {
    const pairs = [...new Map(requests.map((r) => [`${r.phone}|${r.shortCode}`, r])).values()];
    const state = new Map<string, ConsentStatus>();
    if (!pairs.length) return state;
    const rows = (await tx.query(
      `SELECT s.phone, s.short_code, s.program_id, s.status
         FROM subscription.subscription s
         JOIN unnest($1::text[], $2::text[]) AS t(phone, short_code) ON s.phone = t.phone AND s.short_code = t.short_code
        ORDER BY s.phone, s.short_code, s.program_id
        FOR UPDATE OF s`,
      [pairs.map((r) => r.phone), pairs.map((r) => r.shortCode)],
    )) as { phone: string; short_code: string; program_id: string; status: ConsentStatus }[];
    for (const row of rows) state.set(statusKey(row.phone, row.short_code, row.program_id), row.status);
    return state;
  }

  statusOf(phone: string, shortCode?: string): Promise<Subscription[]> {
    return this.db.getRepository(Subscription).find({ where: shortCode ? { phone, shortCode } : { phone }, order: { programId: 'ASC' } });
  }

  history(phone: string): Promise<ConsentLedgerEntry[]> {
    return this.db.getRepository(ConsentLedgerEntry).find({ where: { phone }, order: { seq: 'ASC' } });
  }
}

export interface AppliedRequest {
  entries: ConsentChangedV1[];
  duplicate: boolean;
}

const statusKey = (phone: string, shortCode: string, programId: string) => `${phone}|${shortCode}|${programId}`;

/** STOP ALL reaches every program the number has on the short code, plus the one it was sent to. */
function targetPrograms(request: ConsentChangeRequestedV1, state: ReadonlyMap<string, ConsentStatus>): string[] {
  if (request.scope === 'program') return [request.programId];
  const prefix = `${request.phone}|${request.shortCode}|`;
  const known = [...state.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  return [...new Set([request.programId, ...known])].sort();
}

/** A ledger entry about to be written. */
type NewEntry = Omit<ConsentLedgerEntry, 'seq' | 'requestedAt'> & { requestedAt: string };

/** What a ledger entry's event is made of: the entry's fields, read back or about to be written. */
type EntryFields = Omit<ConsentChangedV1, 'changedAt'> & { recordedAt: Date };

/** One INSERT for a window's entries, a column per array (seq is set by its sequence, in row order). */
async function insertEntries(tx: EntityManager, entries: NewEntry[]): Promise<void> {
  const column = <K extends keyof NewEntry>(key: K) => entries.map((e) => e[key]);
  await tx.query(
    `INSERT INTO subscription.consent_ledger (id, request_id, phone, short_code, program_id, action, scope, previous_status, status, rule, source, requested_at, recorded_at)
     SELECT id, request_id, phone, short_code, program_id, action, scope, previous_status, status, rule, source, requested_at, recorded_at
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::jsonb[], $12::timestamptz[], $13::timestamptz[])
       WITH ORDINALITY AS t(id, request_id, phone, short_code, program_id, action, scope, previous_status, status, rule, source, requested_at, recorded_at, n)
     ORDER BY n`,
    [
      column('id'),
      column('requestId'),
      column('phone'),
      column('shortCode'),
      column('programId'),
      column('action'),
      column('scope'),
      column('previousStatus'),
      column('status'),
      column('rule'),
      entries.map((e) => JSON.stringify(e.source)),
      column('requestedAt'),
      column('recordedAt'),
    ],
  );
}

function toEvent(e: EntryFields): ConsentChangedV1 {
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
