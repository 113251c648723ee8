/**
 * The dispatcher's batch handlers on the real PostgreSQL with the service's migrations: a window of
 * requests and statuses as KafkaEventServer hands it over.
 */
import { type DataSource, In } from 'typeorm';
import pino from 'pino';
import type { ConsentChangedV1, MtRequestedV1, MtStatusV1 } from '@parley/contracts';
import { openServiceDatabase } from '@parley/database';
import type { ConsumedEvent, EventContext, OutboundEvent } from '@parley/kafka';
import { uniqueHandset } from '@parley/testing';
import { CreateMtMessages1732300000000 } from '../migrations/1732300000000-create-mt-messages';
import { MtStatusHandler } from '../status/mt-status.handler';
import { ConsentChangedHandler } from '../suppression/consent-changed.handler';
import { ConsentState } from '../suppression/consent-state.entity';
import { ConsentStates } from '../suppression/consent-state.service';
import { MtMessage } from './mt-message.entity';
import { MtRequestHandler } from './mt-request.handler';

let db: DataSource;
let requests: MtRequestHandler;
let statuses: MtStatusHandler;
let consent: ConsentChangedHandler;

const context: EventContext = { topic: 't', partition: 0, offset: '0', key: null, headers: {} };
const window = <T>(...events: T[]): ConsumedEvent<T>[] => events.map((event) => ({ event, context }));
const topics = (out: OutboundEvent[]) => out.map((o) => `${o.contract.topic}:${(o.value as { mtId: string }).mtId}`);

beforeAll(async () => {
  db = await openServiceDatabase({ url: process.env.DATABASE_URL!, schema: 'mt_dispatcher', entities: [MtMessage, ConsentState], migrations: [CreateMtMessages1732300000000] });
  const states = new ConsentStates(db.getRepository(ConsentState));
  requests = new MtRequestHandler(db.getRepository(MtMessage), states, pino({ level: 'silent' }));
  statuses = new MtStatusHandler(db.getRepository(MtMessage));
  consent = new ConsentChangedHandler(states);
});

afterAll(async () => {
  await db?.destroy();
});

function mt(to: string, overrides: Partial<MtRequestedV1> = {}): MtRequestedV1 {
  return { id: crypto.randomUUID(), from: '12345', to, text: 'Deals today', category: 'marketing', programId: 'parley-deals', priority: 'normal', requestedBy: 'test', requestedAt: new Date().toISOString(), ...overrides };
}

function change(phone: string, status: 'opted-in' | 'opted-out', at = new Date()): ConsentChangedV1 {
  return { id: crypto.randomUUID(), requestId: crypto.randomUUID(), phone, shortCode: '12345', programId: 'parley-deals', status, previousStatus: 'none', scope: 'program', rule: 'test', source: { channel: 'api' }, changedAt: at.toISOString() };
}

describe('MtRequestHandler on a window of requests', () => {
  it('sends marketing only to opted-in numbers, the newest consent change winning within a window', async () => {
    const optedIn = uniqueHandset();
    const optedOut = uniqueHandset();
    const stranger = uniqueHandset();
    const t0 = Date.now();
    await consent.onChanges(window(change(optedIn, 'opted-in', new Date(t0)), change(optedOut, 'opted-in', new Date(t0)), change(optedOut, 'opted-out', new Date(t0 + 1))));
    const [a, b, c, d] = [mt(optedIn), mt(optedOut), mt(stranger), mt(optedOut, { category: 'transactional', programId: undefined })];
    const out = await requests.onRequests(window(a, b, c, d));
    expect(topics(out)).toEqual([`sms.mt.status.v1:${a.id}`, `sms.mt.submit.v1:${a.id}`, `sms.mt.status.v1:${b.id}`, `sms.mt.status.v1:${c.id}`, `sms.mt.status.v1:${d.id}`, `sms.mt.submit.v1:${d.id}`]);
    const byId = new Map((await db.getRepository(MtMessage).findBy({ id: In([a.id, b.id, c.id, d.id]) })).map((m) => [m.id, m]));
    expect([a, b, c, d].map((m) => [byId.get(m.id)!.status, byId.get(m.id)!.reason])).toEqual([
      ['queued', null],
      ['rejected', 'opted-out'],
      ['rejected', 'no-consent'],
      ['queued', null],
    ]);
  });

  it('sends a repeated id once, within a window and across windows, and replays only what a queued one published', async () => {
    const to = uniqueHandset();
    await consent.onChanges(window(change(to, 'opted-in')));
    const once = mt(to, { text: 'Grüße 👋 from Parley' });
    const first = await requests.onRequests(window(once, once));
    expect(topics(first)).toEqual([`sms.mt.status.v1:${once.id}`, `sms.mt.submit.v1:${once.id}`]);
    const submit = first[1].value as { encoding: string; segments: number };
    expect(submit).toMatchObject({ encoding: 'UCS-2', segments: 1 });
    // Redelivered after a crash: the same outputs again (they may not have reached Kafka), no new record.
    const again = await requests.onRequests(window(once));
    expect(again.map((o) => o.value)).toEqual(first.map((o) => o.value));
    expect(await db.getRepository(MtMessage).countBy({ id: once.id })).toBe(1);
  });
});

describe('MtStatusHandler on a window of statuses', () => {
  it('keeps the record moving forward and its history in lifecycle order, whatever the arrival order', async () => {
    const to = uniqueHandset();
    const request = mt(to, { category: 'transactional', programId: undefined });
    await requests.onRequests(window(request));
    const at = new Date().toISOString();
    const status = (s: MtStatusV1['status']): MtStatusV1 => ({ mtId: request.id, from: '12345', to, status: s, at, provider: 'simulator', providerMessageId: 'sim-1' });
    await statuses.onStatuses(window(status('delivered'), status('sent'), status('sent')));
    const record = await db.getRepository(MtMessage).findOneByOrFail({ id: request.id });
    expect(record.status).toBe('delivered');
    expect(record.history.map((h) => h.status)).toEqual(['queued', 'sent', 'delivered']);
    expect(record.providerMessageId).toBe('sim-1');
  });
});
