import { type CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import { ALL_EVENTS, decodeEvent, DeadLetter, type DeadLetterV1, type EventContract } from '@parley/contracts';
import { consumerState } from './consumer-state';
import type { EventPublisher } from './event-publisher';
import { type RunOutcome, type RunPolicy, runBatch, StoppedWhileRetrying } from './handler-runner';
import { BATCH_HANDLER } from './on-event.decorator';
import type { OutboundEvent } from './outbound-event';
import { PartitionWindow } from './partition-window';

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
  /** Partition batches of one fetch handled side by side (and gathered into one window). */
  partitionsConsumedConcurrently?: number;
  /** How long a fetch waits for data when there is none; a window is handled as soon as data arrives. */
  maxWaitTimeInMs?: number;
  /** Events per batch-handler call; a larger window is handled in rounds of this size. */
  maxRoundEvents?: number;
  /** Offsets are committed at most this often (and once after the last window of a burst). */
  commitIntervalMs?: number;
  fromBeginning?: boolean;
}

/** One event handed to an `@OnEvents` batch handler. */
export interface ConsumedEvent<T> {
  event: T;
  context: EventContext;
}

type HandlerResult = OutboundEvent[] | OutboundEvent | void | undefined;

interface Decoded extends ConsumedEvent<unknown> {
  message: KafkaMessage;
}

/** Outputs per produce request: well under the broker's 1 MB request limit for Parley's events. */
const PUBLISH_CHUNK = 500;

