// Per-scenario figures for the scenario list: how often the trainee has finished it and their
// best overall score, whichever language they played it in. Abandoned exams count for neither.
import type { AttemptRecord } from '../../core/schemas/records.ts';
import { statsKey } from '../run/scenario-entry.ts';
import { countedAttempts } from './counted-attempts.ts';

export interface ScenarioStat {
  attempts: number;
  best: number;
  latest: number;
}

export type ScenarioStats = ReadonlyMap<string, ScenarioStat>;

/** Attempts must be oldest first (as the store lists them), so `latest` is the last one. */
export function scenarioStats(attempts: readonly AttemptRecord[]): ScenarioStats {
  const stats = new Map<string, ScenarioStat>();
  for (const a of countedAttempts(attempts)) {
    const key = statsKey(a.scenarioId, a.local);
    const seen = stats.get(key);
    stats.set(key, seen
      ? { attempts: seen.attempts + 1, best: Math.max(seen.best, a.overall), latest: a.overall }
      : { attempts: 1, best: a.overall, latest: a.overall });
  }
  return stats;
}
