interface Entry<I, R> {
  item: I;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export interface MicroBatcherOptions {
  /** Items per flush; more wait for the next one. */
  maxItems?: number;
  /** Flushes running at once; further items gather meanwhile, so a busy batcher makes bigger batches. */
  maxInFlight?: number;
}

/**
 * Group commit for request handlers: callers `add` one item each and get its own result, while the
 * items that arrive in the same turn of the event loop (or while earlier flushes are running) are
 * handled by one `flush` call, one database statement and one produce request for many HTTP requests.
 * `flush` returns one result per item, in order; when it throws, every caller of that batch gets the
 * error.
 */
export class MicroBatcher<I, R> {
  private waiting: Entry<I, R>[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly maxItems: number;
  private readonly maxInFlight: number;

  constructor(private readonly flush: (items: I[]) => Promise<R[]>, options: MicroBatcherOptions = {}) {
    this.maxItems = options.maxItems ?? 500;
    this.maxInFlight = options.maxInFlight ?? 2;
  }

  add(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || !this.waiting.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.run();
    });
  }

  private run(): void {
    while (this.inFlight < this.maxInFlight && this.waiting.length) {
      const batch = this.waiting.splice(0, this.maxItems);
      this.inFlight++;
      void this.settle(batch).finally(() => {
        this.inFlight--;
        this.schedule();
      });
      // Leave the next flush to items arriving meanwhile unless this one was full.
      if (batch.length < this.maxItems) break;
    }
  }

  private async settle(batch: Entry<I, R>[]): Promise<void> {
    try {
      const results = await this.flush(batch.map((e) => e.item));
      if (results.length !== batch.length) throw new Error(`flush returned ${results.length} results for ${batch.length} items`);
      batch.forEach((e, i) => e.resolve(results[i]));
    } catch (e) {
      for (const entry of batch) entry.reject(e);
    }
  }
}
