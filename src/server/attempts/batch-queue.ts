// Natural batching: items that arrive while a batch is being written wait and go together in the
// next one. Nothing waits on a timer (an item arriving at an idle queue goes at once, alone), so
// a quiet server answers as fast as before, and a busy one pays the per-statement cost (parsing,
// planning, the round trip; most of an embedded-database write) once per batch, not per item.
// DataLoader was the library candidate: it batches what arrives within one tick, but under load
// requests arrive across many ticks while the database is busy, so its batches stay at one or two.

export interface BatchLimits {
  /** Items in one batch at most. */
  maxBatch: number;
  /** Batches running at once (1 for the embedded database, which runs one statement at a time). */
  concurrency: number;
}

interface Waiting<I, O> {
  item: I;
  resolve(output: O): void;
  reject(error: unknown): void;
}

export class BatchQueue<I, O> {
  private readonly waiting: Array<Waiting<I, O>> = [];
  private running = 0;
  private counts = { batches: 0, items: 0 };
  private scheduled = false;

  /** `run` answers one output per item, in the items' order, or throws for the whole batch. */
  constructor(private readonly run: (items: readonly I[]) => Promise<O[]>, private readonly limits: BatchLimits) {}

  push(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  // The batch starts on the next turn of the event loop, not now: the embedded database answers
  // without ever yielding to the event loop, so a batch started at once would always be done
  // before the next request or worker answer is even read, and hold one item. Waiting one turn
  // gathers everything that arrived in the same turn (setImmediate: after I/O, before timers).
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  /** Batches run and items in them so far (the fallback's single re-runs not counted). */
  stats(): { batches: number; items: number } {
    return this.counts;
  }

  private pump(): void {
    while (this.running < this.limits.concurrency && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.limits.maxBatch);
      this.running++;
      this.counts = { batches: this.counts.batches + 1, items: this.counts.items + batch.length };
      void this.runBatch(batch).finally(() => {
        this.running--;
        if (this.waiting.length > 0) this.schedule();
      });
    }
  }

  private async runBatch(batch: Array<Waiting<I, O>>): Promise<void> {
    try {
      const outputs = await this.run(batch.map((w) => w.item));
      if (outputs.length !== batch.length) throw new Error(`a batch of ${batch.length} answered ${outputs.length} results`);
      batch.forEach((w, i) => w.resolve(outputs[i]!));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // One bad item must not fail the rest: each is run again alone, and only what fails alone fails.
      await Promise.all(batch.map(async (w) => {
        try {
          const [output] = await this.run([w.item]);
          w.resolve(output!);
        } catch (alone) {
          w.reject(alone);
        }
      }));
    }
  }
}
