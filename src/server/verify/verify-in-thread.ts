// One verification as any thread runs it: the attempt replayed on a cached parsed story, its
// result boiled down to what is stored, and a refusal told apart from a failure. The worker
// (verify-worker.ts) and the in-process verifier (VERIFY_WORKERS=0) both go through here, so the
// two cannot drift apart.
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { ReplayMismatchError, replayMismatch } from '../../core/session/replay.ts';
import { StoryBudgetError } from '../../core/story/run-budget.ts';
import { summarise, verifyAttempt, type VerifiedSummary } from '../attempts/verify-attempt.ts';
import type { RefusalKind } from './verify-messages.ts';
import type { StoryCache } from './story-cache.ts';

export type Verification =
  | { ok: true; summary: VerifiedSummary }
  | { ok: false; kind: RefusalKind; message: string };

/** Throws only for what is neither the attempt's nor the story's fault (a bug, bounds under another rubric). */
export function verifyWithCache(stories: StoryCache, bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs): Verification {
  // Wrong scenario, version or rubric is refused (by the replay) before any story is parsed.
  const story = replayMismatch(bundle, rubric, inputs) === null ? stories.take(bundle.contentHash, bundle.storyJson) : undefined;
  try {
    return { ok: true, summary: summarise(verifyAttempt(bundle, rubric, inputs, { story })) };
  } catch (error) {
    if (error instanceof ReplayMismatchError) return { ok: false, kind: 'mismatch', message: error.message };
    // The run stopped inside inkjs: that Story may hold half-done work, so it is parsed afresh next time.
    stories.discard(bundle.contentHash);
    if (error instanceof StoryBudgetError) return { ok: false, kind: 'budget', message: error.message };
    throw error;
  }
}
