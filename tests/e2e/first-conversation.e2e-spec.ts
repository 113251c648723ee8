/**
 * The first two-way conversation, end to end: the five services run as real processes from dist/
 * against the real Kafka and PostgreSQL (started by the Jest global setup).
 */
import { Kafka, logLevel } from 'kafkajs';
import { DeadLetter, derivedId, MoReceived, MtRequested, type MtRequestedV1 } from '@parley/contracts';
import { type RunningProcess, startServices, stopServices, TopicRecorder, uniqueHandset, waitFor } from '@parley/testing';

jest.setTimeout(60000);

const OFFSET = 100; // ports 3100-3104, so a developer's `npm start` can run beside the tests
const INGRESS = `http://127.0.0.1:${3000 + OFFSET}`;
const SUBSCRIPTION = `http://127.0.0.1:${3002 + OFFSET}`;
const DISPATCHER = `http://127.0.0.1:${3003 + OFFSET}`;
const ADAPTER = `http://127.0.0.1:${3004 + OFFSET}`;
const SHORT_CODE = '12345';

const logs: string[] = [];
const json = (res: Response): Promise<any> => res.json();
let services: RunningProcess[] = [];
let recorder: TopicRecorder;
let kafka: Kafka;

beforeAll(async () => {
  services = await startServices({
    env: { KAFKA_BROKERS: process.env.KAFKA_BROKERS, DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'info', PROGRAM_CACHE_TTL_MS: '1000' },
    portOffset: OFFSET,
    output: (service, line) => logs.push(`${service} ${line}`),
  });
  recorder = await new TopicRecorder([DeadLetter.topic, MtRequested.topic]).start();
  kafka = new Kafka({ clientId: 'e2e', brokers: process.env.KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING });
}, 120000);

afterAll(async () => {
  await recorder?.stop();
  const codes = await stopServices(services);
  // Graceful shutdown on SIGTERM: every service stops consuming, commits and exits 0.
  expect(codes).toEqual({ ingress: 0, 'keyword-router': 0, subscription: 0, 'mt-dispatcher': 0, 'provider-adapter': 0 });
}, 60000);

async function postMo(body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${INGRESS}/v1/mo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await json(res) };
}

async function inbox(phone: string): Promise<{ id: string; from: string; to: string; text: string; mtId: string }[]> {
  const res = await fetch(`${ADAPTER}/v1/simulator/messages?to=${encodeURIComponent(phone)}`);
  expect(res.status).toBe(200);
  return json(res);
}

async function waitForInbox(phone: string, count: number) {
  return waitFor(async () => {
    const messages = await inbox(phone);
    return messages.length >= count ? messages : undefined;
  }, { what: `${count} message(s) at ${phone}` });
}

/** A new handset that texted JOIN and received its confirmation. */
async function joinedHandset(): Promise<string> {
  const phone = uniqueHandset();
  await postMo({ from: phone, to: SHORT_CODE, text: 'JOIN' });
  await waitForInbox(phone, 1);
  return phone;
}

async function subscriptions(phone: string) {
  const res = await fetch(`${SUBSCRIPTION}/v1/subscribers/${encodeURIComponent(phone)}/subscriptions`);
  return (await json(res)).subscriptions as { programId: string; status: string }[];
}

async function ledger(phone: string) {
  const res = await fetch(`${SUBSCRIPTION}/v1/subscribers/${encodeURIComponent(phone)}/consent-ledger`);
  return (await json(res)).entries as { action: string; rule: string; status: string; previousStatus: string }[];
}

/** Gives in-flight work time to show up where it must not (a second reply, a suppressed send). */
const settle = () => new Promise((r) => setTimeout(r, 1500));

