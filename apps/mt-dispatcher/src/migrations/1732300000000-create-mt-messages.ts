import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMtMessages1732300000000 implements MigrationInterface {
  name = 'CreateMtMessages1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mt_dispatcher.mt_message (
        id uuid PRIMARY KEY,
        from_address text NOT NULL,
        to_number text NOT NULL,
        text text NOT NULL,
        category text NOT NULL,
        program_id text,
        priority text NOT NULL,
        in_reply_to uuid,
        requested_by text NOT NULL,
        encoding text NOT NULL,
        segments int NOT NULL,
        status text NOT NULL,
        reason text,
        provider text,
        provider_message_id text,
        history jsonb NOT NULL DEFAULT '[]',
        requested_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX mt_message_to_idx ON mt_dispatcher.mt_message (to_number, requested_at DESC)');
    // The dispatcher's own copy of consent, fed by consent.changed.v1 (it never reads another service's tables).
    await q.query(`
      CREATE TABLE mt_dispatcher.consent_state (
        phone text NOT NULL,
        short_code text NOT NULL,
        program_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('opted-in', 'opted-out')),
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (phone, short_code, program_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE mt_dispatcher.consent_state');
    await q.query('DROP TABLE mt_dispatcher.mt_message');
  }
}
