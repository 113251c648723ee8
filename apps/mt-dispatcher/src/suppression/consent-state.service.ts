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

  async lookup(phone: string, shortCode: string, programId: string | undefined): Promise<ConsentLookup> {
    if (!programId) return 'none';
    const row = await this.states.findOneBy({ phone, shortCode, programId });
    return row?.status ?? 'none';
  }

  /** Applies a change unless a newer one is already recorded (events may be replayed). */
  async record(change: ConsentChangedV1): Promise<void> {
    await this.states.query(
      `INSERT INTO mt_dispatcher.consent_state (phone, short_code, program_id, status, changed_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (phone, short_code, program_id) DO UPDATE
         SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
         WHERE consent_state.changed_at <= EXCLUDED.changed_at`,
      [change.phone, change.shortCode, change.programId, change.status, change.changedAt],
    );
  }
}