describe('the first conversation on short code 12345', () => {
  it('JOIN opts the number in and answers with a confirmation carrying the required disclosures', async () => {
    const phone = uniqueHandset();
    const accepted = await postMo({ from: phone, to: SHORT_CODE, text: 'JOIN' });
    expect(accepted.status).toBe(202);
    expect(accepted.body.id).toMatch(/^[0-9a-f-]{36}$/);

    const [reply] = await waitForInbox(phone, 1);
    expect(reply.from).toBe(SHORT_CODE);
    expect(reply.text).toContain('Parley Deals');
    expect(reply.text).toContain('4 msgs/month');
    expect(reply.text).toContain('Msg&data rates may apply');
    expect(reply.text).toMatch(/HELP/);
    expect(reply.text).toMatch(/STOP/);

    await waitFor(async () => ((await subscriptions(phone)).some((s) => s.status === 'opted-in') ? true : undefined), { what: 'opt-in' });
    expect(await subscriptions(phone)).toEqual([expect.objectContaining({ programId: 'parley-deals', status: 'opted-in' })]);
    expect(await ledger(phone)).toEqual([expect.objectContaining({ action: 'opt-in', rule: 'program-keyword:JOIN', previousStatus: 'none' })]);
  });

  it('matches keywords ignoring case, surrounding spaces and punctuation', async () => {
    const phone = uniqueHandset();
    expect((await postMo({ from: phone, to: SHORT_CODE, text: '  discount!! ' })).status).toBe(202);
    const [reply] = await waitForInbox(phone, 1);
    expect(reply.text).toContain('SAVE20');
  });

  it('HELP answers with the program, its support contact and STOP instructions, subscribed or not', async () => {
    const phone = uniqueHandset();
    await postMo({ from: phone, to: SHORT_CODE, text: 'help' });
    const [reply] = await waitForInbox(phone, 1);
    expect(reply.text).toContain('Parley Deals');
    expect(reply.text).toContain('support@parley.example');
    expect(reply.text).toContain('Reply STOP to cancel');
  });

  it('any other text gets the program default reply', async () => {
    const phone = uniqueHandset();
    await postMo({ from: phone, to: SHORT_CODE, text: 'what time do you open on Sunday?' });
    const [reply] = await waitForInbox(phone, 1);
    expect(reply.text).toContain("didn't get that");
  });

  it.each([
    ['please stop texting me', 'phrase:stop-sending', "You're unsubscribed"],
    ['No más mensajes', 'phrase:es-no-mas', 'Baja confirmada'],
    ["Arrêtez de m'envoyer des messages", 'phrase:fr-arretez-de', 'Votre désabonnement est enregistré'],
    ['STPO', 'misspelling:STPO→STOP', "You're unsubscribed"],
  ])('understands the opt-out "%s", records the rule that matched (%s) and confirms in its language', async (text, rule, confirmation) => {
    const phone = await joinedHandset();
    await postMo({ from: phone, to: SHORT_CODE, text });
    const messages = await waitForInbox(phone, 2);
    expect(messages[1].text).toContain(confirmation);
    const entries = await waitFor(async () => {
      const found = await ledger(phone);
      return found.length === 2 ? found : undefined;
    }, { what: 'the opt-out in the ledger' });
    expect(entries.map((e) => [e.action, e.rule])).toEqual([
      ['opt-in', 'program-keyword:JOIN'],
      ['opt-out', rule],
    ]);
  });

  it('does not take a text that merely contains STOP for an opt-out', async () => {
    const phone = await joinedHandset();
    await postMo({ from: phone, to: SHORT_CODE, text: "Don't stop the deals!" });
    const messages = await waitForInbox(phone, 2);
    expect(messages[1].text).toContain("didn't get that");
    await settle();
    expect((await subscriptions(phone)).map((s) => s.status)).toEqual(['opted-in']);
    expect((await ledger(phone)).map((e) => e.action)).toEqual(['opt-in']);
  });

  it('STOP records the opt-out, confirms once, and marketing to that number is never sent', async () => {
    const phone = await joinedHandset();
    await postMo({ from: phone, to: SHORT_CODE, text: 'Stop.' });
    const messages = await waitForInbox(phone, 2);
    expect(messages[1].text).toContain("You're unsubscribed");
    await waitFor(async () => ((await subscriptions(phone))[0]?.status === 'opted-out' ? true : undefined), { what: 'opt-out' });
    expect((await ledger(phone)).map((e) => [e.action, e.rule])).toEqual([
      ['opt-in', 'program-keyword:JOIN'],
      ['opt-out', 'keyword:STOP'],
    ]);

    // Another team publishes a marketing MT straight to the public topic.
    const marketing: MtRequestedV1 = {
      id: crypto.randomUUID(),
      from: SHORT_CODE,
      to: phone,
      text: 'Parley Deals: 30% off today only! Reply STOP to cancel.',
      category: 'marketing',
      programId: 'parley-deals',
      priority: 'normal',
      requestedBy: 'e2e-campaigns',
      requestedAt: new Date().toISOString(),
    };
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({ topic: MtRequested.topic, acks: -1, messages: [{ key: `${phone}|${SHORT_CODE}`, value: JSON.stringify(marketing) }] });
    await producer.disconnect();

    const record = await waitFor(async () => {
      const res = await fetch(`${DISPATCHER}/v1/mt/${marketing.id}`);
      return res.status === 200 ? ((await json(res)) as { status: string; reason: string }) : undefined;
    }, { what: 'marketing MT record' });
    expect(record).toMatchObject({ status: 'rejected', reason: 'opted-out' });
    await settle();
    expect(await inbox(phone)).toHaveLength(2); // the JOIN and STOP confirmations only
  });

  it('sends marketing to an opted-in number', async () => {
    const phone = await joinedHandset();
    await waitFor(async () => ((await subscriptions(phone))[0]?.status === 'opted-in' ? true : undefined), { what: 'opt-in' });
    // Give the dispatcher's copy of consent a moment: it follows consent.changed.v1.
    await settle();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const id = crypto.randomUUID();
    await producer.send({
      topic: MtRequested.topic,
      acks: -1,
      messages: [{ key: `${phone}|${SHORT_CODE}`, value: JSON.stringify({ id, from: SHORT_CODE, to: phone, text: 'Parley Deals: new deals are in!', category: 'marketing', programId: 'parley-deals', requestedBy: 'e2e-campaigns', requestedAt: new Date().toISOString() }) }],
    });
    await producer.disconnect();
    const messages = await waitForInbox(phone, 2);
    expect(messages[1]).toMatchObject({ mtId: id, text: 'Parley Deals: new deals are in!' });
  });

  it('the same MO delivered twice is processed once: one consent change, one reply', async () => {
    const phone = uniqueHandset();
    const mo = { from: phone, to: SHORT_CODE, text: 'JOIN', providerMessageId: `prov-${phone}` };
    const [first, second] = await Promise.all([postMo(mo), postMo(mo)]);
    const third = await postMo(mo);
    expect([first.status, second.status, third.status]).toEqual([202, 202, 202]);
    expect(new Set([first.body.id, second.body.id, third.body.id]).size).toBe(1);
    await waitForInbox(phone, 1);
    await settle();
    expect(await inbox(phone)).toHaveLength(1);
    expect(await ledger(phone)).toHaveLength(1);
  });

  it('records every MO and MT so their status can be looked up (MT: queued → sent → delivered)', async () => {
    const phone = uniqueHandset();
    const { body } = await postMo({ from: phone, to: SHORT_CODE, text: 'DISCOUNT' });
    const [reply] = await waitForInbox(phone, 1);
    expect(reply.mtId).toBe(derivedId(body.id, 'reply'));

    const mt = await waitFor(async () => {
      const res = await fetch(`${DISPATCHER}/v1/mt/${reply.mtId}`);
      const record = res.status === 200 ? await json(res) : undefined;
      return record?.status === 'delivered' ? record : undefined;
    }, { what: 'MT delivered' });
    expect(mt.history.map((h: { status: string }) => h.status)).toEqual(['queued', 'sent', 'delivered']);
    expect(mt).toMatchObject({ to: phone, from: SHORT_CODE, encoding: 'GSM-7', segments: 1, inReplyTo: body.id });

    const mo = await waitFor(async () => {
      const res = await fetch(`${INGRESS}/v1/mo/${body.id}`);
      const record = res.status === 200 ? await json(res) : undefined;
      return record?.status === 'routed' ? record : undefined;
    }, { what: 'MO routed' });
    expect(mo).toMatchObject({ from: phone, to: SHORT_CODE, outcome: 'keyword', rule: 'program-keyword:DISCOUNT', programId: 'parley-deals' });
    expect((await fetch(`${DISPATCHER}/v1/mt/${crypto.randomUUID()}`)).status).toBe(404);
  });
});

