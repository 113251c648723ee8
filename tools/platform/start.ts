/**
 * `npm start`: the whole platform on this machine. Kafka (unless one answers at KAFKA_BROKERS),
 * topics, the five services (each runs its migrations at boot) with the built-in simulator provider.
 * Prints the URLs and a first conversation to try; Ctrl-C stops everything cleanly.
 */
import { SERVICES, startServices, stopServices } from '@parley/testing';
import { ensureInfrastructure } from './infrastructure';

async function main(): Promise<void> {
  const infrastructure = await ensureInfrastructure();
  const { brokers, databaseUrl } = infrastructure;
  const services = await startServices({ env: { KAFKA_BROKERS: brokers, DATABASE_URL: databaseUrl } });
  console.log('\nParley is running:');
  for (const s of SERVICES) console.log(`  ${s.name.padEnd(17)} http://127.0.0.1:${s.port}   (GET /health)`);
  console.log(`
Try the first conversation (short code 12345, program "Parley Deals"):
  curl -s -X POST http://127.0.0.1:3000/v1/mo -H 'content-type: application/json' \\
       -d '{"from":"+12125550143","to":"12345","text":"JOIN"}'
  curl -s 'http://127.0.0.1:3004/v1/simulator/messages?to=%2B12125550143'

Ctrl-C stops everything.`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping services...');
    const codes = await stopServices(services);
    console.log(`Services stopped: ${JSON.stringify(codes)}`);
    infrastructure.release();
    process.exit(Object.values(codes).every((c) => c === 0) ? 0 : 1);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  for (const s of services) {
    void s.exited.then((code) => {
      if (!stopping) {
        console.error(`${s.name} exited unexpectedly (code ${code}); stopping the platform.`);
        void shutdown();
      }
    });
  }
}

main().catch((e: Error) => {
  console.error(`npm start failed: ${e.message}`);
  process.exit(1);
});
