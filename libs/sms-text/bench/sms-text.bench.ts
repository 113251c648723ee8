// Throughput of the per-message text work every MO goes through: analyze() and classifyIntent().
// Single-threaded on purpose: the figure is per core. Run with `npm run bench:sms-text`, or after a build
// `node dist/libs/sms-text/bench/sms-text.bench.js [messages]` (or SMS_TEXT_BENCH_MESSAGES=...).
import { spawnSync } from 'node:child_process';
import { analyze, classifyIntent } from '../src';

const TARGET_PER_SECOND = 200_000;

const KEYWORDS = ['STOP', 'stop', 'Stop.', 'STOP ALL', 'UNSUBSCRIBE', 'cancel', 'JOIN', 'YES', 'Yes!', 'HELP', 'INFO', 'A', 'B', 'START'];
const SHORT_SENTENCES = [
  'Please stop texting me',
  'please opt me out',
  'What time do you open tomorrow?',
  'Thanks, see you Friday',
  'Can I change my appointment to 3pm?',
  'I already paid my bill, why am I still getting these?',
  'No más mensajes por favor',
  'Arrête de m’envoyer des messages',
  'Merci, à bientôt 😊',
  'Ok 👍',
  'Where is my order #48213?',
  'Café closes at 5 — come by before then',
];
const FILLER = [
  'I was at the store yesterday and the manager said the promotion would run until the end of the month.',
  'My daughter signed up for this program last year but she has a new phone number now.',
  'Could you send the details again, the last message was cut off on my phone.',
  'The code you sent did not work at checkout, it said the offer had expired.',
  'We are looking forward to the event on Saturday, how many guests can we bring?',
];
const EMOJI = ['😀', '🙏', '🎉', '❤️', '👍🏽'];

/** A deterministic mix: a third keywords, a third short sentences, a third 2-3 segment texts. */
function buildCorpus(size: number): string[] {
  let seed = 0x2545f491;
  const next = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const corpus: string[] = [];
  for (let i = 0; i < size; i += 1) {
    switch (i % 3) {
      case 0:
        corpus.push(KEYWORDS[next(KEYWORDS.length)]);
        break;
      case 1:
        corpus.push(SHORT_SENTENCES[next(SHORT_SENTENCES.length)]);
        break;
      default: {
        // GSM-7: 2-3 sentences (2-3 segments of 153); one in four with an emoji, which makes it UCS-2
        // and then 1-2 sentences fill 2-3 segments of 67.
        const ucs2 = next(4) === 0;
        const sentences = ucs2 ? 1 + next(2) : 2 + next(2);
        let text = '';
        for (let s = 0; s < sentences; s += 1) text += FILLER[next(FILLER.length)] + ' ';
        corpus.push(ucs2 ? text + EMOJI[next(EMOJI.length)] : text.trimEnd());
      }
    }
  }
  // Texts arrive as flat strings parsed from a request or PDU; the concatenations above are ropes, whose
  // character access V8 handles on a slower path, so they would measure V8 instead of this library.
  return JSON.parse(JSON.stringify(corpus)) as string[];
}

function messagesFromArgs(): number {
  const raw = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? process.env['SMS_TEXT_BENCH_MESSAGES'] ?? '1000000';
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`message count must be a positive integer, got "${raw}"`);
  return n;
}

type Work = (text: string) => number;

function loop(corpus: string[], messages: number, work: Work): number {
  let sink = 0;
  for (let i = 0; i < messages; i += 1) sink += work(corpus[i % corpus.length]);
  return sink;
}

/** Times `messages` calls of `work` in each of `rounds` rounds after a warm-up; reports the median round. */
function run(name: string, corpus: string[], messages: number, work: Work, rounds = 5): void {
  // The loop lives in its own function, warmed up by short calls, so V8 compiles it whole instead of
  // replacing a long-running loop on the stack (OSR code deoptimized between rounds and skewed figures).
  let sink = 0;
  for (let i = 0; i < 300; i += 1) sink += loop(corpus, 1000, work);
  const roundsNs: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = process.hrtime.bigint();
    sink += loop(corpus, messages, work);
    roundsNs.push(Number(process.hrtime.bigint() - started));
  }
  const medianNs = [...roundsNs].sort((a, b) => a - b)[Math.floor(rounds / 2)];
  const perSecond = Math.round(messages / (medianNs / 1e9));
  console.log(
    JSON.stringify({
      bench: name,
      messages,
      rounds,
      messagesPerSecond: perSecond,
      nsPerMessage: Number((medianNs / messages).toFixed(1)),
      roundSeconds: roundsNs.map((ns) => Number((ns / 1e9).toFixed(3))),
      heapUsedMB: Number((process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)),
      target: name === 'analyze+classifyIntent' ? { messagesPerSecond: TARGET_PER_SECOND, met: perSecond >= TARGET_PER_SECOND } : undefined,
      checksum: sink,
    }),
  );
}

const BENCHES: Record<string, Work> = {
  'analyze+classifyIntent': (text) => analyze(text).segments.length + classifyIntent(text).intent.length,
  analyze: (text) => analyze(text).segments.length,
  classifyIntent: (text) => classifyIntent(text).intent.length,
};

function describeCorpus(corpus: string[]): void {
  const analyses = corpus.map((text) => analyze(text));
  const bySegments: Record<string, number> = {};
  for (const a of analyses) bySegments[a.segments.length] = (bySegments[a.segments.length] ?? 0) + 1;
  const ucs2Share = analyses.filter((a) => a.encoding === 'UCS-2').length / corpus.length;
  console.log(JSON.stringify({ corpus: corpus.length, ucs2Share: Number(ucs2Share.toFixed(3)), bySegments, node: process.version }));
}

function main(): void {
  const messages = messagesFromArgs();
  const corpus = buildCorpus(3000);
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (only) {
    const work = BENCHES[only];
    if (!work) throw new Error(`unknown bench "${only}"; one of ${Object.keys(BENCHES).join(', ')}`);
    run(only, corpus, messages, work);
    return;
  }
  // Each measurement runs in a fresh process, so one bench's JIT feedback cannot slow another's loop.
  describeCorpus(corpus);
  for (const name of Object.keys(BENCHES)) {
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, String(messages), `--only=${name}`], { stdio: 'inherit' });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}

main();
