// Everything the replay screen shows for a stored attempt: its run rebuilt step by step from the
// stored inputs, the scenario's best path walked the same way (as the checker found it, with
// seed 0), and where the two part. Refuses attempts whose scenario or rubric has changed since.
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { AttemptRecord } from '../../core/schemas/records.ts';
import { comparePaths, type PathComparison } from './compare-paths.ts';
import { bundleOf } from './run.ts';
import { findEntry, type ScenarioEntry } from './scenario-entry.ts';
import { walkPath, type Walk } from './walk-path.ts';

/** The seed the build's checker explores with, so the best path replays as it scored. */
export const BEST_PATH_SEED = 0;

export interface ReplayData {
  attempt: AttemptRecord;
  entry: ScenarioEntry;
  walk: Walk;
  best: Walk | null;
  comparison: PathComparison | null;
}

export type ReplayProblem = 'missing' | 'outdated' | 'unplayable';

export type ReplayLoad = { ok: true; data: ReplayData } | { ok: false; problem: ReplayProblem; detail: string };

export async function loadReplay(attempt: AttemptRecord, catalog: readonly ScenarioEntry[]): Promise<ReplayLoad> {
  const entry = findEntry(catalog, attempt);
  if (!entry) return { ok: false, problem: 'missing', detail: attempt.scenarioId };
  if (entry.contentHash !== attempt.contentHash || attempt.rubricVersion !== courseRubric.version) {
    return { ok: false, problem: 'outdated', detail: attempt.contentHash.slice(0, 12) };
  }
  try {
    const bundle = bundleOf(entry, await entry.loadStory());
    const walk = walkPath(bundle, courseRubric, attempt.seed, attempt.choices);
    if (walk.error) return { ok: false, problem: 'unplayable', detail: walk.error };
    const best = entry.bestPath.length > 0 ? walkPath(bundle, courseRubric, BEST_PATH_SEED, entry.bestPath) : null;
    return { ok: true, data: { attempt, entry, walk, best: best?.error ? null : best, comparison: best && !best.error ? comparePaths(walk, best) : null } };
  } catch (error) {
    return { ok: false, problem: 'unplayable', detail: error instanceof Error ? error.message : String(error) };
  }
}
