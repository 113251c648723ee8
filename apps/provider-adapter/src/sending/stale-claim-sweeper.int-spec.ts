/** StaleClaimSweeper on the real PostgreSQL with the service's migrations and the simulator provider. */
import type { DataSource } from 'typeorm';
import pino from 'pino';
import { openServiceDatabase } from '@parley/database';
import type { EventPublisher, OutboundEvent } from '@parley/kafka';
import { uniqueHandset } from '@parley/testing';
import type { ProviderAdapterConfig } from '../config';
import { CreateSubmissions1732300000000 } from '../migrations/1732300000000-create-submissions';
import { SubmissionResend1732300000001 } from '../migrations/1732300000001-submission-resend';
import { SimulatorProvider } from '../providers/simulator/simulator.provider';
import { RecentSends } from './recent-sends';
import { MAX_CLAIMS, StaleClaimSweeper } from './stale-claim-sweeper';
import { Submission } from './submission.entity';
import { SubmissionSender } from './submission-sender';
import { insertSubmission } from './submission-rows.testing';

let db: DataSource;
let simulator: SimulatorProvider;
let sweeper: StaleClaimSweeper;
const published: OutboundEvent[] = [];

beforeAll(async () => {
  db = await openServiceDatabase({ url: process.env.DATABASE_URL!, schema: 'provider_adapter', entities: [Submission], migrations: [CreateSubmissions1732300000000, SubmissionResend1732300000001] });
  simulator = new SimulatorProvider({ dlrDelayMs: 60_000 });
  const config = { sendConcurrency: 4, sendClaimTimeoutMs: 1000 } as ProviderAdapterConfig;
  const logger = pino({ level: 'silent' });
  const publisher = { publishAll: async (events: OutboundEvent[]) => void published.push(...events) } as unknown as EventPublisher;
  const sender = new SubmissionSender(db.getRepository(Submission), simulator, new RecentSends(), publisher, config, logger);
  sweeper = new StaleClaimSweeper(db.getRepository(Submission), sender, publisher, config, logger);
});

afterAll(async () => {
  await simulator?.close();
  await db?.destroy();
});

function claim(to: string, options: { ageMs: number; claims?: number; status?: string }): Promise<string> {
  return insertSubmission(db, to, { status: options.status ?? 'wired', ageMs: options.ageMs, claims: options.claims });
}

const statusOf = async (mtId: string) => ((await db.query('SELECT status FROM provider_adapter.submission WHERE mt_id = $1', [mtId])) as { status: string }[])[0].status;

describe('StaleClaimSweeper', () => {
  it('sends a claim its process never finished, once, and reports it sent', async () => {
    const to = uniqueHandset();
    const mtId = await claim(to, { ageMs: 5000 });
    await sweeper.sweep();
    await sweeper.sweep(); // a second pass finds nothing more to do for it
    expect(simulator.inbox(to).map((m) => m.text)).toEqual(['Your code is 4821']);
    expect(await statusOf(mtId)).toBe('sent');
    expect(published.filter((e) => (e.value as { mtId: string }).mtId === mtId).map((e) => (e.value as { status: string }).status)).toEqual(['sent']);
  });

  it('leaves recent claims and finished submissions alone', async () => {
    const fresh = uniqueHandset();
    const done = uniqueHandset();
    await claim(fresh, { ageMs: 0 });
    await claim(done, { ageMs: 5000, status: 'sent' });
    await sweeper.sweep();
    expect(simulator.inbox(fresh)).toEqual([]);
    expect(simulator.inbox(done)).toEqual([]);
  });

  it(`reports failed, without sending, a claim taken ${MAX_CLAIMS} times already`, async () => {
    const to = uniqueHandset();
    const mtId = await claim(to, { ageMs: 5000, claims: MAX_CLAIMS });
    await sweeper.sweep();
    expect(simulator.inbox(to)).toEqual([]);
    expect(await statusOf(mtId)).toBe('failed');
    const [event] = published.filter((e) => (e.value as { mtId: string }).mtId === mtId);
    expect(event.value).toMatchObject({ status: 'failed', reason: `not confirmed by the provider after ${MAX_CLAIMS} claims` });
  });
});
