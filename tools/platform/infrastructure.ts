import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { isKafkaReachable } from '@parley/testing';
import { provision } from './provision-topics';

const root = path.resolve(__dirname, '../../..');

export interface Infrastructure {
  brokers: string;
  databaseUrl: string;
  /** Stops what this process started (Kafka, when none was running); a no-op otherwise. */
  release(): void;
}

/**
 * What the services need before they start: a Kafka (started from the Maven Central jars by
 * scripts/kafka.sh unless one answers at KAFKA_BROKERS), a reachable PostgreSQL and every topic.
 */
export async function ensureInfrastructure(log: (line: string) => void = console.log): Promise<Infrastructure> {
  const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let kafkaStartedHere = false;
  if (!(await isKafkaReachable(brokers.split(','), 3000))) {
    log(`No Kafka at ${brokers}: starting one from Maven Central jars (scripts/kafka.sh start)...`);
    const started = spawnSync('bash', [path.join(root, 'scripts/kafka.sh'), 'start'], { stdio: 'inherit' });
    if (started.status !== 0) throw new Error('Kafka did not start; see .kafka/logs');
    kafkaStartedHere = true;
  }
  const db = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await db.connect().catch((e: Error) => {
    throw new Error(`PostgreSQL is not reachable at DATABASE_URL (${new URL(databaseUrl).host}): ${e.message}`);
  });
  await db.end();
  const report = await provision(brokers.split(','));
  log(`Topics: ${report.created.length} created, ${report.existing.length} already there.`);
  return {
    brokers,
    databaseUrl,
    release: () => {
      if (kafkaStartedHere) spawnSync('bash', [path.join(root, 'scripts/kafka.sh'), 'stop'], { stdio: 'inherit' });
    },
  };
}
