/** ReceiptRecorder on the real PostgreSQL: what a receipt writes to the submission table, and what it does not. */
import type { DataSource } from 'typeorm';
import pino from 'pino';
import { openServiceDatabase } from '@parley/database';
import type { EventPublisher } from '@parley/kafka';
import { uniqueHandset } from '@parley/testing';
import type { ProviderAdapterConfig } from '../config';
import { CreateSubmissions1732300000000 } from '../migrations/1732300000000-create-submissions';
import { SubmissionResend1732300000001 } from '../migrations/1732300000001-submission-resend';
import { SimulatorProvider } from '../providers/simulator/simulator.provider';
import type { SmsProvider } from '../providers/sms-provider';
import { ReceiptRecorder } from './receipt-recorder.service';
import { RecentSends } from './recent-sends';
import { StaleClaimSweeper } from './stale-claim-sweeper';
import { Submission } from './submission.entity';
import { SubmissionSender } from './submission-sender';
import { insertSubmission } from './submission-rows.testing';

let db: DataSource;
let simulator: SimulatorProvider;
const published: { mtId: string; status: string }[] = [];
const publisher = {
  publish: async (_contract: unknown, status: { mtId: string; status: string }) => void published.push(status),
  publishAll: async (events: { value: { mtId: string; status: string } }[]) => void published.push(...events.map((e) => e.value)),
} as unknown as EventPublisher;
const provider = { name: 'simulator', onReceipt: () => undefined } as unknown as SmsProvider;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  db = await openServiceDatabase({ url: process.env.DATABASE_URL!, schema: 'provider_adapter', entities: [Submission], migrations: [CreateSubmissions1732300000000, SubmissionResend1732300000001] });
  simulator = new SimulatorProvider({ dlrDelayMs: 60_000 });
});

afterAll(async () => {
  await simulator?.close();
  await db?.destroy();
});

/** A submission handed to the provider, as the sender leaves it before or after its own update. */
function submission(to: string, status: 'wired' | 'sent', providerMessageId: string | null): Promise<string> {
  return insertSubmission(db, to, { status, providerMessageId, ageMs: 10_000 });
}

const rowOf = async (mtId: string) =>
  ((await db.query('SELECT status, provider_message_id, updated_at FROM provider_adapter.submission WHERE mt_id = $1', [mtId])) as { status: string; provider_message_id: string | null; updated_at: Date }[])[0];

describe('ReceiptRecorder and the submission table', () => {
  it('marks a submission still wired as sent with the provider id, so the stale-claim sweeper does not send it a second time', async () => {
    const to = uniqueHandset();
    const wiredId = `sim-${crypto.randomUUID()}`;
    const mtId = await submission(to, 'wired', null);
    const recent = new RecentSends();
    recent.remember(wiredId, { mtId, from: '12345', to, inReplyTo: null });
    recent.announced(wiredId);
    await new ReceiptRecorder(db.getRepository(Submission), provider, recent, publisher, logger).record({ providerMessageId: wiredId, status: 'delivered', providerStatus: 'DELIVRD', at: new Date().toISOString() });

    expect(await rowOf(mtId)).toMatchObject({ status: 'sent', provider_message_id: wiredId });
    expect(published.filter((s) => s.mtId === mtId).map((s) => s.status)).toEqual(['delivered']);

    const config = { sendConcurrency: 4, sendClaimTimeoutMs: 1000 } as ProviderAdapterConfig;
    const sender = new SubmissionSender(db.getRepository(Submission), simulator, new RecentSends(), publisher, config, logger);
    await new StaleClaimSweeper(db.getRepository(Submission), sender, publisher, config, logger).sweep();
    expect(simulator.inbox(to)).toEqual([]);
  });

  it('writes nothing for a receipt whose submission already ended at sent (the delivery is mt-dispatcher\'s to record)', async () => {
    const to = uniqueHandset();
    const sentId = `sim-${crypto.randomUUID()}`;
    const mtId = await submission(to, 'sent', sentId);
    const before = await rowOf(mtId);
    const recent = new RecentSends();
    recent.remember(sentId, { mtId, from: '12345', to, inReplyTo: null });
    recent.announced(sentId);
    await new ReceiptRecorder(db.getRepository(Submission), provider, recent, publisher, logger).record({ providerMessageId: sentId, status: 'failed', providerStatus: 'UNDELIV', reason: 'undeliverable', at: new Date().toISOString() });

    expect(await rowOf(mtId)).toEqual(before);
    expect(published.filter((s) => s.mtId === mtId).map((s) => s.status)).toEqual(['failed']);
  });
});
