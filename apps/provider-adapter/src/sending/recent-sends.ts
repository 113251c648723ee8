import { Injectable } from '@nestjs/common';

/** What a receipt needs to become a status event. */
export interface SentMt {
  mtId: string;
  from: string;
  to: string;
  inReplyTo: string | null;
}

const CAPACITY = 100_000;

/**
 * The MTs this process handed to its provider lately, by the provider's message id. A fast provider's
 * receipt (the simulator's, an SMSC answering in milliseconds) arrives before the submission row has
 * the provider's id; this index answers it without a query. Older or foreign ids go to the database.
 */
@Injectable()
export class RecentSends {
  private readonly byProviderId = new Map<string, SentMt>();

  remember(providerMessageId: string, mt: SentMt): void {
    this.byProviderId.set(providerMessageId, mt);
    if (this.byProviderId.size > CAPACITY) this.byProviderId.delete(this.byProviderId.keys().next().value as string);
  }

  find(providerMessageId: string): SentMt | undefined {
    return this.byProviderId.get(providerMessageId);
  }
}
