import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A claimed submission must end sent or failed even when its process dies between the claim and the
 * provider's answer: the row keeps what a resend needs, and how often it was claimed. A partial index
 * finds the claims nobody finished.
 */
export class SubmissionResend1732300000001 implements MigrationInterface {
  name = 'SubmissionResend1732300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE provider_adapter.submission
      ADD COLUMN text text,
      ADD COLUMN encoding text,
      ADD COLUMN segments int,
      ADD COLUMN claims int NOT NULL DEFAULT 1`);
    await q.query(`CREATE INDEX submission_wired_idx ON provider_adapter.submission (updated_at) WHERE status = 'wired'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX provider_adapter.submission_wired_idx');
    await q.query('ALTER TABLE provider_adapter.submission DROP COLUMN text, DROP COLUMN encoding, DROP COLUMN segments, DROP COLUMN claims');
  }
}
