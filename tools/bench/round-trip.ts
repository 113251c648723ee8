/**
 * `npm run bench`: end-to-end round trips through the running pipeline.
 *
 * Starts what is missing (Kafka, topics) and the five services with the simulator provider, then sends
 * N MO messages to ingress (`POST /v1/mo`), a JOIN/DISCOUNT mix from many handsets, at a steady
 * offered rate. A round trip is measured from the moment the MO is sent to ingress to the moment the
 * reply reaches the simulated handset (its `sent` status on sms.mt.status.v1: the simulator has put it
 * in the handset's inbox). Prints throughput and latency percentiles as JSON.
 *
 * Settings (environment): BENCH_MO (default 10000), BENCH_RATE offered MO/s (default 1000),
 * BENCH_JOIN_SHARE (default 0.5), BENCH_CONCURRENCY max requests in flight (default 256),
 * BENCH_PORT_OFFSET (default 100: runs beside a developer's `npm start`), BENCH_WARMUP_MO (default 5000:
 * the first MO of the stream, ramping up to the rate and not measured, so that the figures are the
 * steady state's rather than the first seconds' of a cold JIT),
 * BENCH_TIMELINE=1 (also prints, per half second of sending, the round trips' p50/p99 and the ingress
 * acknowledgements' p99 on stderr: shows whether a bad p99 is steady queueing or a few stalls).
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'undici';
import { moIdFor, MtStatusChanged, type MtStatusV1 } from '@parley/contracts';
import { startServices, stopServices, uniqueHandset, type RunningProcess } from '@parley/testing';
import { ensureInfrastructure } from '../platform/infrastructure';

const settings = {
  messages: Number(process.env.BENCH_MO ?? 10_000),
  rate: Number(process.env.BENCH_RATE ?? 1000),
  joinShare: Number(process.env.BENCH_JOIN_SHARE ?? 0.5),
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 256),
  portOffset: Number(process.env.BENCH_PORT_OFFSET ?? 100),
  /** The stream's first MO, sent at the same rate and not measured: JIT, pools and consumer windows warm up. */
  warmup: Number(process.env.BENCH_WARMUP_MO ?? 5000),
  timeline: process.env.BENCH_TIMELINE === '1',
};

