import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMoMessages1732300000000 implements MigrationInterface {
  name = 'CreateMoMessages1732300000000';

  async up(q: QueryRunner): Promise<void> {
    // The text itself is not stored here: Kafka holds it for its retention; the record is for status.
    await q.query(`
      CREATE TABLE ingress.mo_message (
        id uuid PRIMARY KEY,
        provider text NOT NULL,
        provider_message_id text,
        from_number text NOT NULL,
        to_address text NOT NULL,
        segments int,
        encoding text,
        status text NOT NULL CHECK (status IN ('accepted', 'routed')),
        outcome text,
        rule text,
        program_id text,
        received_at timestamptz NOT NULL,
        accepted_at timestamptz NOT NULL,
        routed_at timestamptz
      )`);
    await q.query(`CREATE INDEX mo_message_from_idx ON ingress.mo_message (from_number, accepted_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE ingress.mo_message');
  }
}
