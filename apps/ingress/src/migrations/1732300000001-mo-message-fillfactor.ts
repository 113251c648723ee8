import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every MO record is updated once, when the router's outcome arrives. Free room in each page lets that
 * update stay on the page (a HOT update: no new index entries), which is most of its cost otherwise.
 */
export class MoMessageFillfactor1732300000001 implements MigrationInterface {
  name = 'MoMessageFillfactor1732300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE ingress.mo_message SET (fillfactor = 70)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE ingress.mo_message RESET (fillfactor)');
  }
}
