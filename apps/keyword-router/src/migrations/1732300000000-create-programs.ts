import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePrograms1732300000000 implements MigrationInterface {
  name = 'CreatePrograms1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE keyword_router.program (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        short_code text NOT NULL UNIQUE,
        name text NOT NULL,
        description text NOT NULL,
        frequency text NOT NULL,
        support_email text NOT NULL,
        support_phone text NOT NULL,
        default_reply text
      )`);
    await q.query(`
      CREATE TABLE keyword_router.keyword_rule (
        id serial PRIMARY KEY,
        program_id text NOT NULL REFERENCES keyword_router.program (id) ON DELETE CASCADE,
        keyword text NOT NULL CHECK (keyword = upper(keyword) AND keyword = btrim(keyword)),
        action text NOT NULL CHECK (action IN ('opt-in', 'opt-out', 'help', 'auto-reply')),
        reply_text text,
        category text NOT NULL DEFAULT 'transactional' CHECK (category IN ('transactional', 'marketing')),
        UNIQUE (program_id, keyword),
        CHECK (action <> 'auto-reply' OR reply_text IS NOT NULL)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE keyword_router.keyword_rule');
    await q.query('DROP TABLE keyword_router.program');
  }
}
