// A bounded pool of worker threads, the mechanics the checking and the verification workers share:
// workers start with the first job, each takes jobs only once it has said it is ready, holds at
// most `pipeline` of them at once and answers them in order; a job has a wall-clock limit from the
// moment it is sent (past it the thread is ended, since terminate() stops even a tight loop, and
// replaced); a worker that dies is replaced, and the jobs it held run again or are answered as the
// protocol says; jobs beyond what the workers hold wait in a bounded queue, and past it the caller
// is turned away at once (a 503 with Retry-After) rather than left to pile up. Idle workers never
// keep the process alive. What the jobs and answers are, and what each failure is called, is the
// protocol's (checking/checker-pool.ts, verify/verify-pool.ts).
import { Worker } from 'node:worker_threads';
import type { z } from 'zod';
import { messageId } from './message-id.ts';

export interface PoolLimits {
  /** How many worker threads at most. */
  workers: number;
  /** Jobs sent to one worker ahead of its answers. */
  pipeline: number;
  /** Jobs that may wait beyond what the workers hold; more are turned away. */
  queueLimit: number;
  /** Old-generation heap of each worker (resourceLimits.maxOldGenerationSizeMb). */
  heapMb: number;
  /** V8's stack for the worker's JavaScript (resourceLimits.stackSizeMb); Node's default when absent. */
  stackMb?: number;
  /** How many times a job whose worker was lost runs again on another before the protocol answers it. */
  retries: number;
  /** 'all': every worker starts with the first job; 'on-demand': one more with each job, up to `workers`. */
  start: 'all' | 'on-demand';
}

/** How a worker was lost while it held a job. */
export interface WorkerLoss {
  exitCode: number;
  /** The error the worker ended with, if it ended with one. */
  error: (Error & { code?: string }) | null;
  outOfMemory: boolean;
  /** In words, for messages: "out of memory at its heap limit of 32 MB", the error, or the exit code. */
  why: string;
}

/** What the worker says: `{ type: 'ready' }` once its modules are loaded, then answers that carry a job's id. */
export type WorkerAnswer = { type: 'ready' } | { type: string; id: number };

/** An answer, or an error to reject the job with. */
export type Settlement<R> = R | Error;

export interface PoolProtocol<J, R, A extends WorkerAnswer, S> {
  /** The worker module (TypeScript) the entry loads in the thread. */
  module: URL;
  /** The worker's messages, parsed before the pool trusts them. */
  answers: z.ZodType<A>;
  /** Per-worker state, made as the worker starts; `post` sends it a message. */
  slotState(post: (message: unknown) => void): S;
  /** The messages that give the worker job `id` (anything it needs first, then the job). */
  send(state: S, job: J, id: number): unknown[];
  /** The job's answer from the worker's message about it. */
  answer(message: Exclude<A, { type: 'ready' }>): Settlement<R>;
  timeLimitMs(job: J): number;
  /** The job ran past its time limit. */
  timedOut(job: J): Settlement<R>;
  /** The job's worker was lost, and the job has run as many times as it may. */
  lost(job: J, loss: WorkerLoss): Settlement<R>;
  /** The worker answered something that is not a message of the protocol. */
  nonsense(detail: string): Error;
  /** The queue is full: `waiting` jobs wait already. */
  busy(job: J, waiting: number): Error;
  /** The pool is closed or closing. */
  closing(): Error;
  /** No worker could start. */
  couldNotStart(why: string): Error;
}

interface Job<J, R> {
  id: number;
  payload: J;
  /** Workers lost while they held this job. */
  lost: number;
  timer: NodeJS.Timeout | null;
  settled: boolean;
  resolve(result: R): void;
  reject(error: Error): void;
}

interface Slot<J, R, S> {
  worker: Worker;
  ready: boolean;
  /** Jobs sent and not yet answered, in the order sent (the worker answers in that order). */
  inFlight: Map<number, Job<J, R>>;
  state: S;
  /** The error the worker ended with, for the loss it causes. */
  error: (Error & { code?: string }) | null;
  /** Ended by the pool (a job ran out of time): it is out of the pool already, replaced at once. */
  retired: boolean;
}

