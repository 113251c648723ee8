import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSubmissions1732300000000 implements MigrationInterface {
  name = 'CreateSubmissions1732300000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per MT handed to a provider: the claim that makes a send happen once, and the map
    // from the provider's message id back to ours for delivery receipts.
    await q.query(`
      CREATE TABLE provider_adapter.submission (
        mt_id uuid PRIMARY KEY,
        provider text NOT NULL,
        provider_message_id text,
        from_address text NOT NULL,
        to_number text NOT NULL,
        in_reply_to uuid,
        status text NOT NULL,
        submitted_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query('CREATE UNIQUE INDEX submission_provider_message_idx ON provider_adapter.submission (provider, provider_message_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE provider_adapter.submission');
  }
}
