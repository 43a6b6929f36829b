// The server's checking workers: every compile, exploration and re-bounding runs in one of these
// threads, so a story that loops, recurses or explodes can take down only a worker, never the
// event loop everyone else is served from. Each check has a wall-clock limit (the worker is
// terminated when it passes), each worker a heap and stack limit (resourceLimits: running out
// ends the worker, not the process); a lost worker is replaced. Jobs beyond the workers wait in a
// short queue; when that is full the caller gets a 503 with Retry-After rather than a pile-up.
// The thread mechanics are the shared bounded pool's (src/server/workers/bounded-pool.ts); what a
// check is, and what each way of stopping it is called, is said here.
import type { Worker } from 'node:worker_threads';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { BoundedPool, type PoolProtocol, type WorkerLoss } from '../workers/bounded-pool.ts';
import { WorkersUnavailable } from '../workers/workers-unavailable.ts';
import {
  PublishResult, ReboundResult, ShippedResult, WorkerMessage, type CheckJob, type JobMessage,
} from './check-jobs.ts';
import type { Checker, StoryReads } from './checker.ts';
import { heapLimitReason, limitDiagnostic, timeLimitReason } from './limit-reasons.ts';
import { publishedFile } from './published-file.ts';

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
export class CheckerUnavailable extends WorkersUnavailable {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, retryAfterSeconds);
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

interface TimedJob {
  job: CheckJob;
  timeLimitMs: number;
}

const closing = (): CheckerUnavailable => new CheckerUnavailable('the server is shutting down: publish again once it is back', 5);

function checkingProtocol(workers: number): PoolProtocol<TimedJob, Outcome, WorkerMessage, undefined> {
  return {
    module: new URL('./checking-worker.ts', import.meta.url),
    answers: WorkerMessage,
    slotState: () => undefined,
    send: (_state, { job }, id) => [{ id, job } satisfies JobMessage],
    answer(message) {
      if (message.type === 'done') return { kind: 'done', result: message.result };
      if (message.type === 'refused') return { kind: 'refused', reason: message.reason, code: message.code };
      return new Error(`checking failed inside the worker: ${message.message}`);
    },
    timeLimitMs: (job) => job.timeLimitMs,
    timedOut: () => ({ kind: 'time' }),
    lost(_job, loss: WorkerLoss) {
      if (loss.outOfMemory) return { kind: 'heap' };
      if (loss.error) return new Error(`the checking worker failed: ${loss.error.message}`);
      return new CheckerUnavailable(`the checking worker stopped during the check (exit code ${loss.exitCode}): try again`, 1);
    },
    nonsense: (detail) => new Error(`the checking worker answered nonsense: ${detail}`),
    busy(job, waiting) {
      const waitSeconds = Math.ceil(job.timeLimitMs / 1000);
      return new CheckerUnavailable(
        `the server is busy checking other scenarios (${workers} at a time, ${waiting} waiting): try again in ${waitSeconds} s`,
        waitSeconds,
      );
    },
    closing,
    couldNotStart: (why) => new Error(`the checking worker could not start: ${why}`),
  };
}

export class CheckerPool implements Checker {
  private readonly pool: BoundedPool<TimedJob, Outcome, WorkerMessage>;

  /** Workers start with the first check, one more with each check up to `workers` (about a second each: tsx and the compiler load). */
  constructor(private readonly limits: CheckLimits) {
    this.pool = new BoundedPool(
      { workers: limits.workers, pipeline: 1, queueLimit: limits.queueLimit, heapMb: limits.heapMb, stackMb: STACK_MB, retries: 0, start: 'on-demand' },
      checkingProtocol(limits.workers),
    );
  }

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
    return this.pool.threads();
  }

  /** Ends every worker; checks running or waiting are answered 503. */
  close(): Promise<void> {
    return this.pool.close();
  }

  private run(job: CheckJob, timeLimitMs: number): Promise<Outcome> {
    return this.pool.run({ job, timeLimitMs });
  }

  private reasonOf(outcome: Stopped, timeLimitMs: number): string {
    if (outcome.kind === 'time') return timeLimitReason(timeLimitMs);
    if (outcome.kind === 'heap') return heapLimitReason(this.limits.heapMb);
    return outcome.reason;
  }
}
