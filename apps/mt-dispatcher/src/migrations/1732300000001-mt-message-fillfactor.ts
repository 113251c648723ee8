import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every MT record is updated as its statuses arrive (sent, then delivered or failed). Free room in each
 * page lets those updates stay on the page (HOT updates: no new index entries; none of the updated
 * columns is indexed).
 */
export class MtMessageFillfactor1732300000001 implements MigrationInterface {
  name = 'MtMessageFillfactor1732300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE mt_dispatcher.mt_message SET (fillfactor = 60)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE mt_dispatcher.mt_message RESET (fillfactor)');
  }
}