describe('ingress input', () => {
  it.each([
    [{ to: SHORT_CODE, text: 'JOIN' }, /from: is required/],
    [{ from: '12', to: SHORT_CODE, text: 'JOIN' }, /from:/],
    [{ from: '+15551234567', to: 'abc', text: 'JOIN' }, /to:/],
    [{ from: '+15551234567', to: SHORT_CODE, text: '   ' }, /text: must not be empty/],
    [{ from: '+15551234567', to: SHORT_CODE, text: 'x'.repeat(1601) }, /text: is 1601 characters, the limit is 1600/],
    [{ from: '+15551234567', to: SHORT_CODE, text: 'JOIN', receivedAt: 'yesterday' }, /receivedAt/],
    [[1, 2], /must be a JSON object/],
  ])('answers 400 saying what is wrong: %j', async (body, problem) => {
    const res = await postMo(body);
    expect(res.status).toBe(400);
    expect(res.body.message.join('\n')).toMatch(problem);
  });

  it('answers 400 to malformed JSON', async () => {
    const res = await fetch(`${INGRESS}/v1/mo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"from": "+1555' });
    expect(res.status).toBe(400);
    expect((await json(res)).message).toEqual(['request body is not valid JSON']);
  });

  it.each([
    ['an empty JSON body', { 'content-type': 'application/json' }, '', 400, 'request body is empty; send a JSON object'],
    ['a body over 100 KB', { 'content-type': 'application/json' }, JSON.stringify({ from: '+15551234567', to: SHORT_CODE, text: 'x'.repeat(110_000) }), 413, 'request body is too large'],
    ['a body that is not JSON', { 'content-type': 'text/plain' }, 'JOIN', 400, 'body: must be a JSON object'],
  ])('answers %s with its status and a sentence, not the parser internals', async (_what, headers, body, status, message) => {
    const res = await fetch(`${INGRESS}/v1/mo`, { method: 'POST', headers, body });
    expect(res.status).toBe(status);
    expect((await json(res)).message).toEqual([message]);
  });

  it('accepts national numbers in the default region and stores them as E.164', async () => {
    const national = uniqueHandset().slice(2); // drop +1
    const res = await postMo({ from: `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`, to: SHORT_CODE, text: 'HELP' });
    expect(res.status).toBe(202);
    await waitForInbox(`+1${national}`, 1);
  });
});

describe('Kannel MO forwarding', () => {
  it('get-url: stores the MO, answers 200 with an empty body (no reply SMS from Kannel) and replies via Parley', async () => {
    const phone = uniqueHandset();
    const url = `${INGRESS}/v1/providers/kannel/mo?from=${encodeURIComponent(phone)}&to=${SHORT_CODE}&text=join+now%21&id=${crypto.randomUUID()}&time=2026-11-23+10%3A15%3A00&smsc=smsc1&coding=0`;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    // "join now!" is not the JOIN keyword: it gets the default reply
    const [reply] = await waitForInbox(phone, 1);
    expect(reply.text).toContain("didn't get that");
  });

  it('post-url: reads the text from the body, UTF-16BE for UCS-2, and dedupes Kannel retries by %I', async () => {
    const phone = uniqueHandset();
    const id = crypto.randomUUID();
    const body = Buffer.from('DISCOUNT', 'utf16le').swap16();
    const post = () =>
      fetch(`${INGRESS}/v1/providers/kannel/mo?id=${id}&time=1763892900`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=UTF-16BE', 'x-kannel-from': phone, 'x-kannel-to': SHORT_CODE, 'x-kannel-coding': '2' },
        body,
      });
    const first = await post();
    const retry = await post();
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(first.headers.get('x-parley-message-id')).toBe(retry.headers.get('x-parley-message-id'));
    const [reply] = await waitForInbox(phone, 1);
    expect(reply.text).toContain('SAVE20');
    await settle();
    expect(await inbox(phone)).toHaveLength(1);
  });

  it('answers 400 with the reason in X-Parley-Error and no body', async () => {
    const res = await fetch(`${INGRESS}/v1/providers/kannel/mo?to=${SHORT_CODE}&text=hi`);
    expect(res.status).toBe(400);
    expect(res.headers.get('x-parley-error')).toMatch(/from: is required/);
    expect(await res.text()).toBe('');
  });
});

describe('bad events', () => {
  it('a malformed event goes to the dead-letter topic with the reason and the consumer moves on', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const marker = crypto.randomUUID();
    await producer.send({ topic: MoReceived.topic, messages: [{ key: marker, value: `{"not":"an MO","marker":"${marker}"}` }, { key: marker, value: 'not json at all' }] });
    await producer.disconnect();
    const dead = await waitFor(() => {
      const found = recorder.find<{ key: string; reason: string; consumerGroup: string }>(DeadLetter.topic, (d) => d.key === marker && d.consumerGroup === 'parley.keyword-router');
      return found.length === 2 ? found : undefined;
    }, { what: 'two dead letters' });
    expect(dead[0].reason).toMatch(/^invalid-event: value does not match sms.mo.received.v1: /);
    expect(dead[1].reason).toMatch(/^invalid-event: value is not JSON/);

    const phone = uniqueHandset();
    await postMo({ from: phone, to: SHORT_CODE, text: 'HELP' });
    await waitForInbox(phone, 1);
  });
});

describe('logs', () => {
  it('are JSON, mask phone numbers and keep message bodies out at info level', async () => {
    const phone = uniqueHandset();
    await postMo({ from: phone, to: SHORT_CODE, text: 'DISCOUNT' });
    await waitForInbox(phone, 1);
    await settle();
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) {
      const [, json] = /^\S+ (.*)$/.exec(line)!;
      expect(() => JSON.parse(json)).not.toThrow();
    }
    const all = logs.join('\n');
    expect(all).not.toContain(phone);
    expect(all).toContain(`${phone.slice(0, 5)}***${phone.slice(-4)}`);
    expect(all).not.toContain('SAVE20');
  });
});

describe('when Kafka is unreachable', () => {
  it('ingress answers 503 and never 2xx for a message it could not store', async () => {
    const [lonely] = await startServices({
      env: { KAFKA_BROKERS: '127.0.0.1:1', DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'error' },
      portOffset: 200,
      only: ['ingress'],
      output: 'ignore',
      healthPath: '/health/live',
    });
    try {
      const health = await fetch(`${lonely.url}/health`);
      expect(health.status).toBe(503);
      const res = await fetch(`${lonely.url}/v1/mo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: uniqueHandset(), to: SHORT_CODE, text: 'JOIN' }) });
      expect(res.status).toBe(503);
      expect((await json(res)).message).toEqual(['message not stored: Kafka unavailable, retry later']);
    } finally {
      expect(await stopServices([lonely])).toEqual({ ingress: 0 });
    }
  });
});
