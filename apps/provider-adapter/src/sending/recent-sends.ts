import { Injectable } from '@nestjs/common';

/** What a receipt needs to become a status event. */
export interface SentMt {
  mtId: string;
  from: string;
  to: string;
  inReplyTo: string | null;
}

const CAPACITY = 100_000;
/** A receipt waits at most this long for its MT's `sent` to be announced (a failed publish is retried by Kafka redelivery). */
const ANNOUNCE_WAIT_MS = 5000;

interface Entry {
  mt: SentMt;
  announced: Promise<void>;
  markAnnounced: () => void;
}

/**
 * The MTs this process handed to its provider lately, by the provider's message id. A fast provider's
 * receipt (the simulator's, an SMSC answering in milliseconds) arrives before the submission row has
 * the provider's id; this index answers it without a query. Older or foreign ids go to the database.
 * It also keeps such a receipt from overtaking the MT's `sent`: a status consumer sees sent, then delivered.
 */
@Injectable()
export class RecentSends {
  private readonly byProviderId = new Map<string, Entry>();

  remember(providerMessageId: string, mt: SentMt): void {
    let markAnnounced!: () => void;
    const announced = new Promise<void>((resolve) => (markAnnounced = resolve));
    this.byProviderId.set(providerMessageId, { mt, announced, markAnnounced });
    if (this.byProviderId.size > CAPACITY) this.byProviderId.delete(this.byProviderId.keys().next().value as string);
  }

  find(providerMessageId: string): SentMt | undefined {
    return this.byProviderId.get(providerMessageId)?.mt;
  }

  /** The MT's `sent` event has been acknowledged by Kafka. */
  announced(providerMessageId: string): void {
    this.byProviderId.get(providerMessageId)?.markAnnounced();
  }

  /** Resolves once the MT's `sent` is announced (at once for ids not sent by this process), or after ANNOUNCE_WAIT_MS. */
  async whenAnnounced(providerMessageId: string): Promise<void> {
    const entry = this.byProviderId.get(providerMessageId);
    if (!entry) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([entry.announced, new Promise<void>((resolve) => (timer = setTimeout(resolve, ANNOUNCE_WAIT_MS)))]);
    clearTimeout(timer);
  }
}
