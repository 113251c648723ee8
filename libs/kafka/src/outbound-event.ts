import type { EventContract, EventOf } from '@parley/contracts';

/** An event a handler asks to publish; the consumer runner produces it before committing the input. */
export interface OutboundEvent<C extends EventContract = EventContract> {
  contract: C;
  value: EventOf<C>;
}

export function outbound<C extends EventContract>(contract: C, value: EventOf<C>): OutboundEvent<C> {
  return { contract, value };
}
