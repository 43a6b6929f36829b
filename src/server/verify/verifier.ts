// What the submission route needs from attempt verification, whatever runs it: the worker pool
// (verify-pool.ts, the default) or, with VERIFY_WORKERS=0, the event loop itself. Either way
// parsed stories are cached per content hash and the result is the same (verify-in-thread.ts).
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { StoryCache } from './story-cache.ts';
import { verifyWithCache, type Verification } from './verify-in-thread.ts';
import { VerifyPool } from './verify-pool.ts';

export type { Verification };

export interface Verifier {
  /**
   * Replays the attempt. A refusal (inputs that do not fit, a story past its run budget) is an
   * answer; a verification that could not run (workers lost, queue full, closing) throws a 503.
   * `bundle` must carry the bounds found under `rubric`.
   */
  verify(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs): Promise<Verification>;
  /** Ends the workers; verifications still waiting are answered 503. */
  close(): Promise<void>;
}

/** On the event loop: for VERIFY_WORKERS=0 and for comparing against the pool. */
export class InProcessVerifier implements Verifier {
  private readonly stories = new StoryCache();

  verify(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs): Promise<Verification> {
    try {
      return Promise.resolve(verifyWithCache(this.stories, bundle, rubric, inputs));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** `workers` threads (started with the first attempt), or the event loop when 0. */
export function createVerifier(workers: number): Verifier {
  return workers === 0 ? new InProcessVerifier() : new VerifyPool({ workers });
}
