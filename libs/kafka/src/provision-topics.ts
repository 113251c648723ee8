import type { Admin, Kafka } from 'kafkajs';
import type { EventContract } from '@parley/contracts';

export interface ProvisionReport {
  created: string[];
  existing: string[];
  grown: string[];
}

/**
 * Creates every contract topic with its partitions and retention (the broker never auto-creates),
 * and grows the partition count of an existing topic that has fewer. Idempotent.
 */
export async function provisionTopics(kafka: Kafka, contracts: readonly EventContract[], replicationFactor = 1): Promise<ProvisionReport> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = contracts.filter((c) => !existing.has(c.topic));
    if (missing.length) {
      await admin.createTopics({
        waitForLeaders: false, // waitUntilServed below, which outlasts the broker's metadata lag
        topics: missing.map((c) => ({
          topic: c.topic,
          numPartitions: c.spec.partitions,
          replicationFactor,
          configEntries: [
            { name: 'retention.ms', value: String(c.spec.retentionMs) },
            { name: 'cleanup.policy', value: c.spec.cleanupPolicy },
            { name: 'min.insync.replicas', value: String(Math.min(2, replicationFactor)) },
          ],
        })),
      });
      await waitUntilServed(admin, missing.map((c) => ({ topic: c.topic, partitions: c.spec.partitions })));
    }
    const present = contracts.filter((c) => existing.has(c.topic));
    const grown: string[] = [];
    if (present.length) {
      const metadata = await admin.fetchTopicMetadata({ topics: present.map((c) => c.topic) });
      const toGrow = metadata.topics
        .map((t) => ({ t, want: contracts.find((c) => c.topic === t.name)!.spec.partitions }))
        .filter(({ t, want }) => t.partitions.length < want);
      if (toGrow.length) {
        await admin.createPartitions({ topicPartitions: toGrow.map(({ t, want }) => ({ topic: t.name, count: want })) });
        grown.push(...toGrow.map(({ t }) => t.name));
      }
    }
    return { created: missing.map((c) => c.topic), existing: present.map((c) => c.topic), grown };
  } finally {
    await admin.disconnect();
  }
}

/**
 * Waits until the broker serves every topic with all its partitions led, retrying metadata errors:
 * on KRaft the broker's metadata can lag the controller just after createTopics, and kafkajs'
 * `waitForLeaders` gives up on "This server does not host this topic-partition".
 */
export async function waitUntilServed(admin: Admin, topics: { topic: string; partitions: number }[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer yet';
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics: topics.map((t) => t.topic) });
      const served = topics.every(({ topic, partitions }) => {
        const found = metadata.topics.find((t) => t.name === topic);
        return found !== undefined && found.partitions.length >= partitions && found.partitions.every((p) => p.leader >= 0);
      });
      if (served) return;
      lastError = 'partitions without a leader';
    } catch (e) {
      lastError = (e as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`topics not served within ${timeoutMs} ms: ${lastError}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
