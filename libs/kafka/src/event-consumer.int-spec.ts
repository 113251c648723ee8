/**
 * The consumer runner and the publisher against the real broker: validation, dead letters, retries,
 * outputs produced before the input is committed, and a publisher that never claims an unstored write.
 */
import 'reflect-metadata';
import { Controller, type INestApplicationContext, type INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { DeadLetter, derivedId, MoReceived, type MoReceivedV1, MoRouted } from '@parley/contracts';
import { TopicRecorder, uniqueHandset, waitFor } from '@parley/testing';
import { KafkaUnavailableError, PermanentEventError } from './errors';
import { KafkaEventServer } from './event-consumer.server';
import { EventPublisher } from './event-publisher';
import { createKafkaClient, KAFKA_CLIENT } from './kafka-options';
import { KafkaModule } from './kafka.module';
import type { ConsumedEvent } from './event-consumer.server';
import { OnEvent, OnEvents } from './on-event.decorator';
import { outbound } from './outbound-event';

jest.setTimeout(60000);

const brokers = () => process.env.KAFKA_BROKERS!.split(',');
const silent = pino({ level: 'silent' });
const calls: { text: string; attempt: number }[] = [];
const attempts = new Map<string, number>();

const PROBE_SHORT_CODE = '99999';

/** A handler with behaviours chosen by the MO text, to drive each path of the runner. */
@Controller()
class ProbeHandler {
  @OnEvent(MoReceived)
  onMo(mo: MoReceivedV1) {
    // The e2e suite may run beside this one on the same topics: leave its messages alone.
    if (mo.to !== PROBE_SHORT_CODE) return undefined;
    const attempt = (attempts.get(mo.id) ?? 0) + 1;
    attempts.set(mo.id, attempt);
    calls.push({ text: mo.text, attempt });
    if (mo.text === 'always-fails') throw new Error('database is down');
    if (mo.text === 'fails-once' && attempt === 1) throw new Error('transient');
    if (mo.text === 'rejected') throw new PermanentEventError('not for us');
    return outbound(MoRouted, { moId: mo.id, from: mo.from, to: mo.to, outcome: 'keyword', rule: `probe:${mo.text}`, actions: [], routedAt: new Date().toISOString() });
  }
}

const BATCH_SHORT_CODE = '99998';
const batchCalls: string[][] = [];

/** A batch handler: one call for many events; a "poison" text fails whichever batch holds it. */
@Controller()
class BatchProbeHandler {
  @OnEvents(MoReceived)
  onMos(items: ConsumedEvent<MoReceivedV1>[]) {
    const mine = items.filter(({ event }) => event.to === BATCH_SHORT_CODE);
    if (!mine.length) return [];
    batchCalls.push(mine.map(({ event }) => event.text));
    if (mine.some(({ event }) => event.text === 'poison')) throw new Error('poison in batch');
    return mine.map(({ event }) => outbound(MoRouted, { moId: event.id, from: event.from, to: event.to, outcome: 'keyword', rule: `batch:${event.text}`, actions: [], routedAt: new Date().toISOString() }));
  }
}

const groupId = `probe-${crypto.randomUUID()}`;
const batchGroupId = `batch-probe-${crypto.randomUUID()}`;

@Module({ imports: [KafkaModule.forRoot({ clientId: 'probe', brokers: brokers(), logger: silent })], controllers: [ProbeHandler] })
class ProbeModule {}

@Module({ imports: [KafkaModule.forRoot({ clientId: 'batch-probe', brokers: brokers(), logger: silent })], controllers: [BatchProbeHandler] })
class BatchProbeModule {}

let app: INestMicroservice;
let context: INestApplicationContext;
let recorder: TopicRecorder;

function mo(text: string, to = PROBE_SHORT_CODE): MoReceivedV1 {
  const now = new Date().toISOString();
  return { id: crypto.randomUUID(), from: uniqueHandset(), to, text, provider: 'test', receivedAt: now, acceptedAt: now };
}

beforeAll(async () => {
  recorder = await new TopicRecorder([MoRouted.topic, DeadLetter.topic]).start();
  context = await NestFactory.createApplicationContext(ProbeModule, { logger: false });
  app = await NestFactory.createMicroservice(ProbeModule, {
    logger: false,
    strategy: new KafkaEventServer({ groupId, kafka: context.get(KAFKA_CLIENT), publisher: context.get(EventPublisher), logger: silent, retryBackoffMs: 20, maxAttempts: 3, fromBeginning: false }),
  });
  await app.listen();
  await new Promise((r) => setTimeout(r, 2000)); // group join + first fetch at "latest"
}, 60000);

afterAll(async () => {
  await app?.close();
  await context?.close(); // its producer, which the probe's outputs went through
  await recorder?.stop();
});

async function publish(values: (MoReceivedV1 | string)[], keyOf: (v: MoReceivedV1 | string) => string = () => 'probe') {
  const kafka = new Kafka({ clientId: 'probe-writer', brokers: brokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic: MoReceived.topic, messages: values.map((v) => ({ key: keyOf(v), value: typeof v === 'string' ? v : JSON.stringify(v) })) });
  await producer.disconnect();
}

// Only what this probe produced: a real keyword-router (the e2e suite runs beside this one) routes the same MO too.
const routedFor = (id: string) => recorder.find<{ moId: string; rule: string }>(MoRouted.topic, (r) => r.moId === id && r.rule.startsWith('probe:'));
const deadFor = (id: string) => recorder.find<{ value: string; reason: string; attempts: number; consumerGroup: string }>(DeadLetter.topic, (d) => d.consumerGroup === groupId && Buffer.from(d.value, 'base64').toString().includes(id));

describe('KafkaEventServer', () => {
  it('validates, calls the handler and produces what it returns', async () => {
    const ok = mo('hello');
    await publish([ok]);
    const [routed] = await waitFor(() => (routedFor(ok.id).length ? routedFor(ok.id) : undefined), { what: 'routed event' });
    expect(routed.rule).toBe('probe:hello');
  });

  it('dead-letters an invalid event with the reason and keeps consuming the partition', async () => {
    const bad = { ...mo('x'), from: 'not-a-number' };
    const after = mo('after-bad');
    await publish([JSON.stringify(bad), after]);
    const [dead] = await waitFor(() => (deadFor(bad.id).length ? deadFor(bad.id) : undefined), { what: 'dead letter' });
    expect(dead.reason).toMatch(/^invalid-event: value does not match sms.mo.received.v1: from:/);
    expect(dead.attempts).toBe(0);
    await waitFor(() => (routedFor(after.id).length ? true : undefined), { what: 'the next event processed' });
    expect(calls.some((c) => c.text === 'x')).toBe(false);
  });

  it('retries a transient failure and succeeds without a dead letter', async () => {
    const flaky = mo('fails-once');
    await publish([flaky]);
    await waitFor(() => (routedFor(flaky.id).length ? true : undefined), { what: 'retried event' });
    expect(attempts.get(flaky.id)).toBe(2);
    expect(deadFor(flaky.id)).toEqual([]);
  });

  it('dead-letters after the last attempt, and at once for a permanent error', async () => {
    const broken = mo('always-fails');
    const rejected = mo('rejected');
    await publish([broken, rejected]);
    const dead = await waitFor(() => (deadFor(broken.id).length && deadFor(rejected.id).length ? [deadFor(broken.id)[0], deadFor(rejected.id)[0]] : undefined), { what: 'dead letters' });
    expect(dead[0]).toMatchObject({ reason: 'handler-failed after 3 attempts: database is down', attempts: 3 });
    expect(dead[1]).toMatchObject({ reason: 'rejected: not for us', attempts: 1 });
    expect(attempts.get(broken.id)).toBe(3);
    expect(routedFor(broken.id)).toEqual([]);
  });

  it('refuses a handler for a topic outside the contracts', async () => {
    @Controller()
    class Stray {
      @OnEvent({ ...MoReceived, topic: 'not.a.contract.v1' })
      on(): void {
        // never called: the server refuses to start
      }
    }
    @Module({ imports: [KafkaModule.forRoot({ clientId: 'stray', brokers: brokers() })], controllers: [Stray] })
    class StrayModule {}
    const ctx = await NestFactory.createApplicationContext(StrayModule, { logger: false });
    const stray = await NestFactory.createMicroservice(StrayModule, {
      logger: false,
      strategy: new KafkaEventServer({ groupId: 'stray', kafka: ctx.get(KAFKA_CLIENT), publisher: ctx.get(EventPublisher), logger: silent }),
    });
    await expect(stray.listen()).rejects.toThrow(/names no topic of @parley\/contracts/);
    await ctx.close();
  });
});

describe('KafkaEventServer with an @OnEvents batch handler', () => {
  const batchRoutedFor = (id: string) => recorder.find<{ moId: string; rule: string }>(MoRouted.topic, (r) => r.moId === id && r.rule.startsWith('batch:'));
  const batchDeadFor = (id: string) => recorder.find<{ value: string; reason: string; attempts: number; consumerGroup: string }>(DeadLetter.topic, (d) => d.consumerGroup === batchGroupId && Buffer.from(d.value, 'base64').toString().includes(id));
  let batchContext: INestApplicationContext;
  let batchApp: INestMicroservice | undefined;

  async function startBatchProbe() {
    batchApp = await NestFactory.createMicroservice(BatchProbeModule, {
      logger: false,
      strategy: new KafkaEventServer({ groupId: batchGroupId, kafka: batchContext.get(KAFKA_CLIENT), publisher: batchContext.get(EventPublisher), logger: silent, retryBackoffMs: 20, maxAttempts: 2, fromBeginning: false, commitIntervalMs: 60000 }),
    });
    await batchApp.listen();
  }

  beforeAll(async () => {
    batchContext = await NestFactory.createApplicationContext(BatchProbeModule, { logger: false });
    await startBatchProbe();
    await new Promise((r) => setTimeout(r, 2000));
  }, 60000);

  afterAll(async () => {
    await batchApp?.close();
    await batchContext?.close();
  });

  it('hands many events to one call, and a poison event sinks only itself', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => (i === 17 ? 'poison' : `b${i}`));
    const events = texts.map((t) => mo(t, BATCH_SHORT_CODE));
    // Many keys, so the events spread over partitions and still meet in one window.
    await publish(events, (v) => (typeof v === 'string' ? 'k' : v.from));
    const poison = events[17];
    const healthy = events.filter((e) => e !== poison);
    await waitFor(() => (healthy.every((e) => batchRoutedFor(e.id).length) && batchDeadFor(poison.id).length ? true : undefined), { what: 'the batch routed and the poison dead-lettered' });
    expect(Math.max(...batchCalls.map((c) => c.length))).toBeGreaterThan(1);
    expect(batchRoutedFor(poison.id)).toEqual([]);
    expect(batchDeadFor(poison.id)[0]).toMatchObject({ reason: 'handler-failed after 2 attempts: poison in batch', attempts: 2 });
    for (const e of healthy) expect(batchRoutedFor(e.id)).toHaveLength(1);
  });

  it('commits the offsets of what it finished when it is closed, even before the commit interval', async () => {
    const last = mo('before-close', BATCH_SHORT_CODE);
    const kafka = new Kafka({ clientId: 'probe-admin', brokers: brokers(), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const [sent] = await producer.send({ topic: MoReceived.topic, messages: [{ key: last.from, value: JSON.stringify(last), partition: 0 }] });
    await producer.disconnect();
    await waitFor(() => (batchRoutedFor(last.id).length ? true : undefined), { what: 'event handled' });
    await batchApp!.close(); // commitIntervalMs is a minute: only the close can have committed it
    batchApp = undefined;
    const admin = kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId: batchGroupId, topics: [MoReceived.topic] });
    await admin.disconnect();
    const partition0 = committed.partitions.find((p) => p.partition === 0)!;
    expect(Number(partition0.offset)).toBeGreaterThan(Number(sent.baseOffset));
    await startBatchProbe();
  });
});

