import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import { ALL_EVENTS, decodeEvent, DeadLetter, type DeadLetterV1, type EventContract } from '@parley/contracts';
import { consumerState } from './consumer-state';
import { PermanentEventError } from './errors';
import type { EventPublisher } from './event-publisher';
import type { OutboundEvent } from './outbound-event';

/** What a handler receives besides the validated event. */
export interface EventContext {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
}

export interface EventConsumerOptions {
  groupId: string;
  kafka: Kafka;
  publisher: EventPublisher;
  logger: Logger;
  /** Attempts per event before it is dead-lettered (transient errors are retried with backoff). */
  maxAttempts?: number;
  retryBackoffMs?: number;
  partitionsConsumedConcurrently?: number;
  /** Upper bound on how long a fetch waits for data; kafkajs' default (5 s) ruins latency. */
  maxWaitTimeInMs?: number;
  fromBeginning?: boolean;
}

type HandlerResult = OutboundEvent[] | OutboundEvent | void | undefined;

/**
 * A NestJS transport that consumes Parley's contract topics. Services declare handlers with
 * `@EventPattern(Contract.topic)`; this class does the plumbing: validation against the contract,
 * retries, the dead-letter topic, heartbeats during long batches, producing each handler's outbound
 * events before committing the input offsets, and a graceful stop.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private consumer?: Consumer;
  private readonly contracts = new Map<string, EventContract>(ALL_EVENTS.map((c) => [c.topic, c]));
  private readonly maxAttempts: number;
  private readonly retryBackoffMs: number;
  private stopping = false;

  constructor(private readonly options: EventConsumerOptions) {
    super();
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryBackoffMs = options.retryBackoffMs ?? 200;
  }

  on(): never {
    throw new Error('KafkaEventServer does not support event listeners');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  /**
   * Validates the handlers (a handler for a topic outside the contracts fails the boot), then joins the
   * group. When Kafka cannot be reached the service still starts, so its HTTP side answers (health
   * 503, ingress 503 instead of refused connections), and joining is retried in the background.
   */
  async listen(callback: (err?: unknown) => void): Promise<void> {
    const topics = [...this.getHandlers().keys()];
    const unknown = topics.find((topic) => !this.contracts.has(topic));
    if (unknown) {
      callback(new Error(`@EventPattern('${unknown}') names no topic of @parley/contracts`));
      return;
    }
    consumerState.expected = topics.length > 0;
    try {
      await this.start(topics);
    } catch (e) {
      consumerState.lastError = (e as Error).message;
      this.options.logger.error({ err: e, groupId: this.options.groupId }, 'cannot join the consumer group yet; retrying in the background');
      void this.keepTrying(topics);
    }
    callback();
  }

  private retryTimer: NodeJS.Timeout | undefined;

  private async keepTrying(topics: string[]): Promise<void> {
    let delayMs = 1000;
    while (!this.stopping) {
      await new Promise<void>((resolve) => (this.retryTimer = setTimeout(resolve, delayMs)));
      if (this.stopping) return;
      try {
        await this.consumer?.disconnect().catch(() => undefined);
        await this.start(topics);
        return;
      } catch (e) {
        consumerState.lastError = (e as Error).message;
        delayMs = Math.min(delayMs * 2, 30000);
        this.options.logger.warn({ err: e, groupId: this.options.groupId, nextAttemptInMs: delayMs }, 'still cannot join the consumer group');
      }
    }
  }

  private async start(topics: string[]): Promise<void> {
    if (!topics.length) return;
    const consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      maxWaitTimeInMs: this.options.maxWaitTimeInMs ?? 50,
      retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 5000 },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, (e) => {
      this.options.logger.error({ err: e.payload.error, restart: e.payload.restart, groupId: e.payload.groupId }, 'consumer crashed');
      if (!e.payload.restart) {
        // kafkajs gave up on this consumer: join again from scratch, and be unhealthy meanwhile.
        consumerState.joined = false;
        consumerState.lastError = e.payload.error.message;
        if (!this.stopping) void this.keepTrying(topics);
      }
    });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({
      autoCommit: true,
      autoCommitThreshold: 1,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 4,
      eachBatch: (payload) => this.handleBatch(payload),
    });
    consumerState.joined = true;
    consumerState.lastError = undefined;
    this.options.logger.info({ groupId: this.options.groupId, topics }, 'consuming');
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const contract = this.contracts.get(batch.topic)!;
    const outputs: OutboundEvent[] = [];
    const deadLetters: DeadLetterV1[] = [];
    let lastDone: string | undefined;
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) break;
      const verdict = await this.process(contract, batch.partition, message, heartbeat);
      if (verdict.kind === 'done') outputs.push(...verdict.outputs);
      else deadLetters.push(verdict.deadLetter);
      lastDone = message.offset;
      await heartbeat();
    }
    if (lastDone === undefined) return;
    // Outputs are acknowledged by Kafka before the input offset is committed: a crash in between
    // means reprocessing, which every consumer absorbs by deduplicating on deterministic ids.
    await this.options.publisher.publishAll([...outputs, ...deadLetters.map((d) => ({ contract: DeadLetter, value: d }))]);
    resolveOffset(lastDone);
    await commitOffsetsIfNecessary();
  }

  private async process(
    contract: EventContract,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<{ kind: 'done'; outputs: OutboundEvent[] } | { kind: 'dead'; deadLetter: DeadLetterV1 }> {
    const context: EventContext = {
      topic: contract.topic,
      partition,
      offset: message.offset,
      key: message.key?.toString() ?? null,
      headers: headersOf(message),
    };
    const decoded = decodeEvent(contract, message.value);
    if (!decoded.ok) {
      this.options.logger.warn({ topic: contract.topic, partition, offset: message.offset, reason: decoded.reason }, 'invalid event dead-lettered');
      return { kind: 'dead', deadLetter: this.deadLetter(context, message, `invalid-event: ${decoded.reason}`, 0) };
    }
    const handler = this.getHandlerByPattern(contract.topic)!;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = (await lastValueFrom(this.transformToObservable(await handler(decoded.value, context)), {
          defaultValue: undefined,
        })) as HandlerResult;
        return { kind: 'done', outputs: result ? (Array.isArray(result) ? result : [result]) : [] };
      } catch (e) {
        const error = e as Error;
        const permanent = e instanceof PermanentEventError;
        if (permanent || attempt >= this.maxAttempts || this.stopping) {
          if (this.stopping && !permanent) throw error; // leave it uncommitted for the next owner
          this.options.logger.error({ topic: contract.topic, partition, offset: message.offset, attempt, err: error }, 'event dead-lettered');
          const reason = permanent ? `rejected: ${error.message}` : `handler-failed after ${attempt} attempts: ${error.message}`;
          return { kind: 'dead', deadLetter: this.deadLetter(context, message, reason, attempt) };
        }
        this.options.logger.warn({ topic: contract.topic, partition, offset: message.offset, attempt, err: error }, 'handler failed, retrying');
        await pause(this.retryBackoffMs * 2 ** (attempt - 1), heartbeat);
      }
    }
  }

  private deadLetter(context: EventContext, message: KafkaMessage, reason: string, attempts: number): DeadLetterV1 {
    return {
      sourceTopic: context.topic,
      partition: context.partition,
      offset: context.offset,
      consumerGroup: this.options.groupId,
      key: context.key,
      value: message.value ? message.value.toString('base64') : null,
      headers: context.headers,
      reason: reason.slice(0, 2000),
      attempts,
      failedAt: new Date().toISOString(),
    };
  }

  /** Stops fetching, lets the batch in hand finish and commit, then leaves the group. */
  async close(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retryTimer);
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }
}

function headersOf(message: KafkaMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.map(String).join(',') : value.toString();
  }
  return out;
}

/** Waits without starving the group: heartbeats keep the session alive during a long backoff. */
async function pause(ms: number, heartbeat: () => Promise<void>): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, Math.min(1000, until - Date.now())));
    await heartbeat().catch(() => undefined);
  }
}
