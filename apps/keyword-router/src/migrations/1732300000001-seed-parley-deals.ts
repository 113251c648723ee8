import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first program, on short code 12345, until programs get an API of their own. DISCOUNT answers a
 * person's own request (1 msg/request), so its reply is transactional.
 */
export class SeedParleyDeals1732300000001 implements MigrationInterface {
  name = 'SeedParleyDeals1732300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO keyword_router.program (id, short_code, name, description, frequency, support_email, support_phone, default_reply)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        'parley-deals',
        '12345',
        'Parley Deals',
        'deal alerts',
        '4 msgs/month',
        'support@parley.example',
        '1-800-555-0100',
        "Parley Deals: Sorry, we didn't get that. Reply JOIN for deal alerts, DISCOUNT for a code, HELP for help, STOP to cancel.",
      ],
    );
    await q.query(
      `INSERT INTO keyword_router.keyword_rule (program_id, keyword, action, reply_text, category) VALUES
       ('parley-deals', 'JOIN', 'opt-in', NULL, 'transactional'),
       ('parley-deals', 'DISCOUNT', 'auto-reply', 'Parley Deals: Your code is SAVE20 for 20% off your next order. Msg&data rates may apply. Reply STOP to cancel.', 'transactional')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM keyword_router.program WHERE id = 'parley-deals'`);
  }
}
