#!/usr/bin/env node
// Waits until a Kafka broker answers Kafka API requests (not just TCP): kafkajs admin
// describeCluster (Metadata) plus listTopics must both succeed. Used by scripts/kafka.sh.
// Before `npm ci` (no kafkajs yet) it falls back to a raw ApiVersions request over node:net.
//
//   node scripts/kafka/probe.js [--brokers 127.0.0.1:9092] [--timeout 90] [--once] [--pid N]
//
// --once tries a single time (short timeouts) and exits 0 if the broker answers, 1 if it does not.
// Otherwise it retries every 500 ms until --timeout seconds have passed. With --pid it gives up as
// soon as that process (the broker JVM) has exited.
// Exit codes: 0 answered, 1 did not answer in time, 3 the --pid process exited.
'use strict';

function parseArgs(argv) {
  const args = { brokers: '127.0.0.1:9092', timeout: 90, once: false, pid: 0 };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--brokers') args.brokers = argv[++i];
    else if (a === '--timeout') args.timeout = Number(argv[++i]);
    else if (a === '--once') args.once = true;
    else if (a === '--pid') args.pid = Number(argv[++i]);
    else {
      console.error(`probe.js: unknown argument ${a}`);
      process.exit(64);
    }
  }
  return args;
}

const net = require('node:net');

let kafkajs = null;
try {
  kafkajs = require('kafkajs');
} catch {
  kafkajs = null; // not installed yet: probeRaw below
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

// One ApiVersions v0 request (api key 18) to the first broker; ok when error_code is 0.
function probeRaw(brokers, timeoutMs) {
  const [host, port] = brokers[0].split(':');
  return new Promise((resolve, reject) => {
    const clientId = Buffer.from('parley-kafka-probe');
    const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length);
    body.writeInt16BE(18, 0); // api key: ApiVersions
    body.writeInt16BE(0, 2); // api version 0
    body.writeInt32BE(1, 4); // correlation id
    body.writeInt16BE(clientId.length, 8);
    clientId.copy(body, 10);
    const size = Buffer.alloc(4);
    size.writeInt32BE(body.length, 0);
    let received = Buffer.alloc(0);
    const socket = net.connect({ host, port: Number(port) });
    const done = (err, value) => {
      socket.destroy();
      if (err) reject(err);
      else resolve(value);
    };
    socket.setTimeout(timeoutMs, () => done(new Error(`no answer within ${timeoutMs} ms`)));
    socket.on('error', (err) => done(err));
    socket.on('connect', () => socket.write(Buffer.concat([size, body])));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 10) return;
      const correlationId = received.readInt32BE(4);
      const errorCode = received.readInt16BE(8);
      if (correlationId !== 1) done(new Error('unexpected correlation id'));
      else if (errorCode !== 0) done(new Error(`ApiVersions error code ${errorCode}`));
      else done(null, { cluster: null, topics: null });
    });
    socket.on('end', () => done(new Error('connection closed without an answer')));
  });
}

async function probeOnce(brokers, timeoutMs) {
  if (!kafkajs) return probeRaw(brokers, timeoutMs);
  const { Kafka, logLevel } = kafkajs;
  const kafka = new Kafka({
    clientId: 'parley-kafka-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 1000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
  const admin = kafka.admin({ retry: { retries: 0 } });
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([
      (async () => {
        await admin.connect();
        const cluster = await admin.describeCluster();
        const topics = await admin.listTopics();
        return { cluster, topics };
      })(),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const brokers = args.brokers.split(',').map((b) => b.trim()).filter(Boolean);
  const until = Date.now() + args.timeout * 1000;
  let lastError = 'not tried';
  for (;;) {
    try {
      const { cluster, topics } = await probeOnce(brokers, args.once ? 1500 : 3000);
      if (!cluster) {
        console.log(`Kafka answers at ${brokers.join(',')} (ApiVersions; kafkajs not installed)`);
        return 0;
      }
      const ids = cluster.brokers.map((b) => `${b.nodeId}@${b.host}:${b.port}`).join(',');
      console.log(
        `Kafka answers at ${brokers.join(',')}: cluster ${cluster.clusterId}, brokers [${ids}], ` +
          `controller ${cluster.controller}, ${topics.length} topic(s)`,
      );
      return 0;
    } catch (err) {
      lastError = err && err.message ? err.message : String(err);
    }
    if (args.pid && !isAlive(args.pid)) {
      console.error(`probe.js: the broker process ${args.pid} exited before Kafka answered`);
      return 3;
    }
    if (args.once || Date.now() >= until) break;
    await sleep(500);
  }
  if (!args.once) console.error(`probe.js: Kafka did not answer at ${brokers.join(',')} (${lastError})`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`probe.js: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
  },
);
