import pino from 'pino';
import type { Repository } from 'typeorm';
import { EventPublisher, KafkaUnavailableError } from '@parley/kafka';
import { MoIntake } from './mo-intake.service';
import type { MoMessage } from './mo-message.entity';

/** A connected producer whose produce request fails as a broker going away mid-session does. */
function publisherWhoseSendFails(): EventPublisher {
  const producer = { connect: async () => undefined, disconnect: async () => undefined, sendBatch: async () => Promise.reject(new Error('Connection error: socket hang up')) };
  return new EventPublisher({ producer: () => producer } as unknown as ConstructorParameters<typeof EventPublisher>[0], { clientId: 'test', brokers: ['127.0.0.1:9092'] });
}

describe('MoIntake', () => {
  it('reports a failed produce as KafkaUnavailableError (ingress answers 503), never success and never a bare error', async () => {
    const inserts: unknown[] = [];
    const messages = { query: async (sql: string) => (sql.startsWith('INSERT') ? (inserts.push(sql), []) : []) } as unknown as Repository<MoMessage>;
    const intake = new MoIntake(publisherWhoseSendFails(), messages, pino({ level: 'silent' }));
    const mo = { from: '+12025550100', to: '12345', text: 'JOIN', providerMessageId: 'p-1', receivedAt: new Date().toISOString(), encoding: 'GSM-7' as const, segments: 1 };
    await expect(intake.accept('generic', mo)).rejects.toBeInstanceOf(KafkaUnavailableError);
    expect(inserts).toEqual([]); // not recorded as accepted either, so the provider's retry is not taken for a duplicate
  });
});