/** Starts every worker: registers tsx in the thread, then loads the protocol's worker module. */
const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export class BoundedPool<J, R, A extends WorkerAnswer, S = undefined> {
  private readonly slots: Array<Slot<J, R, S>> = [];
  private readonly queue: Array<Job<J, R>> = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly limits: PoolLimits, private readonly protocol: PoolProtocol<J, R, A, S>) {
    if (!Number.isInteger(limits.workers) || limits.workers < 1) throw new Error(`a worker pool needs at least one worker, not ${limits.workers}`);
  }

  run(payload: J): Promise<R> {
    if (this.closed) return Promise.reject(this.protocol.closing());
    const held = this.slots.reduce((n, s) => n + s.inFlight.size, 0);
    if (this.queue.length + held >= this.limits.queueLimit + this.limits.workers * this.limits.pipeline) {
      return Promise.reject(this.protocol.busy(payload, this.queue.length));
    }
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, payload, lost: 0, timer: null, settled: false, resolve, reject });
      // A pool that lost every worker to a failed start tries again for the next job.
      if (this.limits.start === 'all') while (this.slots.length < this.limits.workers) this.spawn();
      else if (this.slots.length < this.limits.workers) this.spawn();
      this.dispatch();
    });
  }

  /** The live worker threads, for operators and tests (a test ends one mid-job to see it replaced). */
  threads(): readonly Worker[] {
    return this.slots.map((s) => s.worker);
  }

  /** Ends every worker; jobs running or waiting are answered with the protocol's closing error. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const closing = this.protocol.closing();
    for (const job of this.queue.splice(0)) this.settle(job, closing);
    await Promise.all(this.slots.splice(0).map(async (slot) => {
      for (const job of slot.inFlight.values()) this.settle(job, closing);
      slot.inFlight.clear();
      await slot.worker.terminate();
    }));
  }

  private spawn(): void {
    const worker = new Worker(ENTRY, {
      workerData: { module: this.protocol.module.href },
      // Nothing of the server's own flags (a profiler, an inspector port) belongs in the thread.
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.heapMb,
        ...(this.limits.stackMb === undefined ? {} : { stackSizeMb: this.limits.stackMb }),
      },
    });
    worker.unref();
    const slot: Slot<J, R, S> = {
      worker, ready: false, inFlight: new Map(), error: null, retired: false,
      state: this.protocol.slotState((message) => worker.postMessage(message)),
    };
    this.slots.push(slot);
    worker.on('message', (raw: unknown) => this.onMessage(slot, raw));
    worker.on('error', (error: Error & { code?: string }) => {
      slot.error = error;
    });
    worker.on('exit', (code) => this.onExit(slot, code));
  }

  private onMessage(slot: Slot<J, R, S>, raw: unknown): void {
    const parsed = this.protocol.answers.safeParse(raw);
    if (!parsed.success) {
      // The worker answers in order: without an id, the oldest job it holds is the one answered.
      const id = messageId(raw);
      const job = id === null ? slot.inFlight.values().next().value : slot.inFlight.get(id);
      if (job) this.finish(slot, job, this.protocol.nonsense(parsed.error.message));
      this.dispatch();
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const answered = message as Exclude<A, { type: 'ready' }>;
    const job = slot.inFlight.get(answered.id);
    if (!job) return;
    this.finish(slot, job, this.protocol.answer(answered));
    this.dispatch();
  }

  private onExit(slot: Slot<J, R, S>, exitCode: number): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const held = [...slot.inFlight.values()];
    slot.inFlight.clear();
    for (const job of held) this.stopTimer(job);
    if (this.closed) {
      // A retired worker is out of the pool, so close() did not answer what it still held.
      for (const job of held) this.settle(job, this.protocol.closing());
      return;
    }
    const outOfMemory = slot.error?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const loss: WorkerLoss = {
      exitCode, error: slot.error, outOfMemory,
      why: outOfMemory ? `out of memory at its heap limit of ${this.limits.heapMb} MB` : slot.error?.message ?? `exit code ${exitCode}`,
    };
    if (!slot.ready && !slot.retired) {
      // It never started (tsx missing, a broken import): another would fail the same way, so the
      // waiting jobs are told why, and the next job tries to start a worker again.
      if (!this.slots.some((s) => s.ready)) {
        const failure = this.protocol.couldNotStart(loss.why);
        for (const job of [...held, ...this.queue.splice(0)]) this.settle(job, failure);
      }
      return;
    }
    // Run again, ahead of the queue, what the lost worker held; a job that has lost its worker
    // more often than the protocol allows is likely what kills them, and is answered instead.
    const again: Array<Job<J, R>> = [];
    for (const job of held) {
      if (++job.lost > this.limits.retries) this.settle(job, this.protocol.lost(job.payload, loss));
      else again.push(job);
    }
    this.queue.unshift(...again);
    if (!slot.retired) this.spawn();
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let best: Slot<J, R, S> | null = null;
      for (const slot of this.slots) {
        if (!slot.ready || slot.retired || slot.inFlight.size >= this.limits.pipeline) continue;
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

  private send(slot: Slot<J, R, S>, job: Job<J, R>): void {
    slot.inFlight.set(job.id, job);
    job.timer = setTimeout(() => this.timeOut(slot, job), this.protocol.timeLimitMs(job.payload));
    job.timer.unref();
    for (const message of this.protocol.send(slot.state, job.payload, job.id)) slot.worker.postMessage(message);
  }

  /**
   * Past the time limit. The worker answers in order, so the oldest job it holds is the one it is
   * stuck on (its timer fires first): that one is answered, the thread is taken out of the pool
   * and ended, a replacement starts, and what else it held runs again once it has exited.
   */
  private timeOut(slot: Slot<J, R, S>, job: Job<J, R>): void {
    job.timer = null;
    if (!slot.inFlight.has(job.id)) return;
    slot.inFlight.delete(job.id);
    this.settle(job, this.protocol.timedOut(job.payload));
    slot.retired = true;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (!this.closed) this.spawn();
    this.dispatch();
  }

  private finish(slot: Slot<J, R, S>, job: Job<J, R>, result: Settlement<R>): void {
    slot.inFlight.delete(job.id);
    this.settle(job, result);
  }

  private stopTimer(job: Job<J, R>): void {
    if (job.timer) clearTimeout(job.timer);
    job.timer = null;
  }

  private settle(job: Job<J, R>, result: Settlement<R>): void {
    this.stopTimer(job);
    if (job.settled) return;
    job.settled = true;
    if (result instanceof Error) job.reject(result);
    else job.resolve(result);
  }
}
