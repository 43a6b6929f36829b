// One attempt of the cohort as its trainer reads it: the stored inputs replayed by the core (the
// one replay the verification and the game use, on a parsed story kept per content hash), giving
// every line with its tags, the evidence and the events; with the server's timing of each reply
// of a server-played exam. Coached runs read the same way. A trainer opens one at a time, so the
// replay (a few milliseconds) runs here rather than in a verification worker.
import type { AttemptTranscript } from '../../contract/attempts.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import { replay, ReplayMismatchError } from '../../core/session/replay.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { RunResult } from '../../core/session/session.ts';
import { StoryBudgetError } from '../../core/story/run-budget.ts';
import { rubricOfAttempt } from '../attempts/attempt-rubric.ts';
import { scoredBundle } from '../attempts/scored-bundle.ts';
import { cohortAttempt } from '../dashboard/dashboard.ts';
import type { Queryable } from '../db/database.ts';
import { notFound, unprocessable } from '../http/api-error.ts';
import type { ScenarioStore } from '../scenarios/scenario-store.ts';
import { StoryCache } from '../verify/story-cache.ts';

/** Few: a trainer reads a handful of scenarios' attempts at a time. */
const STORIES_KEPT = { stories: 8, bytes: 32 * 1024 * 1024 };
const cacheByStore = new WeakMap<ScenarioStore, StoryCache>();

function storiesOf(scenarios: ScenarioStore): StoryCache {
  let cache = cacheByStore.get(scenarios);
  if (!cache) cacheByStore.set(scenarios, cache = new StoryCache(STORIES_KEPT));
  return cache;
}

function replayOnCache(stories: StoryCache, bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs, attemptId: string): RunResult {
  try {
    return replay(bundle, rubric, inputs, { story: stories.take(bundle.contentHash, bundle.storyJson) });
  } catch (error) {
    // The run stopped inside inkjs: that Story may hold half-done work.
    stories.discard(bundle.contentHash);
    if (error instanceof ReplayMismatchError || error instanceof StoryBudgetError) {
      throw unprocessable(`attempt ${attemptId} cannot be replayed: ${error.message}`);
    }
    throw error;
  }
}

export interface TranscriptDeps {
  db: Queryable;
  scenarios: ScenarioStore;
  /** The server's current rubric; the attempt is replayed under the one it names. */
  rubric: Rubric;
}

/** 404 when the attempt is not this cohort's; 422 when its version can no longer be replayed. */
export async function attemptTranscript(deps: TranscriptDeps, cohortId: string, attemptId: string): Promise<AttemptTranscript> {
  const found = await cohortAttempt(deps.db, cohortId, attemptId);
  if (!found) throw notFound(`no attempt ${attemptId} in this cohort`);
  const { row, attempt } = found;
  const rubric = rubricOfAttempt(row.rubric_version, deps.rubric);
  const bundle = rubric && await scoredBundle(deps.scenarios, row.content_hash, rubric);
  if (!rubric || !bundle) throw unprocessable(`attempt ${attemptId} cannot be replayed: this server no longer has its rubric or story version`);
  if (!bundle.ok) throw unprocessable(bundle.reason);
  const inputs = { scenarioId: row.scenario_id, contentHash: row.content_hash, rubricVersion: row.rubric_version, seed: row.seed, choices: row.choices };
  const result = replayOnCache(storiesOf(deps.scenarios), bundle.bundle, rubric, inputs, attemptId);
  return {
    attempt,
    transcript: result.transcript,
    evidence: result.evidence,
    events: result.events,
    turnTimesMs: row.turn_times_ms ?? row.choices.map(() => null),
  };
}
