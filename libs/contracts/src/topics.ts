import type { EventContract } from './event-contract';
import { ConsentChangeRequested } from './events/consent-change-requested.event';
import { ConsentChanged } from './events/consent-changed.event';
import { DeadLetter } from './events/dead-letter.event';
import { MoReceived } from './events/mo-received.event';
import { MoRouted } from './events/mo-routed.event';
import { MtRequested } from './events/mt-requested.event';
import { MtStatusChanged } from './events/mt-status.event';
import { MtSubmit } from './events/mt-submit.event';

/** Every topic Parley owns; provisioning and docs/events.md are derived from this list. */
export const ALL_EVENTS: readonly EventContract[] = [
  MoReceived,
  MoRouted,
  ConsentChangeRequested,
  ConsentChanged,
  MtRequested,
  MtSubmit,
  MtStatusChanged,
  DeadLetter,
];

export const KAFKA_TOPICS = ALL_EVENTS.map((e) => e.topic);
