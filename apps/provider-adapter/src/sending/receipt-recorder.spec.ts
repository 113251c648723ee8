import pino from 'pino';
import type { Repository } from 'typeorm';
import type { EventPublisher } from '@parley/kafka';
import type { SmsProvider } from '../providers/sms-provider';
import { RecentSends } from './recent-sends';
import { ReceiptRecorder } from './receipt-recorder.service';
import type { Submission } from './submission.entity';

describe('ReceiptRecorder', () => {
  it("never announces a receipt before its MT's sent: a delivered status waits until sent is acknowledged", async () => {
    const published: string[] = [];
    const publisher = { publish: async (_c: unknown, status: { status: string }) => void published.push(status.status) } as unknown as EventPublisher;
    const submissions = { query: async () => [] } as unknown as Repository<Submission>;
    const provider = { name: 'simulator', onReceipt: () => undefined } as unknown as SmsProvider;
    const recent = new RecentSends();
    const recorder = new ReceiptRecorder(submissions, provider, recent, publisher, pino({ level: 'silent' }));

    recent.remember('sim-1', { mtId: 'mt-1', from: '12345', to: '+12025550100', inReplyTo: null });
    const recording = recorder.record({ providerMessageId: 'sim-1', status: 'delivered', providerStatus: 'DELIVRD', at: new Date().toISOString() });
    await new Promise((r) => setTimeout(r, 100));
    expect(published).toEqual([]); // the MT's sent is not out yet

    recent.announced('sim-1');
    await recording;
    expect(published).toEqual(['delivered']);
  });
});