interface Trip {
  sentAt: number;
  acceptedAt?: number;
  repliedAt?: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** CPU seconds used so far by every process, with its command name (java: Kafka, postgres), from /proc. */
function cpuOfProcesses(): Map<string, { command: string; seconds: number }> {
  const processes = new Map<string, { command: string; seconds: number }>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return processes;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime, in clock ticks (USER_HZ 100)
      processes.set(pid, { command: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // the process ended meanwhile
    }
  }
  return processes;
}

/**
 * CPU seconds spent between two snapshots by the processes of one command: those alive at the end
 * (a PostgreSQL backend started meanwhile counts whole; one that ended meanwhile is missed).
 */
function cpuSpent(before: Map<string, { command: string; seconds: number }>, after: Map<string, { command: string; seconds: number }>, command: string): number {
  let total = 0;
  for (const [pid, now] of after) {
    const then = before.get(pid);
    if (now.command === command) total += now.seconds - (then?.command === command ? then.seconds : 0);
  }
  return total;
}

/** POST a JSON body; the client is undici's connection pool (the bench shares the cores it measures). */
async function postJson(pool: Pool, path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await pool.request({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.statusCode, json: await res.body.json() };
}

async function main(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const infrastructure = await ensureInfrastructure(log);
  const runId = randomUUID().slice(0, 8);
  let services: RunningProcess[] = [];
  const serviceErrors: string[] = [];
  try {
    log('Starting the five services...');
    services = await startServices({
      env: { KAFKA_BROKERS: infrastructure.brokers, DATABASE_URL: infrastructure.databaseUrl, LOG_LEVEL: 'warn' },
      portOffset: settings.portOffset,
      output: (service, line) => {
        if (serviceErrors.length < 20 && /"level":(50|60)/.test(line)) serviceErrors.push(`${service}: ${line}`);
      },
    });
    const ingress = services.find((s) => s.name === 'ingress')!.url;
    const pool = new Pool(ingress, { connections: settings.concurrency, pipelining: 1 });

    const trips = new Map<string, Trip>();
    let replies = 0;
    const kafka = new Kafka({ clientId: `parley-bench-${runId}`, brokers: infrastructure.brokers.split(','), logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `parley-bench-${runId}`, maxWaitTimeInMs: 20 });
    await consumer.connect();
    await consumer.subscribe({ topic: MtStatusChanged.topic, fromBeginning: false });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.run({
      partitionsConsumedConcurrently: 12,
      // A throwaway group that never needs its place again: committing after every batch would cost the
      // broker an OffsetCommit per batch (about 190/s at 100 MO/s), charged to the pipeline's figures.
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const now = performance.now();
        for (const message of batch.messages) {
          const status = JSON.parse(message.value!.toString()) as MtStatusV1;
          if (status.status !== 'sent' || !status.inReplyTo) continue;
          const trip = trips.get(status.inReplyTo);
          if (!trip || trip.repliedAt !== undefined) continue;
          trip.repliedAt = now;
          replies += 1;
        }
      },
    });
    await joined;

    const regulars = Array.from({ length: 2000 }, () => uniqueHandset());
    /**
     * Sends `warmup + count` MO as one stream, never faster than `rate`/s; the first `warmup` (a ramp up
     * to the rate) are not measured (not tracked), and `onMeasuring` runs as the first measured one goes out. Resolves when ingress
     * has answered them all, with the measured ones that failed.
     */
    const sendStream = async (warmup: number, count: number, rate: number, onMeasuring: () => void): Promise<number> => {
      let failed = 0;
      let inFlight = 0;
      let due = performance.now();
      const sends: Promise<void>[] = [];
      for (let i = 0; i < warmup + count; i++) {
        // The warm-up ramps from a third of the rate to the rate; a sender that fell behind (the
        // concurrency cap) drops the debt instead of bursting above the rate to catch up.
        const currentRate = i < warmup ? rate * (1 / 3 + ((2 / 3) * i) / warmup) : rate;
        due = Math.max(due + 1000 / currentRate, performance.now() - 200);
        const wait = due - performance.now();
        if (wait > 1) await new Promise((r) => setTimeout(r, wait));
        while (inFlight >= settings.concurrency) await new Promise((r) => setTimeout(r, 1));
        const measured = i >= warmup;
        if (i === warmup) onMeasuring();
        const join = Math.floor((i + 1) * settings.joinShare) > Math.floor(i * settings.joinShare);
        const body = {
          from: join ? uniqueHandset() : regulars[i % regulars.length],
          to: '12345',
          text: join ? 'JOIN' : 'DISCOUNT',
          providerMessageId: `bench-${runId}-${i}`,
        };
        inFlight += 1;
        // The MO id is known before ingress answers (derived from the provider's message id): under load
        // the reply can reach the handset before the 202 reaches this client.
        const expectedId = moIdFor('generic', body.providerMessageId);
        const trip: Trip = { sentAt: performance.now() };
        if (measured) trips.set(expectedId, trip);
        sends.push(
          postJson(pool, '/v1/mo', body)
            .then(({ status, json }) => {
              const id = (json as { id?: string }).id;
              if (status !== 202 || id !== expectedId) throw new Error(`ingress answered ${status} with id ${id}`);
              trip.acceptedAt = performance.now();
            })
            .catch(() => {
              if (!measured) return;
              failed += 1;
              trips.delete(expectedId);
            })
            .finally(() => void (inFlight -= 1)),
        );
      }
      await Promise.all(sends);
      return failed;
    };
    const waitForReplies = async (expected: number) => {
      const giveUpAt = performance.now() + 60_000;
      while (replies < expected && performance.now() < giveUpAt) await new Promise((r) => setTimeout(r, 20));
    };

    if (settings.warmup > 0) log(`Warming up: the first ${settings.warmup} MO of the stream ramp up to the rate and are not measured...`);
    log(`Sending ${settings.messages} MO at ${settings.rate}/s (${Math.round(settings.joinShare * 100)} % JOIN from new handsets, the rest DISCOUNT)...`);
    let cpuBefore = cpuOfProcesses();
    let clientBefore = process.cpuUsage();
    let firstSend = performance.now();
    const failures = await sendStream(settings.warmup, settings.messages, settings.rate, () => {
      cpuBefore = cpuOfProcesses();
      clientBefore = process.cpuUsage();
      firstSend = performance.now();
    });
    const lastAccepted = performance.now();
    const expected = settings.messages - failures;
    await waitForReplies(expected);
    const cpuAfter = cpuOfProcesses();
    const client = process.cpuUsage(clientBefore);
    await consumer.disconnect();
    await pool.close();
    // Where the CPU went: per service, milliseconds per round trip (the machine's cores are shared
    // by the five services, Kafka, PostgreSQL and this client).
    const perTrip = (seconds: number | undefined) => (seconds === undefined || replies === 0 ? null : Math.round((seconds * 100_000) / replies) / 100);
    const cpuMsPerRoundTrip = {
      ...Object.fromEntries(
        services.map((s) => {
          const before = cpuBefore.get(String(s.child.pid))?.seconds;
          const after = cpuAfter.get(String(s.child.pid))?.seconds;
          return [s.name, perTrip(before === undefined || after === undefined ? undefined : after - before)];
        }),
      ),
      kafka: perTrip(cpuSpent(cpuBefore, cpuAfter, 'java')),
      postgres: perTrip(cpuSpent(cpuBefore, cpuAfter, 'postgres')),
      benchClient: perTrip((client.user + client.system) / 1e6),
    };

    const completed = [...trips.values()].filter((t) => t.repliedAt !== undefined);
    const latencies = completed.map((t) => t.repliedAt! - t.sentAt).sort((a, b) => a - b);
    const acceptLatencies = [...trips.values()].map((t) => t.acceptedAt! - t.sentAt).sort((a, b) => a - b);
    const lastReply = Math.max(...completed.map((t) => t.repliedAt!));
    const seconds = (lastReply - firstSend) / 1000;
    const result = {
      mo: settings.messages,
      offeredRatePerS: settings.rate,
      accepted: trips.size,
      rejectedOrFailed: failures,
      roundTrips: completed.length,
      missingReplies: trips.size - completed.length,
      seconds: round(seconds),
      roundTripsPerS: Math.round(completed.length / seconds),
      acceptedPerS: Math.round(trips.size / ((lastAccepted - firstSend) / 1000)),
      roundTripMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), max: round(latencies[latencies.length - 1]) },
      ingressAckMs: { p50: round(percentile(acceptLatencies, 50)), p99: round(percentile(acceptLatencies, 99)) },
      cpuMsPerRoundTrip,
      target: { roundTripsPerS: 1000, p99Ms: 200 },
    };
    if (settings.timeline) log(timeline(completed, firstSend));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (serviceErrors.length) log(`Service errors during the run:\n${serviceErrors.join('\n')}`);
    process.exitCode = result.missingReplies === 0 && failures === 0 ? 0 : 1;
  } finally {
    await stopServices(services);
    infrastructure.release();
  }
}

/** Per half second of sending: how many were sent, and their round trips' and acknowledgements' percentiles. */
function timeline(completed: Trip[], firstSend: number): string {
  const buckets = new Map<number, Trip[]>();
  for (const trip of completed) {
    const bucket = Math.floor((trip.sentAt - firstSend) / 500);
    const list = buckets.get(bucket);
    if (list) list.push(trip);
    else buckets.set(bucket, [trip]);
  }
  const lines = ['   t(s)  sent  rt-p50  rt-p99  ack-p99'];
  for (const [bucket, list] of [...buckets].sort(([a], [b]) => a - b)) {
    const rt = list.map((t) => t.repliedAt! - t.sentAt).sort((a, b) => a - b);
    const ack = list.map((t) => t.acceptedAt! - t.sentAt).sort((a, b) => a - b);
    const cell = (n: number) => String(Math.round(n)).padStart(8);
    lines.push(`${(bucket / 2).toFixed(1).padStart(7)}${String(list.length).padStart(6)}${cell(percentile(rt, 50))}${cell(percentile(rt, 99))}${cell(percentile(ack, 99))}`);
  }
  return lines.join('\n');
}

main().catch((e: Error) => {
  process.stderr.write(`bench failed: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
