import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateConsent1732300000000 implements MigrationInterface {
  name = 'CreateConsent1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subscription.subscription (
        phone text NOT NULL,
        short_code text NOT NULL,
        program_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('opted-in', 'opted-out')),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (phone, short_code, program_id)
      )`);
    // The ledger is append-only evidence: who, what, when, why and the words used.
    await q.query(`
      CREATE TABLE subscription.consent_ledger (
        id uuid PRIMARY KEY,
        request_id uuid NOT NULL,
        phone text NOT NULL,
        short_code text NOT NULL,
        program_id text NOT NULL,
        action text NOT NULL CHECK (action IN ('opt-in', 'opt-out')),
        scope text NOT NULL CHECK (scope IN ('program', 'all')),
        previous_status text NOT NULL,
        status text NOT NULL,
        rule text NOT NULL,
        source jsonb NOT NULL,
        requested_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (request_id, program_id)
      )`);
    await q.query('CREATE INDEX consent_ledger_phone_idx ON subscription.consent_ledger (phone, recorded_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE subscription.consent_ledger');
    await q.query('DROP TABLE subscription.subscription');
  }
}
