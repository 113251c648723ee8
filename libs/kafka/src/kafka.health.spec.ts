import type { Kafka } from 'kafkajs';
import { consumerState } from './consumer-state';
import { KafkaHealth } from './kafka.health';

function kafkaAnswering(): Kafka {
  const admin = { connect: async () => undefined, disconnect: async () => undefined, describeCluster: async () => ({ brokers: [{ nodeId: 1 }] }) };
  return { admin: () => admin } as unknown as Kafka;
}

describe('KafkaHealth', () => {
  afterEach(() => Object.assign(consumerState, { expected: false, joined: false, lastError: undefined }));

  it('is up when the brokers answer and the service consumes nothing', async () => {
    await expect(new KafkaHealth(kafkaAnswering()).check()).resolves.toEqual({ up: true, brokers: 1 });
  });

  it('is down while the consumer has not joined its group, and says why', async () => {
    Object.assign(consumerState, { expected: true, joined: false, lastError: 'This server does not host this topic-partition' });
    await expect(new KafkaHealth(kafkaAnswering()).check()).resolves.toEqual({ up: false, error: 'not consuming yet: This server does not host this topic-partition' });
    consumerState.joined = true;
    await expect(new KafkaHealth(kafkaAnswering()).check()).resolves.toEqual({ up: true, brokers: 1 });
  });
});
