// The server's verification workers: every submitted attempt is replayed in one of these threads,
// so replays never hold up the event loop that health, leaderboards and the database answer on.
// Each worker is sent every rubric and scored bundle it needs once (the least recently used
// bundles are forgotten past a bound), then only attempts' inputs, a few at a time ahead of its
// answers so it never waits on a busy event loop. A worker that dies (a crash, its heap limit) is
// replaced and the attempts it held are run once more on another; an attempt that has now lost
// two workers, or ran past the time limit, is answered 503 with the reason. Idle workers never
// keep the process alive, and the threads start with the first attempt, not with the server.
import { Worker } from 'node:worker_threads';
import { LRUCache } from 'lru-cache';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { ApiError } from '../http/api-error.ts';
import type { Verification } from './verify-in-thread.ts';
import { bundleKey, FromWorker, type ToWorker } from './verify-messages.ts';

export interface VerifyPoolOptions {
  workers: number;
  /** Jobs sent to one worker ahead of its answers. */
  pipeline?: number;
  /** Jobs that may wait for a worker; more are answered 503. */
  queueLimit?: number;
  /** Wall-clock limit of one job from the moment it is sent to a worker. */
  timeLimitMs?: number;
  /** Old-generation heap of each worker (resourceLimits.maxOldGenerationSizeMb). */
  heapMb?: number;
  /** Scored bundles each worker keeps before forgetting the least recently used. */
  bundlesPerWorker?: number;
}

const DEFAULTS = {
  pipeline: 4,
  queueLimit: 2_000,
  // A replay takes milliseconds and run budgets stop a runaway story well under a second.
  timeLimitMs: 10_000,
  // Parsed stories (story-cache.ts, 128 MB at most), bundles and the replays themselves.
  heapMb: 512,
  // As many as ScenarioStore keeps in memory.
  bundlesPerWorker: 256,
};

/** A verification that could not run now: the queue is full, workers were lost, or the server is closing. */
export class VerifierUnavailable extends ApiError {
  constructor(message: string, retryAfterSeconds = 1) {
    super(503, message, {}, { 'Retry-After': String(retryAfterSeconds) });
    this.name = 'VerifierUnavailable';
  }
}

interface Job {
  id: number;
  key: string;
  bundle: ScenarioBundle;
  rubric: Rubric;
  inputs: ReplayInputs;
  /** Workers lost while they held this job. */
  lost: number;
  timer: NodeJS.Timeout | null;
  resolve(verification: Verification): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Jobs sent and not yet answered, in the order sent (the worker answers in that order). */
  inFlight: Map<number, Job>;
  rubrics: Set<string>;
  /** Bundle keys the worker holds; evicting one tells the worker to forget it. */
  bundles: LRUCache<string, true>;
  /** Why the worker failed (an error event before its exit), for the message. */
  error: string | null;
  /** Ended by the pool (a job ran out of time): its exit is not a crash. */
  retired: boolean;
}

const ENTRY = new URL('./verify-entry.mjs', import.meta.url);

