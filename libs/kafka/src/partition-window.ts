interface Waiting<T> {
  item: T;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/**
 * Gathers the partition batches kafkajs hands over side by side (one eachBatch call per partition of
 * a fetch) into one window, handled by one call once the current turn of the event loop has delivered
 * them all. Each caller's promise settles with its window, so kafkajs fetches a partition again only
 * after its events are done. Windows run one at a time: a window that forms meanwhile waits.
 */
export class PartitionWindow<T> {
  private gathering: Waiting<T>[] = [];
  private scheduled = false;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly handle: (items: T[]) => Promise<void>) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.gathering.push({ item, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        const window = this.gathering;
        this.gathering = [];
        this.running = this.running.then(() => this.run(window));
      });
    });
  }

  /** Resolves once no window is waiting or running. */
  async idle(): Promise<void> {
    for (;;) {
      const running = this.running;
      await running;
      if (running === this.running && !this.scheduled && !this.gathering.length) return;
      if (this.scheduled) await new Promise((r) => setImmediate(r));
    }
  }

  private async run(window: Waiting<T>[]): Promise<void> {
    try {
      await this.handle(window.map((w) => w.item));
      for (const w of window) w.resolve();
    } catch (e) {
      for (const w of window) w.reject(e);
    }
  }
}
