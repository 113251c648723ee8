import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';

/**
 * A Kafka broker for tests: use the one that answers at `brokers`, or start the local one with
 * `bash scripts/kafka.sh start` (Apache Kafka jars from Maven Central, one KRaft node on loopback;
 * see docs/kafka.md). Brokers elsewhere than on loopback are never started, only probed.
 */

const DEFAULT_BROKERS = '127.0.0.1:9092';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export interface EnsuredKafka {
  /** The broker list to hand to kafkajs. */
  brokers: string[];
  /** True when this call started the broker (the caller may stop it with `scripts/kafka.sh stop`). */
  startedByUs: boolean;
}

/** Splits a comma-separated broker list ("host:port,host:port") into its entries. */
export function parseBrokers(brokers: string | readonly string[]): string[] {
  const list = typeof brokers === 'string' ? brokers.split(',') : [...brokers];
  return list.map((b) => b.trim()).filter((b) => b.length > 0);
}

/**
 * True when a broker at `brokers` answers Kafka API requests (Metadata via admin.describeCluster),
 * not merely TCP, within `timeoutMs`. Never throws and never retries.
 */
export async function isKafkaReachable(brokers: string | readonly string[], timeoutMs = 3000): Promise<boolean> {
  const list = parseBrokers(brokers);
  if (list.length === 0) return false;
  const kafka = new Kafka({
    clientId: 'parley-kafka-probe',
    brokers: list,
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 1000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
  const admin = kafka.admin({ retry: { retries: 0 } });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = (async (): Promise<boolean> => {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0;
  })().catch(() => false);
  try {
    return await Promise.race([probe, timedOut]);
  } finally {
    if (timer) clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
}

/** The single loopback broker's port if `brokers` is one local address, otherwise undefined. */
function localPort(brokers: readonly string[]): number | undefined {
  if (brokers.length !== 1) return undefined;
  const match = /^(.*):(\d+)$/.exec(brokers[0] ?? '');
  if (!match) return undefined;
  const [, host, port] = match;
  return host !== undefined && LOOPBACK_HOSTS.has(host) ? Number(port) : undefined;
}

/** The repository root: the nearest ancestor of this file that holds scripts/kafka.sh. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'scripts', 'kafka.sh'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`scripts/kafka.sh not found above ${from}`);
    dir = parent;
  }
}

function runKafkaScript(command: 'start' | 'stop', port: number): Promise<void> {
  const root = repoRoot();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [path.join(root, 'scripts', 'kafka.sh'), command], {
      cwd: root,
      env: { ...process.env, KAFKA_PORT: String(port) },
      // The broker itself runs detached with its output in .kafka/logs; only the script's own
      // progress lines come through here (to stderr, so they never mix into a reporter's stdout).
      stdio: ['ignore', process.stderr, process.stderr],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`bash scripts/kafka.sh ${command} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/**
 * Makes sure a Kafka broker answers at `brokers` (default KAFKA_BROKERS, else 127.0.0.1:9092).
 * If none answers and the address is a single loopback broker, starts the local one with
 * `bash scripts/kafka.sh start` (KAFKA_PORT set to that port) and waits until it answers.
 */
export async function ensureKafka(
  brokers: string = process.env.KAFKA_BROKERS ?? DEFAULT_BROKERS,
): Promise<EnsuredKafka> {
  const list = parseBrokers(brokers);
  if (list.length === 0) throw new Error(`no Kafka brokers in '${brokers}'`);
  if (await isKafkaReachable(list, 3000)) return { brokers: list, startedByUs: false };

  const port = localPort(list);
  if (port === undefined) {
    throw new Error(
      `Kafka does not answer at ${list.join(',')}; only a single loopback broker ` +
        `(e.g. ${DEFAULT_BROKERS}) is started automatically (bash scripts/kafka.sh start)`,
    );
  }
  // The script serialises concurrent starts, and says "already running" if another caller won.
  await runKafkaScript('start', port);
  const deadline = Date.now() + 30_000;
  while (!(await isKafkaReachable(list, 3000))) {
    if (Date.now() > deadline) {
      throw new Error(`scripts/kafka.sh started Kafka, but it does not answer at ${list.join(',')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { brokers: list, startedByUs: true };
}

/** Stops the local broker on `port` (for a global teardown that started it). */
export async function stopLocalKafka(port = 9092): Promise<void> {
  await runKafkaScript('stop', port);
}
