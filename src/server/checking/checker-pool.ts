// The server's checking workers: every compile, exploration and re-bounding runs in one of these
// threads, so a story that loops, recurses or explodes can take down only a worker, never the
// event loop everyone else is served from. Each check has a wall-clock limit (the worker is
// terminated when it passes), each worker a heap and stack limit (resourceLimits: running out
// ends the worker, not the process); a lost worker is replaced. Jobs beyond the workers wait in a
// short queue; when that is full the caller gets a 503 with Retry-After rather than a pile-up.
import { Worker } from 'node:worker_threads';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { ApiError } from '../http/api-error.ts';
import {
  PublishResult, ReboundResult, ShippedResult, WorkerMessage, type CheckJob, type JobMessage,
} from './check-jobs.ts';
import type { Checker, StoryReads } from './checker.ts';
import { heapLimitReason, limitDiagnostic, timeLimitReason } from './limit-reasons.ts';
import { publishedFile } from '../scenarios/check-published-scenario.ts';

export interface CheckLimits {
  /** Wall-clock limit of one publish or re-bounding check, from the moment a worker takes it. */
  timeLimitMs: number;
  /** The same for a scenario file of the stories folder at start (the operator's own, usually cached). */
  shippedTimeLimitMs: number;
  /** Old-generation heap of each worker (resourceLimits.maxOldGenerationSizeMb). */
  heapMb: number;
  /** How many checks run at once. */
  workers: number;
  /** How many more may wait for a worker before new ones are turned away with 503. */
  queueLimit: number;
}

/** V8's own stack for the worker's JavaScript (Node's default, stated so it is a decision). */
const STACK_MB = 4;

/** A check that could not run now: the queue is full, a worker was lost, or the server is closing. */
export class CheckerUnavailable extends ApiError {
  constructor(message: string, retryAfterSeconds: number) {
    super(503, message, {}, { 'Retry-After': String(retryAfterSeconds) });
    this.name = 'CheckerUnavailable';
  }
}

type Outcome =
  | { kind: 'done'; result: unknown }
  | { kind: 'time' }
  | { kind: 'heap' }
  | { kind: 'refused'; reason: string; code: string };

type Stopped = Exclude<Outcome, { kind: 'done' }>;

function codeOf(outcome: Stopped): string {
  return outcome.kind === 'time' ? 'check-time-limit' : outcome.kind === 'heap' ? 'check-memory-limit' : outcome.code;
}

