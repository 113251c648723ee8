import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent changes are applied a window at a time, so several entries of one number can share a
 * recorded_at: a sequence keeps the ledger in the order the changes were applied.
 */
export class LedgerSequence1732300000001 implements MigrationInterface {
  name = 'LedgerSequence1732300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE subscription.consent_ledger ADD COLUMN seq bigserial');
    await q.query('CREATE INDEX consent_ledger_phone_seq_idx ON subscription.consent_ledger (phone, seq)');
    await q.query('DROP INDEX subscription.consent_ledger_phone_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX consent_ledger_phone_idx ON subscription.consent_ledger (phone, recorded_at)');
    await q.query('DROP INDEX subscription.consent_ledger_phone_seq_idx');
    await q.query('ALTER TABLE subscription.consent_ledger DROP COLUMN seq');
  }
}