export class VerifyPool {
  private readonly options: Required<VerifyPoolOptions>;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: VerifyPoolOptions) {
    this.options = { ...DEFAULTS, ...options };
    if (!Number.isInteger(this.options.workers) || this.options.workers < 1) {
      throw new Error(`a verification pool needs at least one worker, not ${this.options.workers}`);
    }
  }

  verify(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs): Promise<Verification> {
    if (this.closed) return Promise.reject(new VerifierUnavailable('the server is shutting down: submit the attempt again once it is back', 5));
    if (this.queue.length >= this.options.queueLimit) {
      return Promise.reject(new VerifierUnavailable(`the server is busy verifying other attempts (${this.queue.length} waiting): try again in a second`));
    }
    return new Promise<Verification>((resolve, reject) => {
      this.queue.push({
        id: this.nextId++, key: bundleKey(bundle.contentHash, rubric.version), bundle, rubric, inputs, lost: 0, timer: null, resolve, reject,
      });
      while (this.slots.length < this.options.workers) this.spawn();
      this.dispatch();
    });
  }

  /** The live worker threads, for tests (one is ended mid-job to see it replaced). */
  threads(): readonly Worker[] {
    return this.slots.map((s) => s.worker);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const closing = new VerifierUnavailable('the server is shutting down: submit the attempt again once it is back', 5);
    for (const job of this.queue.splice(0)) this.fail(job, closing);
    await Promise.all(this.slots.splice(0).map(async (slot) => {
      for (const job of slot.inFlight.values()) this.fail(job, closing);
      slot.inFlight.clear();
      await slot.worker.terminate();
    }));
  }

  private spawn(): void {
    const worker = new Worker(ENTRY, {
      // Nothing of the server's own flags (a profiler, an inspector port) belongs in the thread.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb },
    });
    worker.unref();
    const slot: Slot = {
      worker, ready: false, inFlight: new Map(), rubrics: new Set(), error: null, retired: false,
      bundles: new LRUCache<string, true>({
        max: this.options.bundlesPerWorker,
        dispose: (_value, key, reason) => {
          if (reason === 'evict') this.post(slot, { type: 'forget', key });
        },
      }),
    };
    this.slots.push(slot);
    worker.on('message', (raw: unknown) => this.onMessage(slot, raw));
    worker.on('error', (error: Error & { code?: string }) => {
      slot.error = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `out of memory at its heap limit of ${this.options.heapMb} MB`
        : error.message;
    });
    worker.on('exit', (code) => this.onExit(slot, code));
  }

  private post(slot: Slot, message: ToWorker): void {
    slot.worker.postMessage(message);
  }

  private onMessage(slot: Slot, raw: unknown): void {
    const parsed = FromWorker.safeParse(raw);
    if (!parsed.success) {
      const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'number' ? raw.id : null;
      const job = id === null ? undefined : slot.inFlight.get(id);
      if (job) this.finish(slot, job, new Error(`the verification worker answered nonsense: ${parsed.error.message}`));
      this.dispatch();
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const job = slot.inFlight.get(message.id);
    if (!job) return;
    if (message.type === 'verified') this.finish(slot, job, { ok: true, summary: message.summary });
    else if (message.type === 'refused') this.finish(slot, job, { ok: false, kind: message.kind, message: message.message });
    else this.finish(slot, job, new Error(`verification failed in the worker: ${message.message}`));
    this.dispatch();
  }

  private finish(slot: Slot, job: Job, result: Verification | Error): void {
    slot.inFlight.delete(job.id);
    if (job.timer) clearTimeout(job.timer);
    job.timer = null;
    if (result instanceof Error) job.reject(result);
    else job.resolve(result);
  }

  private fail(job: Job, error: Error): void {
    if (job.timer) clearTimeout(job.timer);
    job.timer = null;
    job.reject(error);
  }

  private onExit(slot: Slot, code: number): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const held = [...slot.inFlight.values()];
    slot.inFlight.clear();
    if (this.closed) return;
    const why = slot.error ?? `exit code ${code}`;
    if (!slot.ready && !slot.retired) {
      // It never started (tsx missing, a broken import): another would fail the same way, so the
      // waiting attempts are told why, and the next attempt tries to start workers again.
      if (!this.slots.some((s) => s.ready)) {
        const failure = new Error(`the verification worker could not start: ${why}`);
        for (const job of [...held, ...this.queue.splice(0)]) this.fail(job, failure);
      }
      return;
    }
    // Run again, ahead of the queue, what the lost worker held; an attempt that has now lost two
    // workers is likely what kills them, and is answered instead of being tried on a third.
    const again: Job[] = [];
    for (const job of held) {
      if (job.timer) clearTimeout(job.timer);
      job.timer = null;
      if (++job.lost >= 2) {
        this.fail(job, new VerifierUnavailable(`the verification worker stopped twice while replaying this attempt (${why}): it was not stored`));
      } else {
        again.push(job);
      }
    }
    this.queue.unshift(...again);
    if (this.slots.length < this.options.workers && (this.queue.length > 0 || slot.retired)) this.spawn();
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let best: Slot | null = null;
      for (const slot of this.slots) {
        if (!slot.ready || slot.retired || slot.inFlight.size >= this.options.pipeline) continue;
        if (best === null || slot.inFlight.size < best.inFlight.size) best = slot;
      }
      if (best === null) break;
      this.send(best, this.queue.shift()!);
    }
    this.keepAlive();
  }

  /** A worker keeps the process alive only while it holds a job, or one waits for it to start. */
  private keepAlive(): void {
    for (const slot of this.slots) {
      if (slot.inFlight.size > 0 || (!slot.ready && this.queue.length > 0)) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private send(slot: Slot, job: Job): void {
    if (!slot.rubrics.has(job.rubric.version)) {
      this.post(slot, { type: 'rubric', rubric: job.rubric });
      slot.rubrics.add(job.rubric.version);
    }
    if (slot.bundles.get(job.key) === undefined) {
      slot.bundles.set(job.key, true);
      this.post(slot, { type: 'bundle', key: job.key, bundle: job.bundle });
    }
    slot.inFlight.set(job.id, job);
    job.timer = setTimeout(() => this.timeOut(slot, job), this.options.timeLimitMs);
    job.timer.unref();
    this.post(slot, { type: 'verify', id: job.id, key: job.key, inputs: job.inputs });
  }

  /**
   * Past the time limit. The worker answers in order, so the oldest job it holds is the one it is
   * stuck on (its timer fires first): that one is answered 503, the thread is ended (terminate()
   * stops even a tight loop) and what else it held runs on its replacement.
   */
  private timeOut(slot: Slot, job: Job): void {
    job.timer = null;
    if (!slot.inFlight.has(job.id)) return;
    slot.inFlight.delete(job.id);
    this.fail(job, new VerifierUnavailable(`replaying the attempt took longer than ${this.options.timeLimitMs / 1000} s: it was not stored`));
    slot.retired = true;
    void slot.worker.terminate();
  }
}
