/**
 * Creates every Parley topic with its partitions and retention (idempotent), then exits 0.
 * Used by `npm start`, the test setup, the docker-compose `provision-topics` service and the k8s Job.
 *   KAFKA_BROKERS=host:9092 [KAFKA_REPLICATION_FACTOR=3] node dist/tools/platform/provision-topics.js
 */
import { ALL_EVENTS } from '@parley/contracts';
import { createKafkaClient, provisionTopics } from '@parley/kafka';
import { brokerList } from '@parley/config';

export async function provision(brokers: string[], replicationFactor = 1) {
  return provisionTopics(createKafkaClient({ clientId: 'parley-provision', brokers }), ALL_EVENTS, replicationFactor);
}

if (require.main === module) {
  const brokers = brokerList.parse(process.env.KAFKA_BROKERS ?? '127.0.0.1:9092');
  const replication = Number(process.env.KAFKA_REPLICATION_FACTOR ?? '1');
  provision(brokers, replication).then(
    (report) => {
      console.log(JSON.stringify({ level: 'info', msg: 'topics provisioned', ...report }));
    },
    (e: Error) => {
      console.error(JSON.stringify({ level: 'error', msg: 'topic provisioning failed', error: e.message }));
      process.exit(1);
    },
  );
}
