/**
 * kafkajs 2.2.4 (the last release) against the Kafka broker pinned in scripts/kafka/pom.xml.
 * Everything here runs against the real broker (started by scripts/kafka.sh when none answers):
 * admin, the idempotent producer, consumer groups, committed offsets, headers and transactions,
 * used the way libs/kafka uses them. Findings are written up in docs/kafka.md.
 *
 *   cd /work/main && npx jest --config jest.config.js --selectProjects integration tools/kafka
 */
import { randomUUID } from 'node:crypto';
import {
  CompressionTypes,
  ConfigResourceTypes,
  Kafka,
  logLevel,
  type Admin,
  type Consumer,
  type ConsumerConfig,
  type EachBatchPayload,
  type IHeaders,
  type KafkaMessage,
  type LogEntry,
  type Producer,
} from 'kafkajs';
import { waitUntilServed } from '@parley/kafka';
import { ensureKafka } from '@parley/testing';

jest.setTimeout(30_000);

const runId = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
const topicName = (label: string): string => `kafkajs-compat.${runId}.${label}`;
const groupName = (label: string): string => `kafkajs-compat.${runId}.${label}`;

/** kafkajs errors are collected (not printed mid-test) and shown once at the end, as findings. */
const kafkajsErrors: string[] = [];
let kafka: Kafka;
let admin: Admin;
const createdTopics = new Set<string>();
const openClients = new Set<{ disconnect(): Promise<void> }>();

function track<T extends { disconnect(): Promise<void> }>(client: T): T {
  openClients.add(client);
  return client;
}

async function release(client: { disconnect(): Promise<void> }): Promise<void> {
  openClients.delete(client);
  await client.disconnect();
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function createTopic(label: string, numPartitions: number, configEntries: { name: string; value: string }[] = []): Promise<string> {
  const topic = topicName(label);
  const created = await admin.createTopics({
    waitForLeaders: false, // waitUntilServed, as provisionTopics does: it outlasts the broker's metadata lag
    topics: [{ topic, numPartitions, replicationFactor: 1, configEntries }],
  });
  expect(created).toBe(true);
  await waitUntilServed(admin, [{ topic, partitions: numPartitions }]);
  createdTopics.add(topic);
  return topic;
}

/** Like libs/kafka's EventPublisher: idempotent, one request in flight, never auto-creates topics. */
async function idempotentProducer(): Promise<Producer> {
  const producer = track(kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false }));
  await producer.connect();
  return producer;
}

/** Like libs/kafka's EventConsumerServer: short fetch waits, fast heartbeats. */
function consumer(groupId: string, overrides: Partial<ConsumerConfig> = {}): Consumer {
  return track(
    kafka.consumer({
      groupId,
      sessionTimeout: 10_000,
      heartbeatInterval: 500,
      maxWaitTimeInMs: 50,
      retry: { initialRetryTime: 100, retries: 5 },
      ...overrides,
    }),
  );
}

interface Received {
  member: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: IHeaders;
  timestamp: string;
}

function record(member: string, partition: number, message: KafkaMessage): Received {
  return {
    member,
    partition,
    offset: message.offset,
    key: message.key ? message.key.toString() : null,
    value: message.value ? message.value.toString() : null,
    headers: message.headers ?? {},
    timestamp: message.timestamp,
  };
}

/** Reads a whole topic from the beginning with a throwaway group and returns what it got. */
async function readAll(topic: string, expected: number, overrides: Partial<ConsumerConfig> = {}): Promise<Received[]> {
  const reader = consumer(groupName(`reader-${randomUUID().slice(0, 8)}`), overrides);
  const got: Received[] = [];
  await reader.connect();
  await reader.subscribe({ topics: [topic], fromBeginning: true });
  await reader.run({ eachMessage: async ({ partition, message }) => void got.push(record('reader', partition, message)) });
  await waitFor(`${expected} messages on ${topic}`, () => got.length >= expected);
  await sleep(300); // anything beyond the expected count would show up here
  await release(reader);
  return got;
}

function sumHighWatermarks(offsets: { high: string; low: string }[]): number {
  return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
}

beforeAll(async () => {
  const { brokers } = await ensureKafka();
  kafka = new Kafka({
    clientId: 'kafkajs-compat',
    brokers,
    connectionTimeout: 3000,
    requestTimeout: 10_000,
    retry: { initialRetryTime: 100, retries: 8, maxRetryTime: 2000 },
    logLevel: logLevel.ERROR,
    logCreator:
      () =>
      ({ namespace, log }: LogEntry) => {
        const { message, error } = log as { message: string; error?: string };
        kafkajsErrors.push(`[${namespace}] ${message}${error ? `: ${error}` : ''}`);
      },
  });
  admin = track(kafka.admin());
  await admin.connect();
}, 120_000);

