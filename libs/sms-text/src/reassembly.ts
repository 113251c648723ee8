/** One part of a concatenated MO message, with its concatenation header already read. */
export interface InboundPart {
  from: string;
  to: string;
  ref: number;
  total: number;
  seq: number;
  text: string;
  /** Epoch milliseconds, from the caller's clock. */
  receivedAt: number;
}

interface ReassembledMessage {
  from: string;
  to: string;
  ref: number;
  total: number;
  text: string;
  /** How many distinct parts the text was built from. */
  parts: number;
  /** When the first part of the message arrived. */
  firstReceivedAt: number;
}

/**
 * A whole message, or what arrived of one. An incomplete message has `gapMarker` where parts are
 * missing (one marker per run of missing parts) and lists the missing sequence numbers.
 */
export type Reassembled =
  | (ReassembledMessage & { complete: true })
  | (ReassembledMessage & { complete: false; missing: number[] });

export interface ConcatReassemblerOptions {
  /** How long after its first part a message is given up on and yielded incomplete. Default 60 000. */
  timeoutMs?: number;
  /** Messages waiting for parts at most; the oldest is yielded incomplete beyond that. Default 10 000. */
  maxGroups?: number;
  /** Stands in for missing parts in an incomplete text. Default '…'. */
  gapMarker?: string;
}

interface Group {
  from: string;
  to: string;
  ref: number;
  total: number;
  firstReceivedAt: number;
  texts: (string | undefined)[];
  received: number;
}

interface Completed {
  completedAt: number;
  texts: string[];
}

/**
 * Joins concatenated MO parts into messages. Parts may arrive in any order and more than once. Nothing is
 * dropped: a message whose parts stop arriving is yielded incomplete by `expire`, and so is the oldest
 * one when too many are open. Pure: no timers; the caller passes the time and calls `expire` regularly
 * (every second or so), and `flush` on shutdown.
 */
export class ConcatReassembler {
  private readonly timeoutMs: number;
  private readonly maxGroups: number;
  private readonly gapMarker: string;
  private readonly open = new Map<string, Group>();
  /** Completed messages, kept for one timeout so that a provider's retransmitted part is not taken as a new message. */
  private readonly recent = new Map<string, Completed>();
  private readonly evicted: Reassembled[] = [];

  constructor(options: ConcatReassemblerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.maxGroups = options.maxGroups ?? 10_000;
    this.gapMarker = options.gapMarker ?? '…';
    if (!(this.timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${this.timeoutMs}`);
    if (!Number.isInteger(this.maxGroups) || this.maxGroups < 1) throw new RangeError(`maxGroups must be a positive integer, got ${this.maxGroups}`);
  }

  /** Messages still waiting for parts. */
  get pending(): number {
    return this.open.size;
  }

  /** Adds a part; returns the message when this part completes it, undefined while parts are missing. */
  add(part: InboundPart): Reassembled | undefined {
    const { from, to, ref, total, seq, text, receivedAt } = part;
    // 3GPP TS 23.040: a header with total 0 or seq outside 1..total is treated as not concatenated.
    if (!Number.isInteger(total) || !Number.isInteger(seq) || total < 1 || seq < 1 || seq > total || total === 1) {
      return { from, to, ref, total: 1, text, parts: 1, firstReceivedAt: receivedAt, complete: true };
    }
    const key = `${from}\u0000${to}\u0000${ref}\u0000${total}`;
    const done = this.recent.get(key);
    if (done) {
      if (receivedAt - done.completedAt < this.timeoutMs && done.texts[seq - 1] === text) return undefined;
      // Same reference, different text: the sender has reused the reference for a new message.
      this.recent.delete(key);
    }

    let group = this.open.get(key);
    if (!group) {
      group = { from, to, ref, total, firstReceivedAt: receivedAt, texts: new Array<string | undefined>(total), received: 0 };
      this.open.set(key, group);
      if (this.open.size > this.maxGroups) this.evictOldest();
    }
    group.firstReceivedAt = Math.min(group.firstReceivedAt, receivedAt);
    if (group.texts[seq - 1] !== undefined) return undefined;
    group.texts[seq - 1] = text;
    group.received += 1;
    if (group.received < total) return undefined;

    this.open.delete(key);
    const texts = group.texts as string[];
    this.remember(key, { completedAt: receivedAt, texts });
    return { ...describe(group), text: texts.join(''), parts: total, complete: true };
  }

  /**
   * Yields, oldest first, the messages evicted since the last call and those whose first part arrived
   * `timeoutMs` or more before `now`, as incomplete texts.
   */
  expire(now: number): Reassembled[] {
    const out = this.evicted.splice(0);
    for (const [key, group] of this.open) {
      if (now - group.firstReceivedAt < this.timeoutMs) continue;
      this.open.delete(key);
      out.push(this.partial(group));
    }
    for (const [key, done] of this.recent) if (now - done.completedAt >= this.timeoutMs) this.recent.delete(key);
    return out.sort((a, b) => a.firstReceivedAt - b.firstReceivedAt);
  }

  /** Yields every open message as it stands, e.g. before the process stops. */
  flush(): Reassembled[] {
    const out = this.evicted.splice(0);
    for (const group of this.open.values()) out.push(this.partial(group));
    this.open.clear();
    this.recent.clear();
    return out.sort((a, b) => a.firstReceivedAt - b.firstReceivedAt);
  }

  private evictOldest(): void {
    // Map order is insertion order: the first open group is the one started longest ago.
    const [key, group] = this.open.entries().next().value as [string, Group];
    this.open.delete(key);
    this.evicted.push(this.partial(group));
  }

  private remember(key: string, done: Completed): void {
    this.recent.delete(key);
    this.recent.set(key, done);
    if (this.recent.size > this.maxGroups) this.recent.delete(this.recent.keys().next().value as string);
  }

  private partial(group: Group): Reassembled {
    const missing: number[] = [];
    let text = '';
    for (let i = 0; i < group.total; i += 1) {
      const partText = group.texts[i];
      if (partText !== undefined) text += partText;
      else {
        if (missing.length === 0 || missing[missing.length - 1] !== i) text += this.gapMarker;
        missing.push(i + 1);
      }
    }
    return { ...describe(group), text, parts: group.received, complete: false, missing };
  }
}

function describe(group: Group): Omit<ReassembledMessage, 'text' | 'parts'> {
  return { from: group.from, to: group.to, ref: group.ref, total: group.total, firstReceivedAt: group.firstReceivedAt };
}
