import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ConsentChangedV1 } from '@parley/contracts';
import { ConsentState } from './consent-state.entity';
import type { ConsentLookup } from './send-policy';

/** The dispatcher's copy of who may receive marketing, kept from consent.changed.v1. */
@Injectable()
export class ConsentStates {
  constructor(@InjectRepository(ConsentState) private readonly states: Repository<ConsentState>) {}

  /** One query for a window of MT: the status of each (number, short code, program), in order. */
  async lookupAll(keys: ConsentKey[]): Promise<ConsentLookup[]> {
    const asked = keys.filter((k): k is Required<ConsentKey> => k.programId !== undefined);
    const found = new Map<string, ConsentLookup>();
    if (asked.length) {
      const rows = (await this.states.query(
        `SELECT c.phone, c.short_code, c.program_id, c.status
           FROM mt_dispatcher.consent_state c
           JOIN unnest($1::text[], $2::text[], $3::text[]) AS t(phone, short_code, program_id)
             ON c.phone = t.phone AND c.short_code = t.short_code AND c.program_id = t.program_id`,
        [asked.map((k) => k.phone), asked.map((k) => k.shortCode), asked.map((k) => k.programId)],
      )) as { phone: string; short_code: string; program_id: string; status: ConsentLookup }[];
      for (const r of rows) found.set(`${r.phone}|${r.short_code}|${r.program_id}`, r.status);
    }
    return keys.map((k) => (k.programId === undefined ? 'none' : (found.get(`${k.phone}|${k.shortCode}|${k.programId}`) ?? 'none')));
  }

  /** Applies a window of changes in one statement; the newest change per key wins. */
  async recordAll(changes: ConsentChangedV1[]): Promise<void> {
    const newest = new Map<string, ConsentChangedV1>();
    for (const c of changes) {
      const key = `${c.phone}|${c.shortCode}|${c.programId}`;
      const seen = newest.get(key);
      if (!seen || seen.changedAt <= c.changedAt) newest.set(key, c);
    }
    const rows = [...newest.values()];
    if (!rows.length) return;
    await this.states.query(
      `INSERT INTO mt_dispatcher.consent_state (phone, short_code, program_id, status, changed_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
       ON CONFLICT (phone, short_code, program_id) DO UPDATE
         SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
         WHERE consent_state.changed_at <= EXCLUDED.changed_at`,
      [rows.map((c) => c.phone), rows.map((c) => c.shortCode), rows.map((c) => c.programId), rows.map((c) => c.status), rows.map((c) => c.changedAt)],
    );
  }

}

export interface ConsentKey {
  phone: string;
  shortCode: string;
  programId: string | undefined;
}
