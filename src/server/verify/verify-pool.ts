// The server's verification workers: every submitted attempt is replayed in one of these threads,
// so replays never hold up the event loop that health, leaderboards and the database answer on.
// Each worker is sent every rubric and scored bundle it needs once (the least recently used
// bundles are forgotten past a bound), then only attempts' inputs, a few at a time ahead of its
// answers so it never waits on a busy event loop. A worker that dies (a crash, its heap limit) is
// replaced and the attempts it held are run once more on another; an attempt that has now lost
// two workers, or ran past the time limit, is answered 503 with the reason. Idle workers never
// keep the process alive, and the threads start with the first attempt, not with the server.
// The thread mechanics are the shared bounded pool's (src/server/workers/bounded-pool.ts).
import type { Worker } from 'node:worker_threads';
import { LRUCache } from 'lru-cache';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { BoundedPool, type PoolProtocol } from '../workers/bounded-pool.ts';
import { WorkersUnavailable } from '../workers/workers-unavailable.ts';
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
export class VerifierUnavailable extends WorkersUnavailable {
  constructor(message: string, retryAfterSeconds = 1) {
    super(message, retryAfterSeconds);
    this.name = 'VerifierUnavailable';
  }
}

interface Job {
  key: string;
  bundle: ScenarioBundle;
  rubric: Rubric;
  inputs: ReplayInputs;
}

/** What one worker holds: the rubrics it was sent, and the bundles (evicting one tells it to forget it). */
interface WorkerHolds {
  rubrics: Set<string>;
  bundles: LRUCache<string, true>;
}

function verifyProtocol(options: Required<VerifyPoolOptions>): PoolProtocol<Job, Verification, FromWorker, WorkerHolds> {
  return {
    module: new URL('./verify-worker.ts', import.meta.url),
    answers: FromWorker,
    slotState: (post) => ({
      rubrics: new Set(),
      bundles: new LRUCache<string, true>({
        max: options.bundlesPerWorker,
        dispose: (_value, key, reason) => {
          if (reason === 'evict') post({ type: 'forget', key } satisfies ToWorker);
        },
      }),
    }),
    send(holds, job, id) {
      const messages: ToWorker[] = [];
      if (!holds.rubrics.has(job.rubric.version)) {
        messages.push({ type: 'rubric', rubric: job.rubric });
        holds.rubrics.add(job.rubric.version);
      }
      if (holds.bundles.get(job.key) === undefined) {
        // Set first: a bundle evicted for this one is forgotten before this one arrives.
        holds.bundles.set(job.key, true);
        messages.push({ type: 'bundle', key: job.key, bundle: job.bundle });
      }
      messages.push({ type: 'verify', id, key: job.key, inputs: job.inputs });
      return messages;
    },
    answer(message) {
      if (message.type === 'verified') return { ok: true, summary: message.summary };
      if (message.type === 'refused') return { ok: false, kind: message.kind, message: message.message };
      return new Error(`verification failed in the worker: ${message.message}`);
    },
    timeLimitMs: () => options.timeLimitMs,
    timedOut: () => new VerifierUnavailable(`replaying the attempt took longer than ${options.timeLimitMs / 1000} s: it was not stored`),
    lost: (_job, loss) => new VerifierUnavailable(`the verification worker stopped twice while replaying this attempt (${loss.why}): it was not stored`),
    nonsense: (detail) => new Error(`the verification worker answered nonsense: ${detail}`),
    busy: (_job, waiting) => new VerifierUnavailable(`the server is busy verifying other attempts (${waiting} waiting): try again in a second`),
    closing: () => new VerifierUnavailable('the server is shutting down: submit the attempt again once it is back', 5),
    couldNotStart: (why) => new Error(`the verification worker could not start: ${why}`),
  };
}

export class VerifyPool {
  private readonly pool: BoundedPool<Job, Verification, FromWorker, WorkerHolds>;

  constructor(options: VerifyPoolOptions) {
    const full = { ...DEFAULTS, ...options };
    if (!Number.isInteger(full.workers) || full.workers < 1) {
      throw new Error(`a verification pool needs at least one worker, not ${full.workers}`);
    }
    this.pool = new BoundedPool(
      { workers: full.workers, pipeline: full.pipeline, queueLimit: full.queueLimit, heapMb: full.heapMb, retries: 1, start: 'all' },
      verifyProtocol(full),
    );
  }

  verify(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs): Promise<Verification> {
    return this.pool.run({ key: bundleKey(bundle.contentHash, rubric.version), bundle, rubric, inputs });
  }

  /** The live worker threads, for tests (one is ended mid-job to see it replaced). */
  threads(): readonly Worker[] {
    return this.pool.threads();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
