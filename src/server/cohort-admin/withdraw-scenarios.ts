// A trainer taking scenarios away from the cohort's trainees, and giving them back: retiring one
// version the cohort published (cohort_scenarios.retired_at) or hiding a shipped scenario, every
// version and language of it (cohort_hidden_shipped). Either way the trainees' list, fetches and
// exam starts leave it out (ScenarioStore.available), and every attempt on it stays. The cohort's
// remembered "playable" answers are forgotten at once in this process.
import type { ShippedScenario } from '../../contract/cohort-admin.ts';
import type { PublishedVersion } from '../../contract/scenarios.ts';
import { forgetPlayable } from '../attempts/playable-versions.ts';
import type { Queryable } from '../db/database.ts';
import type { ScenarioStore } from '../scenarios/scenario-store.ts';

/** Retires (or brings back) a version the cohort published; null when the cohort never published it. */
export async function retireVersion(
  db: Queryable, scenarios: ScenarioStore, cohortId: string, contentHash: string, retired: boolean, now: string,
): Promise<PublishedVersion | null> {
  // Retiring again keeps the first time it was retired.
  const rows = await db.query(
    `UPDATE cohort_scenarios SET retired_at = CASE WHEN $3::boolean THEN coalesce(retired_at, $4::timestamptz) END
      WHERE cohort_id = $1 AND content_hash = $2 RETURNING content_hash`,
    [cohortId, contentHash, retired, now],
  );
  if (rows.length === 0) return null;
  forgetPlayable(scenarios, cohortId);
  return scenarios.publishedVersion(cohortId, contentHash);
}

/** Hides (or shows again) a shipped scenario from the cohort; null when no scenario of that id is shipped. */
export async function hideShipped(
  db: Queryable, scenarios: ScenarioStore, cohortId: string, scenarioId: string, hidden: boolean, now: string,
): Promise<ShippedScenario[] | null> {
  const [shipped] = await db.query('SELECT 1 FROM scenario_versions WHERE scenario_id = $1 AND shipped_at IS NOT NULL LIMIT 1', [scenarioId]);
  if (!shipped) return null;
  if (hidden) {
    await db.query(
      `INSERT INTO cohort_hidden_shipped (cohort_id, scenario_id, hidden_at) VALUES ($1, $2, $3::timestamptz)
       ON CONFLICT (cohort_id, scenario_id) DO NOTHING`,
      [cohortId, scenarioId, now],
    );
  } else {
    await db.query('DELETE FROM cohort_hidden_shipped WHERE cohort_id = $1 AND scenario_id = $2', [cohortId, scenarioId]);
  }
  forgetPlayable(scenarios, cohortId);
  return scenarios.shipped(cohortId);
}
