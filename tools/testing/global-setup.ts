import { ALL_EVENTS } from '@parley/contracts';
import { createKafkaClient, provisionTopics } from '@parley/kafka';
import { ensureKafka, ensureTestDatabase } from '@parley/testing';

/**
 * Jest global setup for the integration and e2e tiers: a real Kafka (started from Maven Central jars
 * by scripts/kafka.sh when none answers), Parley's topics, and a real PostgreSQL database.
 */
export default async function globalSetup(): Promise<void> {
  const { brokers } = await ensureKafka();
  process.env.KAFKA_BROKERS = brokers.join(',');
  await provisionTopics(createKafkaClient({ clientId: 'parley-test-setup', brokers }), ALL_EVENTS);
  process.env.DATABASE_URL = await ensureTestDatabase();
}
