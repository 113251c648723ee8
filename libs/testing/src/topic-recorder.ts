import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

export interface RecordedMessage {
  topic: string;
  partition: number;
  key: string | null;
  value: unknown;
  headers: Record<string, string>;
}

/**
 * Records what is published to some topics from now on (a fresh consumer group reading from the
 * latest offsets), so a test can assert on the events a service emitted.
 */
export class TopicRecorder {
  readonly messages: RecordedMessage[] = [];
  private readonly kafka: Kafka;
  private consumer?: ReturnType<Kafka['consumer']>;

  constructor(private readonly topics: string[], brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',')) {
    this.kafka = new Kafka({ clientId: 'parley-test-recorder', brokers, logLevel: logLevel.NOTHING });
  }

  async start(): Promise<this> {
    const consumer = this.kafka.consumer({ groupId: `test-recorder-${randomUUID()}`, maxWaitTimeInMs: 50 });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics, fromBeginning: false });
    let joined!: () => void;
    const ready = new Promise<void>((r) => (joined = r));
    consumer.on(consumer.events.GROUP_JOIN, () => joined());
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = v.toString();
        let value: unknown = message.value?.toString() ?? null;
        try {
          value = JSON.parse(value as string);
        } catch {
          /* keep the raw string: some tests publish non-JSON on purpose */
        }
        this.messages.push({ topic, partition, key: message.key?.toString() ?? null, value, headers });
      },
    });
    await ready;
    // fromBeginning=false resolves to "latest" when the group first fetches; give it that fetch.
    await new Promise((r) => setTimeout(r, 300));
    return this;
  }

  find<T = Record<string, unknown>>(topic: string, match: (value: T) => boolean): T[] {
    return this.messages.filter((m) => m.topic === topic && match(m.value as T)).map((m) => m.value as T);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