describe('EventPublisher', () => {
  it('resolves only after Kafka acknowledged, and batches concurrent publishes', async () => {
    const context = await NestFactory.createApplicationContext(KafkaModule.forRoot({ clientId: 'pub', brokers: brokers() }), { logger: false });
    const publisher = context.get(EventPublisher);
    const events = Array.from({ length: 50 }, () => mo('batched'));
    await Promise.all(events.map((e) => publisher.publish(MoRouted, { moId: e.id, from: e.from, to: e.to, outcome: 'keyword', rule: 'probe:batch', actions: [], routedAt: new Date().toISOString() })));
    await waitFor(() => (events.every((e) => routedFor(e.id).length === 1) ? true : undefined), { what: '50 records' });
    await context.close();
  });

  it('reports KafkaUnavailableError, never success, when no broker answers', async () => {
    const dead = createKafkaClient({ clientId: 'nowhere', brokers: ['127.0.0.1:1'] });
    const publisher = new EventPublisher(dead, { clientId: 'nowhere', brokers: ['127.0.0.1:1'] });
    const started = Date.now();
    await expect(publisher.publish(MoRouted, { moId: derivedId('x', 'y'), from: '+15551234567', to: '12345', outcome: 'keyword', rule: 'r', actions: [], routedAt: new Date().toISOString() })).rejects.toBeInstanceOf(KafkaUnavailableError);
    expect(Date.now() - started).toBeLessThan(8000);
    await publisher.onApplicationShutdown();
  });
});
