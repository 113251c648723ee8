/** The consent ledger on the real PostgreSQL, with the service's real migrations. */
import type { DataSource } from 'typeorm';
import type { ConsentChangeRequestedV1 } from '@parley/contracts';
import { openServiceDatabase } from '@parley/database';
import { uniqueHandset } from '@parley/testing';
import { CreateConsent1732300000000 } from '../migrations/1732300000000-create-consent';
import { LedgerSequence1732300000001 } from '../migrations/1732300000001-ledger-sequence';
import { ConsentLedger } from './consent-ledger.service';
import { ConsentLedgerEntry, Subscription } from './consent.entities';

let db: DataSource;
let ledger: ConsentLedger;

beforeAll(async () => {
  db = await openServiceDatabase({ url: process.env.DATABASE_URL!, schema: 'subscription', entities: [Subscription, ConsentLedgerEntry], migrations: [CreateConsent1732300000000, LedgerSequence1732300000001] });
  ledger = new ConsentLedger(db);
});

afterAll(async () => {
  await db?.destroy();
});

function request(phone: string, action: 'opt-in' | 'opt-out', overrides: Partial<ConsentChangeRequestedV1> = {}): ConsentChangeRequestedV1 {
  return {
    id: crypto.randomUUID(),
    phone,
    shortCode: '12345',
    programId: 'parley-deals',
    action,
    scope: 'program',
    rule: action === 'opt-in' ? 'program-keyword:JOIN' : 'keyword:STOP',
    source: { channel: 'sms', moId: crypto.randomUUID(), text: action === 'opt-in' ? 'JOIN' : 'STOP' },
    requestedAt: new Date().toISOString(),
    ...overrides,
  };
}

describe('ConsentLedger', () => {
  it('records an opt-in with its evidence and the previous status', async () => {
    const phone = uniqueHandset();
    const { entries, duplicate } = await ledger.apply(request(phone, 'opt-in'));
    expect(duplicate).toBe(false);
    expect(entries).toEqual([expect.objectContaining({ phone, programId: 'parley-deals', status: 'opted-in', previousStatus: 'none', rule: 'program-keyword:JOIN' })]);
    expect(await ledger.statusOf(phone)).toEqual([expect.objectContaining({ status: 'opted-in' })]);
    const [entry] = await ledger.history(phone);
    expect(entry.source).toEqual(expect.objectContaining({ channel: 'sms', text: 'JOIN' }));
  });

  it('applies the same request once, even when it arrives twice at the same time', async () => {
    const phone = uniqueHandset();
    const join = request(phone, 'opt-in');
    const results = await Promise.allSettled([ledger.apply(join), ledger.apply(join)]);
    const again = await ledger.apply(join);
    expect(again.duplicate).toBe(true);
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    expect(await ledger.history(phone)).toHaveLength(1);
    const fulfilled = results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<Awaited<ReturnType<ConsentLedger['apply']>>>;
    expect(again.entries).toEqual(fulfilled.value.entries);
  });

  it('an opt-out after an opt-in records the change from opted-in', async () => {
    const phone = uniqueHandset();
    await ledger.apply(request(phone, 'opt-in'));
    const { entries } = await ledger.apply(request(phone, 'opt-out'));
    expect(entries[0]).toMatchObject({ status: 'opted-out', previousStatus: 'opted-in', rule: 'keyword:STOP' });
    expect((await ledger.statusOf(phone, '12345'))[0].status).toBe('opted-out');
  });

  it('STOP ALL opts out of every program the number has on the short code', async () => {
    const phone = uniqueHandset();
    await ledger.apply(request(phone, 'opt-in', { programId: 'parley-deals' }));
    await ledger.apply(request(phone, 'opt-in', { programId: 'parley-news' }));
    await ledger.apply(request(phone, 'opt-in', { programId: 'other-code-program', shortCode: '54321' }));
    const { entries } = await ledger.apply(request(phone, 'opt-out', { scope: 'all', rule: 'keyword:STOP ALL' }));
    expect(entries.map((e) => [e.programId, e.status])).toEqual([
      ['parley-deals', 'opted-out'],
      ['parley-news', 'opted-out'],
    ]);
    expect((await ledger.statusOf(phone, '54321'))[0].status).toBe('opted-in');
  });

  describe('a window of requests at once (applyAll)', () => {
    it('applies them in order: JOIN then STOP of one number leaves it opted out, with both entries in the ledger', async () => {
      const phone = uniqueHandset();
      const other = uniqueHandset();
      const results = await ledger.applyAll([request(phone, 'opt-in'), request(other, 'opt-in'), request(phone, 'opt-out')]);
      expect(results.map((r) => r.entries.map((e) => `${e.previousStatus}>${e.status}`))).toEqual([['none>opted-in'], ['none>opted-in'], ['opted-in>opted-out']]);
      expect((await ledger.statusOf(phone))[0].status).toBe('opted-out');
      expect((await ledger.statusOf(other))[0].status).toBe('opted-in');
      expect((await ledger.history(phone)).map((e) => e.status)).toEqual(['opted-in', 'opted-out']);
    });

    it('applies a request repeated within the window once, and one applied in an earlier window not again', async () => {
      const phone = uniqueHandset();
      const join = request(phone, 'opt-in');
      await ledger.apply(join);
      const stop = request(phone, 'opt-out');
      const results = await ledger.applyAll([join, stop, stop]);
      expect(results.map((r) => r.duplicate)).toEqual([true, false, true]);
      expect(results[2].entries).toEqual(results[1].entries);
      expect((await ledger.history(phone)).map((e) => e.status)).toEqual(['opted-in', 'opted-out']);
    });

    it('STOP ALL in the same window as a JOIN to another program reaches that program too', async () => {
      const phone = uniqueHandset();
      const results = await ledger.applyAll([
        request(phone, 'opt-in', { programId: 'parley-news' }),
        request(phone, 'opt-out', { scope: 'all', rule: 'keyword:STOP ALL' }),
      ]);
      expect(results[1].entries.map((e) => [e.programId, e.previousStatus, e.status])).toEqual([
        ['parley-deals', 'none', 'opted-out'],
        ['parley-news', 'opted-in', 'opted-out'],
      ]);
    });
  });
});