afterAll(async () => {
  for (const client of [...openClients].filter((c) => c !== admin)) await release(client).catch(() => undefined);
  if (admin) {
    const existing = new Set(await admin.listTopics().catch(() => [] as string[]));
    const leftovers = [...createdTopics].filter((t) => existing.has(t));
    if (leftovers.length) await admin.deleteTopics({ topics: leftovers, timeout: 10_000 }).catch(() => undefined);
    await release(admin);
  }
  if (kafkajsErrors.length) {
    // Not a failure by itself (e.g. rebalance notices), but worth seeing next to the results.
    console.warn(`kafkajs logged ${kafkajsErrors.length} error(s):\n${kafkajsErrors.slice(0, 20).join('\n')}`);
  }
});

describe('kafkajs 2.2.4 against the pinned Kafka broker', () => {
  test('broker identifies itself: one KRaft node on loopback, controller = broker', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toEqual([{ nodeId: 1, host: '127.0.0.1', port: expect.any(Number) }]);
    expect(cluster.controller).toBe(1);
    expect(cluster.clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const [broker] = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.BROKER, name: '1', configNames: ['auto.create.topics.enable', 'group.initial.rebalance.delay.ms', 'process.roles'] }],
    }).then((r) => r.resources);
    const config = Object.fromEntries(broker!.configEntries.map((e) => [e.configName, e.configValue]));
    expect(config).toEqual({ 'auto.create.topics.enable': 'false', 'group.initial.rebalance.delay.ms': '0', 'process.roles': 'broker,controller' });
  });

  test('admin: create a topic with partitions and retention, describe it, alter it, grow it, delete it', async () => {
    const topic = await createTopic('admin', 3, [
      { name: 'retention.ms', value: '3600000' },
      { name: 'cleanup.policy', value: 'delete' },
    ]);
    // Creating it again is reported, not thrown (provisionTopics relies on listTopics instead).
    expect(await admin.createTopics({ topics: [{ topic, numPartitions: 3 }] })).toBe(false);
    expect(await admin.listTopics()).toContain(topic);

    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics).toHaveLength(1);
    const partitions = [...metadata.topics[0]!.partitions].sort((a, b) => a.partitionId - b.partitionId);
    expect(partitions.map((p) => [p.partitionId, p.leader, p.replicas, p.isr])).toEqual([
      [0, 1, [1], [1]],
      [1, 1, [1], [1]],
      [2, 1, [1], [1]],
    ]);

    const describe = async (): Promise<Record<string, string>> => {
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms', 'cleanup.policy'] }],
      });
      return Object.fromEntries(resources[0]!.configEntries.map((e) => [e.configName, e.configValue]));
    };
    expect(await describe()).toEqual({ 'retention.ms': '3600000', 'cleanup.policy': 'delete' });

    // kafkajs alterConfigs uses the (non-incremental) AlterConfigs API: it replaces the topic's set.
    await admin.alterConfigs({
      validateOnly: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configEntries: [{ name: 'retention.ms', value: '7200000' }, { name: 'cleanup.policy', value: 'delete' }] }],
    });
    // The broker applies a config change through its metadata log: a describe straight after the
    // acknowledgement can still answer the old value (seen on CI), so wait for it to show.
    await waitFor('retention.ms 7200000', async () => (await describe())['retention.ms'] === '7200000');
    expect(await describe()).toEqual({ 'retention.ms': '7200000', 'cleanup.policy': 'delete' });

    await admin.createPartitions({ topicPartitions: [{ topic, count: 4 }] });
    await waitFor('4 partitions', async () => (await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]!.partitions.length === 4);
    const offsets = await admin.fetchTopicOffsets(topic);
    expect(offsets.map((o) => [o.partition, o.low, o.high]).sort()).toEqual([
      [0, '0', '0'],
      [1, '0', '0'],
      [2, '0', '0'],
      [3, '0', '0'],
    ]);

    await admin.deleteTopics({ topics: [topic], timeout: 10_000 });
    await waitFor('topic deletion', async () => !(await admin.listTopics()).includes(topic));
    createdTopics.delete(topic);
  });

  test('the broker never auto-creates a topic a producer writes to', async () => {
    const missing = topicName('never-created');
    const producer = track(kafka.producer({ allowAutoTopicCreation: true, retry: { retries: 1, initialRetryTime: 100 } }));
    await producer.connect();
    await expect(producer.send({ topic: missing, messages: [{ value: 'x' }] })).rejects.toThrow();
    await release(producer);
    expect(await admin.listTopics()).not.toContain(missing);
  });

  test('idempotent producer, acks=-1: keyed send and multi-topic sendBatch land exactly once, per key in one partition', async () => {
    const [a, b] = [await createTopic('idem-a', 3), await createTopic('idem-b', 2)];
    const producer = await idempotentProducer();

    const keys = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
    const first = await producer.send({
      topic: a,
      acks: -1,
      messages: keys.flatMap((key) => [0, 1, 2].map((seq) => ({ key, value: JSON.stringify({ key, seq }) }))),
    });
    expect(first.every((r) => r.errorCode === 0 && r.topicName === a)).toBe(true);

    const second = await producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.GZIP,
      topicMessages: [
        { topic: a, messages: keys.flatMap((key) => [3, 4].map((seq) => ({ key, value: JSON.stringify({ key, seq }) }))) },
        { topic: b, messages: keys.map((key) => ({ key, value: JSON.stringify({ key, seq: 0 }) })) },
      ],
    });
    expect(new Set(second.map((r) => r.topicName))).toEqual(new Set([a, b]));
    expect(second.every((r) => r.errorCode === 0)).toBe(true);

    // Exactly once: the log holds precisely what was sent, no duplicates from retries.
    expect(sumHighWatermarks(await admin.fetchTopicOffsets(a))).toBe(keys.length * 5);
    expect(sumHighWatermarks(await admin.fetchTopicOffsets(b))).toBe(keys.length);

    const got = await readAll(a, keys.length * 5);
    expect(got).toHaveLength(keys.length * 5);
    for (const key of keys) {
      const mine = got.filter((m) => m.key === key);
      expect(new Set(mine.map((m) => m.partition)).size).toBe(1);
      const ordered = [...mine].sort((x, y) => Number(x.offset) - Number(y.offset));
      expect(ordered.map((m) => JSON.parse(m.value!).seq)).toEqual([0, 1, 2, 3, 4]);
    }
    await release(producer);
  });

  test('consumer group: two members share the partitions after a rebalance; per-key order holds', async () => {
    const topic = await createTopic('group', 4);
    const groupId = groupName('group');
    const got: Received[] = [];
    const assignment = new Map<string, number[]>();

    const start = async (member: string): Promise<Consumer> => {
      const c = consumer(groupId);
      c.on(c.events.GROUP_JOIN, ({ payload }) => assignment.set(member, [...(payload.memberAssignment[topic] ?? [])].sort()));
      await c.connect();
      await c.subscribe({ topics: [topic], fromBeginning: true });
      // The platform's shape: eachBatch, manual resolve, heartbeat, commit as we go.
      await c.run({
        autoCommit: true,
        autoCommitThreshold: 1,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: 2,
        eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary }: EachBatchPayload) => {
          for (const message of batch.messages) {
            got.push(record(member, batch.partition, message));
            resolveOffset(message.offset);
            await heartbeat();
          }
          await commitOffsetsIfNecessary();
        },
      });
      return c;
    };

    await start('A');
    await waitFor('A owns all 4 partitions', () => assignment.get('A')?.length === 4);
    await start('B');
    await waitFor('A and B split the partitions', () => {
      const [pa, pb] = [assignment.get('A') ?? [], assignment.get('B') ?? []];
      return pa.length > 0 && pb.length > 0 && new Set([...pa, ...pb]).size === 4 && pa.length + pb.length === 4;
    });

    const [description] = (await admin.describeGroups([groupId])).groups;
    expect(description).toMatchObject({ groupId, state: 'Stable', protocolType: 'consumer', protocol: 'RoundRobinAssigner' });
    expect(description!.members).toHaveLength(2);
    const { groups } = await admin.listGroups();
    expect(groups).toContainEqual({ groupId, protocolType: 'consumer' });

    const producer = await idempotentProducer();
    const keys = Array.from({ length: 20 }, (_, i) => `subscriber-${i}`);
    const perKey = 10;
    for (let seq = 0; seq < perKey; seq += 1) {
      await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages: keys.map((key) => ({ key, value: String(seq) })) }] });
    }
    await waitFor('all 200 messages', () => got.length >= keys.length * perKey, 20_000);
    await sleep(300);

    expect(got).toHaveLength(keys.length * perKey); // each exactly once across the group
    const byMember = (m: string): Received[] => got.filter((r) => r.member === m);
    expect(byMember('A').length).toBeGreaterThan(0);
    expect(byMember('B').length).toBeGreaterThan(0);
    for (const m of ['A', 'B']) {
      expect(new Set(byMember(m).map((r) => r.partition))).toEqual(new Set(assignment.get(m)));
    }
    for (const key of keys) {
      expect(got.filter((r) => r.key === key).map((r) => Number(r.value))).toEqual(Array.from({ length: perKey }, (_, i) => i));
    }
    await release(producer);
  });

  test('committed offsets: a new consumer in the same group resumes where the last one committed', async () => {
    const topic = await createTopic('resume', 2);
    const groupId = groupName('resume');
    const producer = await idempotentProducer();
    const send = (from: number, to: number): Promise<unknown> =>
      producer.send({ topic, acks: -1, messages: Array.from({ length: to - from }, (_, i) => ({ partition: (from + i) % 2, value: String(from + i) })) });

    const consume = async (expected: number): Promise<Received[]> => {
      const got: Received[] = [];
      const c = consumer(groupId);
      await c.connect();
      await c.subscribe({ topics: [topic], fromBeginning: true });
      await c.run({ autoCommit: true, autoCommitThreshold: 1, eachMessage: async ({ partition, message }) => void got.push(record('c', partition, message)) });
      await waitFor(`${expected} messages`, () => got.length >= expected);
      await sleep(500);
      await release(c); // commits what it resolved, leaves the group
      return got;
    };

    await send(0, 10);
    const first = await consume(10);
    expect(first.map((r) => Number(r.value)).sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const highs = await admin.fetchTopicOffsets(topic);
    expect(committed!.partitions.map((p) => [p.partition, p.offset]).sort()).toEqual(highs.map((h) => [h.partition, h.high]).sort());

    await send(10, 15);
    const second = await consume(5);
    expect(second.map((r) => Number(r.value)).sort((x, y) => x - y)).toEqual([10, 11, 12, 13, 14]);

    // And the group can be rewound (what an operator would do to replay).
    await admin.resetOffsets({ groupId, topic, earliest: true });
    const replay = await consume(15);
    expect(replay).toHaveLength(15);
    await release(producer);
  });

  test('headers, explicit timestamps and tombstones round-trip', async () => {
    const topic = await createTopic('headers', 1);
    const producer = await idempotentProducer();
    const binary = Buffer.from([0, 1, 2, 127, 128, 255]);
    const timestamp = String(Date.now() - 60_000);
    await producer.send({
      topic,
      acks: -1,
      messages: [
        {
          key: 'with-headers',
          value: 'payload',
          timestamp,
          headers: { 'correlation-id': 'corr-42', 'content-type': 'application/json', binary, unicode: 'Grüße ✓', multi: ['one', 'two'] },
        },
        { key: 'tombstone', value: null, headers: { reason: 'opt-out' } },
      ],
    });
    const got = await readAll(topic, 2);
    const [withHeaders, tombstone] = [got.find((m) => m.key === 'with-headers')!, got.find((m) => m.key === 'tombstone')!];
    expect(withHeaders.value).toBe('payload');
    expect(withHeaders.timestamp).toBe(timestamp);
    const h = withHeaders.headers;
    expect(Object.keys(h).sort()).toEqual(['binary', 'content-type', 'correlation-id', 'multi', 'unicode']);
    expect((h['correlation-id'] as Buffer).toString()).toBe('corr-42');
    expect((h['content-type'] as Buffer).toString()).toBe('application/json');
    expect(Buffer.compare(h.binary as Buffer, binary)).toBe(0);
    expect((h.unicode as Buffer).toString('utf8')).toBe('Grüße ✓');
    expect((h.multi as Buffer[]).map((b) => b.toString())).toEqual(['one', 'two']);
    expect(tombstone.value).toBeNull();
    expect((tombstone.headers.reason as Buffer).toString()).toBe('opt-out');
    await release(producer);
  });

  test('transactions: read_committed sees committed records only; sendOffsets commits a group offset', async () => {
    const topic = await createTopic('txn', 2);
    const groupId = groupName('txn');
    const producer = track(
      kafka.producer({ transactionalId: `kafkajs-compat-${runId}`, idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false }),
    );
    await producer.connect();

    const committed1 = await producer.transaction();
    await committed1.send({ topic, acks: -1, messages: [{ key: 'k', value: 'commit-1' }, { key: 'k', value: 'commit-2' }] });
    await committed1.commit();

    const aborted = await producer.transaction();
    await aborted.send({ topic, acks: -1, messages: [{ key: 'k', value: 'abort-1' }] });
    await aborted.abort();

    const committed2 = await producer.transaction();
    await committed2.send({ topic, acks: -1, messages: [{ key: 'k', value: 'commit-3' }] });
    await committed2.sendOffsets({ consumerGroupId: groupId, topics: [{ topic, partitions: [{ partition: 0, offset: '1' }] }] });
    await committed2.commit();

    const readCommitted = await readAll(topic, 3);
    expect(readCommitted.map((m) => m.value)).toEqual(['commit-1', 'commit-2', 'commit-3']);
    const readUncommitted = await readAll(topic, 4, { readUncommitted: true });
    expect(readUncommitted.map((m) => m.value)).toEqual(['commit-1', 'commit-2', 'abort-1', 'commit-3']);

    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    expect(offsets!.partitions.find((p) => p.partition === 0)?.offset).toBe('1');
    await release(producer);
  });
});
