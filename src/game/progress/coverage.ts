// Which rubric dimensions each playable scenario can score (from its reachable bounds), so the
// progress summary can suggest a scenario that exercises the trainee's weakest skill.
import type { ScenarioCoverage } from '../../core/progress/progress-summary.ts';
import { DIMENSION_IDS } from '../../core/schemas/rubric.ts';
import { normaliseDimension } from '../../core/scoring/normalise.ts';
import type { ScenarioEntry } from '../run/scenario-entry.ts';

export function coverageOf(entries: readonly ScenarioEntry[]): ScenarioCoverage[] {
  return entries.map((entry) => ({
    meta: entry.meta,
    dimensions: DIMENSION_IDS.filter((d) => normaliseDimension(0, entry.bounds[d].min, entry.bounds[d].max) !== null),
  }));
}
