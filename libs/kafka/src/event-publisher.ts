import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CompressionTypes, type Kafka, type Message, type Producer } from 'kafkajs';
import { CONTENT_TYPE, encodeEvent, type EventContract, type EventOf } from '@parley/contracts';
import { KafkaUnavailableError } from './errors';
import { KAFKA_CLIENT, KAFKA_OPTIONS, type KafkaConnectionOptions } from './kafka-options';
import type { OutboundEvent } from './outbound-event';

export interface RawRecord {
  topic: string;
  key: string | null;
  value: string | Buffer | null;
  headers?: Record<string, string>;
}

interface Pending {
  record: RawRecord;
  resolve: () => void;
  reject: (e: Error) => void;
  settled: boolean;
}

export interface PublisherTuning {
  /** How long single publishes wait for company before a batch is sent (kafkajs has no linger). */
  lingerMs: number;
  maxBatchRecords: number;
  /** A publish not acknowledged by then is reported as failed (the caller answers 503). */
  ackTimeoutMs: number;
}

const DEFAULT_TUNING: PublisherTuning = { lingerMs: 1, maxBatchRecords: 500, ackTimeoutMs: 5000 };

/**
 * Produces contract-validated events with acks=all through one idempotent producer. Single publishes
 * (an HTTP request each) are gathered for `lingerMs` and sent as one batch; each caller is answered
 * only when Kafka has acknowledged its record.
 */
@Injectable()
export class EventPublisher implements OnApplicationShutdown {
  private readonly producer: Producer;
  private connecting?: Promise<void>;
  private queue: Pending[] = [];
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private closed = false;
  private readonly tuning: PublisherTuning;

  constructor(@Inject(KAFKA_CLIENT) kafka: Kafka, @Inject(KAFKA_OPTIONS) private readonly options: KafkaConnectionOptions) {
    this.tuning = DEFAULT_TUNING;
    // Idempotent + acks=all: no duplicates from producer retries, no loss when the leader fails.
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  }

  /** Publishes one event and resolves once Kafka has acknowledged it (acks=all). */
  publish<C extends EventContract>(contract: C, value: EventOf<C>, headers: Record<string, string> = {}): Promise<void> {
    const { key, value: json } = encodeEvent(contract, value);
    return this.enqueue({ topic: contract.topic, key, value: json, headers: this.headersFor(contract, headers) });
  }

  /** Publishes several events in one request, e.g. the outputs of a consumed batch. */
  async publishAll(events: OutboundEvent[], raw: RawRecord[] = []): Promise<void> {
    const records = events.map(({ contract, value }) => {
      const encoded = encodeEvent(contract, value);
      return { topic: contract.topic, key: encoded.key, value: encoded.value, headers: this.headersFor(contract, {}) };
    });
    await this.send([...records, ...raw]);
  }

  private headersFor(contract: EventContract, extra: Record<string, string>): Record<string, string> {
    return { 'content-type': CONTENT_TYPE, 'event-type': contract.topic, producer: this.options.clientId, ...extra };
  }

  private enqueue(record: RawRecord): Promise<void> {
    if (this.closed) return Promise.reject(new KafkaUnavailableError('publisher is shutting down'));
    return new Promise<void>((resolve, reject) => {
      const pending: Pending = { record, resolve, reject, settled: false };
      const timeout = setTimeout(() => {
        settle(pending, new KafkaUnavailableError(`Kafka did not acknowledge within ${this.tuning.ackTimeoutMs} ms`));
      }, this.tuning.ackTimeoutMs);
      pending.resolve = () => {
        clearTimeout(timeout);
        resolve();
      };
      pending.reject = (e) => {
        clearTimeout(timeout);
        reject(e);
      };
      this.queue.push(pending);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.timer || this.inFlight) return;
    const delay = this.queue.length >= this.tuning.maxBatchRecords ? 0 : this.tuning.lingerMs;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.inFlight = this.flush().finally(() => {
        this.inFlight = undefined;
        if (this.queue.length) this.schedule();
      });
    }, delay);
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, this.tuning.maxBatchRecords).filter((p) => !p.settled);
    if (!batch.length) return;
    try {
      await this.send(batch.map((p) => p.record));
      for (const p of batch) settle(p);
    } catch (e) {
      const error = e instanceof KafkaUnavailableError ? e : new KafkaUnavailableError(`Kafka produce failed: ${(e as Error).message}`, e);
      for (const p of batch) settle(p, error);
    }
  }

  private async send(records: RawRecord[]): Promise<void> {
    if (!records.length) return;
    await this.connect();
    const byTopic = new Map<string, Message[]>();
    for (const r of records) {
      const list = byTopic.get(r.topic) ?? [];
      list.push({ key: r.key, value: r.value, headers: r.headers });
      byTopic.set(r.topic, list);
    }
    await this.producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.None,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
  }

  /** Connects once; a failed attempt is forgotten so that the next publish tries again. */
  async connect(): Promise<void> {
    this.connecting ??= this.producer.connect().catch((e: Error) => {
      this.connecting = undefined;
      throw new KafkaUnavailableError(`cannot connect to Kafka: ${e.message}`, e);
    });
    return this.connecting;
  }

  /** Runs after the consumers stopped (Nest calls shutdown hooks last): flush, then disconnect. */
  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.inFlight = this.flush();
    }
    await this.inFlight?.catch(() => undefined);
    await this.producer.disconnect().catch(() => undefined);
  }
}

function settle(p: Pending, error?: Error): void {
  if (p.settled) return;
  p.settled = true;
  if (error) p.reject(error);
  else p.resolve();
}