function asOutputs(result: HandlerResult): OutboundEvent[] {
  return result ? (Array.isArray(result) ? result : [result]) : [];
}

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
  private readonly maxRoundEvents: number;
  private readonly commitIntervalMs: number;
  private readonly window = new PartitionWindow<EachBatchPayload>((payloads) => this.handleWindow(payloads));
  private topicOrder: string[] = [];
  private stopping = false;
  private lastCommitAt = 0;
  private commitTimer: NodeJS.Timeout | undefined;
  private committer: EachBatchPayload | undefined;
  private committing: Promise<void> | undefined;

  constructor(private readonly options: EventConsumerOptions) {
    super();
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryBackoffMs = options.retryBackoffMs ?? 200;
    this.maxRoundEvents = options.maxRoundEvents ?? 1000;
    this.commitIntervalMs = options.commitIntervalMs ?? 250;
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
    this.topicOrder = topics;
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
      maxWaitTimeInMs: this.options.maxWaitTimeInMs ?? 500,
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
    // A rebalance takes partitions away: commit what this member finished while it still may.
    consumer.on(consumer.events.REBALANCING, () => void this.commitProcessed());
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: this.options.fromBeginning ?? true });
    this.lastCommitAt = Date.now();
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 64,
      eachBatch: (payload) => this.window.add(payload),
    });
    consumerState.joined = true;
    consumerState.lastError = undefined;
    this.options.logger.info({ groupId: this.options.groupId, topics }, 'consuming');
  }

  /**
   * One window: the partition batches of a fetch, gathered so that a batch handler sees them together
   * (one statement for many events). Topics run in the order their handlers are declared; per partition
   * the events keep their offsets' order. Outputs and dead letters are acknowledged by Kafka before the
   * input offsets are resolved: a crash in between means reprocessing, which every consumer absorbs by
   * deduplicating on deterministic ids.
   */
  private async handleWindow(payloads: EachBatchPayload[]): Promise<void> {
    const byTopic = new Map<string, Decoded[]>();
    const deadLetters: DeadLetterV1[] = [];
    const lastTaken = new Map<EachBatchPayload, string>();
    for (const payload of payloads) {
      const { batch } = payload;
      if (!payload.isRunning() || payload.isStale()) continue;
      const contract = this.contracts.get(batch.topic)!;
      const list = byTopic.get(batch.topic) ?? [];
      byTopic.set(batch.topic, list);
      for (const message of batch.messages) {
        const context: EventContext = { topic: batch.topic, partition: batch.partition, offset: message.offset, key: message.key?.toString() ?? null, headers: headersOf(message) };
        const decoded = decodeEvent(contract, message.value);
        if (decoded.ok) list.push({ event: decoded.value, context, message });
        else {
          this.options.logger.warn({ topic: batch.topic, partition: batch.partition, offset: message.offset, reason: decoded.reason }, 'invalid event dead-lettered');
          deadLetters.push(this.deadLetter(context, message, `invalid-event: ${decoded.reason}`, 0));
        }
        lastTaken.set(payload, message.offset);
      }
    }
    const heartbeat = () => payloads[0].heartbeat().catch(() => undefined);
    const outputs: OutboundEvent[] = [];
    try {
      for (const topic of this.topicOrder) {
        const items = byTopic.get(topic);
        if (!items?.length) continue;
        const handler = this.getHandlerByPattern(topic)!;
        for (let from = 0; from < items.length; from += this.maxRoundEvents) {
          const round = items.slice(from, from + this.maxRoundEvents);
          const outcome = handler.extras?.[BATCH_HANDLER] ? await this.runBatchHandler(handler, round, heartbeat) : await this.runEventHandler(handler, round, heartbeat);
          outputs.push(...outcome.outputs);
          for (const { item, reason, attempts } of outcome.failed) deadLetters.push(this.deadLetter(item.context, item.message, reason, attempts));
          await heartbeat();
        }
      }
    } catch (e) {
      if (e instanceof StoppedWhileRetrying) {
        // Stopping mid-retry: nothing of this window is resolved; the next owner of its partitions redoes it.
        this.options.logger.warn({ err: e.cause, groupId: this.options.groupId }, 'stopped while retrying; the window stays uncommitted');
        return;
      }
      throw e;
    }
    const all = [...outputs, ...deadLetters.map((d): OutboundEvent => ({ contract: DeadLetter, value: d }))];
    for (let from = 0; from < all.length; from += PUBLISH_CHUNK) await this.options.publisher.publishAll(all.slice(from, from + PUBLISH_CHUNK));
    for (const [payload, offset] of lastTaken) if (!payload.isStale()) payload.resolveOffset(offset);
    this.commitSoon(payloads[0]);
  }

  private async runBatchHandler(handler: MessageHandler, items: Decoded[], heartbeat: () => Promise<void>): Promise<RunOutcome<Decoded>> {
    const call = async (run: readonly Decoded[]) => asOutputs(await this.invoke(handler, run.map(({ event, context }) => ({ event, context })), undefined));
    return runBatch(items, call, this.policy(heartbeat));
  }

  /** A per-event handler: partitions run side by side, each partition's events one after another. */
  private async runEventHandler(handler: MessageHandler, items: Decoded[], heartbeat: () => Promise<void>): Promise<RunOutcome<Decoded>> {
    const byPartition = new Map<number, Decoded[]>();
    for (const item of items) {
      const list = byPartition.get(item.context.partition) ?? [];
      list.push(item);
      byPartition.set(item.context.partition, list);
    }
    const policy = this.policy(heartbeat);
    const call = async ([item]: readonly Decoded[]) => asOutputs(await this.invoke(handler, item.event, item.context));
    const outcomes = await Promise.all(
      [...byPartition.values()].map(async (list) => {
        const outcome: RunOutcome<Decoded> = { outputs: [], failed: [] };
        for (const item of list) {
          const one = await runBatch([item], call, policy);
          outcome.outputs.push(...one.outputs);
          outcome.failed.push(...one.failed);
        }
        return outcome;
      }),
    );
    return { outputs: outcomes.flatMap((o) => o.outputs), failed: outcomes.flatMap((o) => o.failed) };
  }

  private async invoke(handler: MessageHandler, data: unknown, context: EventContext | undefined): Promise<HandlerResult> {
    return (await lastValueFrom(this.transformToObservable(await handler(data, context)), { defaultValue: undefined })) as HandlerResult;
  }

  private policy(heartbeat: () => Promise<void>): RunPolicy {
    const where = (item: unknown) => {
      const { context } = item as Decoded;
      return { topic: context.topic, partition: context.partition, offset: context.offset };
    };
    return {
      maxAttempts: this.maxAttempts,
      retryBackoffMs: this.retryBackoffMs,
      pause: (ms) => pause(ms, heartbeat),
      stopping: () => this.stopping,
      onRetry: (item, attempt, err) => this.options.logger.warn({ ...where(item), attempt, err }, 'handler failed, retrying'),
      onGiveUp: (item, attempt, err) => this.options.logger.error({ ...where(item), attempt, err }, 'event dead-lettered'),
    };
  }

  /**
   * Offsets are committed at most every commitIntervalMs (a commit per window would cost a broker round
   * trip per fetch), and once more shortly after the last window of a burst, so that a quiet consumer
   * does not sit on finished offsets.
   */
  private commitSoon(payload: EachBatchPayload): void {
    this.committer = payload;
    const due = this.lastCommitAt + this.commitIntervalMs - Date.now();
    if (due <= 0) {
      void this.commitProcessed();
      return;
    }
    this.commitTimer ??= setTimeout(() => {
      this.commitTimer = undefined;
      void this.commitProcessed();
    }, due);
  }

  private async commitProcessed(): Promise<void> {
    const committer = this.committer;
    if (!committer) return;
    clearTimeout(this.commitTimer);
    this.commitTimer = undefined;
    this.lastCommitAt = Date.now();
    const offsets = committer.uncommittedOffsets();
    if (!offsets.topics.length) return;
    const committing = committer.commitOffsetsIfNecessary(offsets).catch((e: unknown) => {
      // A rebalance won the race: the partitions' new owner redoes these events, deduplicated by id.
      this.options.logger.warn({ err: e, groupId: this.options.groupId }, 'offset commit failed; the events will be redelivered');
    });
    this.committing = committing;
    await committing;
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

  /** Stops fetching, lets the window in hand finish, commits what is done, then leaves the group. */
  async close(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retryTimer);
    await this.window.idle();
    await this.committing;
    await this.commitProcessed();
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