interface Job {
  id: number;
  job: CheckJob;
  timeLimitMs: number;
  settled: boolean;
  resolve(outcome: Outcome): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  running: Job | null;
  timer: NodeJS.Timeout | null;
  /** Why the worker failed before it was ready, for the message when none can start. */
  startError: string | null;
  /** Taken out of the pool (timed out): its exit needs no replacement, one is already starting. */
  retired: boolean;
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export class CheckerPool implements Checker {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  /** Workers start with the first check (about a second each: tsx and the compiler load). */
  constructor(private readonly limits: CheckLimits) {}

  async checkPublished(
    language: Language, source: string, library: ReadonlyMap<string, string>, rubric: Rubric, maxStates: number,
  ): Promise<PublishResult> {
    const outcome = await this.run(
      { kind: 'publish', language, source, library: Object.fromEntries(library), rubric, maxStates }, this.limits.timeLimitMs,
    );
    if (outcome.kind === 'done') return PublishResult.parse(outcome.result);
    const reason = this.reasonOf(outcome, this.limits.timeLimitMs);
    return { ok: false, reason, diagnostics: [limitDiagnostic(codeOf(outcome), publishedFile(language, source), reason)] };
  }

  async rebound(stored: ScenarioBundle, rubric: Rubric, maxStates: number, reads: StoryReads | null): Promise<ReboundResult> {
    const outcome = await this.run({ kind: 'rebound', stored, rubric, maxStates, reads }, this.limits.timeLimitMs);
    if (outcome.kind === 'done') return ReboundResult.parse(outcome.result);
    return { ok: false, reason: `scores under rubric ${rubric.version} cannot be bounded for this version: ${this.reasonOf(outcome, this.limits.timeLimitMs)}` };
  }

  async checkShipped(file: string, storiesDir: string, rubric: Rubric): Promise<ShippedResult> {
    const outcome = await this.run({ kind: 'shipped', file, storiesDir, rubric }, this.limits.shippedTimeLimitMs);
    if (outcome.kind === 'done') return ShippedResult.parse(outcome.result);
    return { ok: false, errors: [`${file}: error: ${this.reasonOf(outcome, this.limits.shippedTimeLimitMs)}`] };
  }

  /** The live worker threads, for operators and tests (a test ends one mid-check to see it replaced). */
  threads(): readonly Worker[] {
    return this.slots.map((s) => s.worker);
  }

  /** Ends every worker; checks running or waiting are answered 503. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const closing = new CheckerUnavailable('the server is shutting down: publish again once it is back', 5);
    for (const job of this.queue.splice(0)) this.settle(job, closing);
    await Promise.all(this.slots.splice(0).map(async (slot) => {
      this.stopTimer(slot);
      if (slot.running) this.settle(slot.running, closing);
      await slot.worker.terminate();
    }));
  }

  private reasonOf(outcome: Stopped, timeLimitMs: number): string {
    if (outcome.kind === 'time') return timeLimitReason(timeLimitMs);
    if (outcome.kind === 'heap') return heapLimitReason(this.limits.heapMb);
    return outcome.reason;
  }

  private run(job: CheckJob, timeLimitMs: number): Promise<Outcome> {
    if (this.closed) return Promise.reject(new CheckerUnavailable('the server is shutting down: publish again once it is back', 5));
    // Room for a job: a worker free (or yet to start) to take it, or a place in the queue.
    const running = this.slots.filter((s) => s.running !== null).length;
    if (this.queue.length >= this.limits.queueLimit + this.limits.workers - running) {
      const waitSeconds = Math.ceil(timeLimitMs / 1000);
      return Promise.reject(new CheckerUnavailable(
        `the server is busy checking other scenarios (${this.limits.workers} at a time, ${this.queue.length} waiting): try again in ${waitSeconds} s`,
        waitSeconds,
      ));
    }
    return new Promise<Outcome>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, timeLimitMs, settled: false, resolve, reject });
      // A pool that lost every worker to a failed start tries again for the next job.
      if (this.slots.length < this.limits.workers) this.spawn();
      this.dispatch();
    });
  }

  private spawn(): void {
    const worker = new Worker(ENTRY, {
      // Nothing of the server's own flags (a profiler, an inspector port) belongs in the thread.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, stackSizeMb: STACK_MB },
    });
    // An idle worker never keeps the process alive; one running a check does (dispatch).
    worker.unref();
    const slot: Slot = { worker, ready: false, running: null, timer: null, startError: null, retired: false };
    this.slots.push(slot);
    worker.on('message', (raw: unknown) => this.onMessage(slot, raw));
    worker.on('error', (error: Error & { code?: string }) => {
      if (!slot.ready) slot.startError = error.message;
      const job = slot.running;
      if (!job) return;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') this.settle(job, { kind: 'heap' });
      else this.settle(job, new Error(`the checking worker failed: ${error.message}`));
    });
    worker.on('exit', (code) => this.onExit(slot, code));
  }

  private onMessage(slot: Slot, raw: unknown): void {
    const parsed = WorkerMessage.safeParse(raw);
    if (!parsed.success) {
      if (slot.running) this.settle(slot.running, new Error(`the checking worker answered nonsense: ${parsed.error.message}`));
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const job = slot.running;
    if (!job || job.id !== message.id) return;
    this.stopTimer(slot);
    slot.running = null;
    slot.worker.unref();
    if (message.type === 'done') this.settle(job, { kind: 'done', result: message.result });
    else if (message.type === 'refused') this.settle(job, { kind: 'refused', reason: message.reason, code: message.code });
    else this.settle(job, new Error(`checking failed inside the worker: ${message.message}`));
    this.dispatch();
  }

  private onExit(slot: Slot, code: number): void {
    this.stopTimer(slot);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    if (slot.running) {
      this.settle(slot.running, new CheckerUnavailable(`the checking worker stopped during the check (exit code ${code}): try again`, 1));
    }
    if (this.closed || slot.retired) return;
    if (!slot.ready) {
      // It never started (tsx missing, a broken import): starting another at once would fail the
      // same way, so the waiting jobs are told why and the next job tries again.
      if (!this.slots.some((s) => s.ready)) {
        const failure = new Error(`the checking worker could not start: ${slot.startError ?? `exit code ${code}`}`);
        for (const job of this.queue.splice(0)) this.settle(job, failure);
      }
      return;
    }
    this.spawn();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.running !== null) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.running = job;
      slot.timer = setTimeout(() => this.timeOut(slot, job), job.timeLimitMs);
      slot.timer.unref();
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, job: job.job } satisfies JobMessage);
    }
  }

  /** Past the wall-clock limit: the thread is ended (terminate() stops even a tight loop) and replaced. */
  private timeOut(slot: Slot, job: Job): void {
    slot.timer = null;
    if (slot.running !== job) return;
    this.settle(job, { kind: 'time' });
    slot.running = null;
    slot.retired = true;
    // Out of the pool now, so no job is given to a thread that is being ended.
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (!this.closed) this.spawn();
  }

  private stopTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private settle(job: Job, result: Outcome | Error): void {
    if (job.settled) return;
    job.settled = true;
    if (result instanceof Error) job.reject(result);
    else job.resolve(result);
  }
}
