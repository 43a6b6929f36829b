// Everything the replay screen shows for a stored attempt: its run rebuilt step by step from the
// stored inputs under the rubric it was scored with, the scores to show, and (once the trainee
// has finished the scenario) the scenario's best path walked the same way, as the checker found
// it with seed 0, and where the two part. Refuses attempts whose scenario has changed since.
//
// Scores are replayed only when they can be trusted: the attempt's rubric is known to this build
// and the scenario's score bounds were found under that same rubric. Otherwise the screen shows
// the scores stored with the attempt and says why, rather than numbers from the wrong rubric.
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import { rubricForVersion } from '../../core/rubric/rubric-versions.ts';
import type { AttemptRecord } from '../../core/schemas/records.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Scores } from '../../core/schemas/score.ts';
import { comparePaths, type PathComparison } from './compare-paths.ts';
import { bundleOf } from './run.ts';
import { findEntry, type ScenarioEntry } from './scenario-entry.ts';
import { walkPath, type Walk } from './walk-path.ts';

/** The seed the build's checker explores with, so the best path replays as it scored. */
export const BEST_PATH_SEED = 0;

/**
 * Where the shown scores come from. `replayed`: the walk's own result. `unknown-rubric`: the
 * attempt names a rubric this build lacks (the steps are walked for their lines only).
 * `other-rubric`: the rubric is known, but the scenario's bounds belong to another one.
 */
export type ScoreSource = 'replayed' | 'unknown-rubric' | 'other-rubric';

export interface ShownScores {
  source: ScoreSource;
  overall: number;
  scores: Scores;
  outOfReach: readonly string[];
  notAssessed: readonly string[];
}

export interface ReplayData {
  attempt: AttemptRecord;
  entry: ScenarioEntry;
  walk: Walk;
  /** The rubric the steps' evidence was found under; null when the attempt's rubric is unknown. */
  rubric: Rubric | null;
  scores: ShownScores;
  /** The best path, only when unlocked, comparable and the scenario has one. */
  best: Walk | null;
  comparison: PathComparison | null;
  /** Whether the trainee has finished this scenario once, which unlocks the best path. */
  bestUnlocked: boolean;
}

export type ReplayProblem = 'missing' | 'outdated' | 'unplayable';

export type ReplayLoad = { ok: true; data: ReplayData } | { ok: false; problem: ReplayProblem; detail: string };

export interface ReplayOptions {
  /** The trainee has a finished attempt at this scenario (see hasFinished). */
  finishedOnce: boolean;
}

export async function loadReplay(attempt: AttemptRecord, catalog: readonly ScenarioEntry[], options: ReplayOptions): Promise<ReplayLoad> {
  const entry = findEntry(catalog, attempt);
  if (!entry) return { ok: false, problem: 'missing', detail: attempt.scenarioId };
  if (entry.contentHash !== attempt.contentHash) {
    return { ok: false, problem: 'outdated', detail: attempt.contentHash.slice(0, 12) };
  }
  const own = rubricForVersion(attempt.rubricVersion);
  const source: ScoreSource = own === null ? 'unknown-rubric' : own.version === entry.rubricVersion ? 'replayed' : 'other-rubric';
  try {
    const bundle = bundleOf(entry, await entry.loadStory());
    // Without its own rubric the lines still replay (they depend on the story and seed alone).
    const walk = walkPath(bundle, own ?? courseRubric, attempt.seed, attempt.choices);
    if (walk.error) return { ok: false, problem: 'unplayable', detail: walk.error };
    const scores: ShownScores = source === 'replayed'
      ? { source, overall: walk.result.overall, scores: walk.result.scores, outOfReach: walk.result.outOfReach, notAssessed: walk.result.notAssessed }
      : { source, overall: attempt.overall, scores: attempt.scores, outOfReach: [], notAssessed: [] };
    const bestRubric = rubricForVersion(entry.rubricVersion);
    const comparable = options.finishedOnce && source === 'replayed' && bestRubric !== null && entry.bestPath.length > 0;
    const best = comparable ? walkPath(bundle, bestRubric, BEST_PATH_SEED, entry.bestPath) : null;
    const usable = best && !best.error ? best : null;
    return {
      ok: true,
      data: {
        attempt, entry, walk, rubric: own, scores,
        best: usable, comparison: usable ? comparePaths(walk, usable) : null, bestUnlocked: options.finishedOnce,
      },
    };
  } catch (error) {
    return { ok: false, problem: 'unplayable', detail: error instanceof Error ? error.message : String(error) };
  }
}
