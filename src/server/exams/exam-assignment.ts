// An exam started "for" an assignment must be for one of the cohort's current assignments, and of
// its scenario (and language, when the assignment names one); otherwise the start is refused.
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { Queryable } from '../db/database.ts';
import { unprocessable } from '../http/api-error.ts';

export async function checkAssignment(db: Queryable, cohortId: string, assignmentId: string, bundle: ScenarioBundle): Promise<void> {
  const [row] = await db.query<{ scenario_id: string; language: string | null }>(
    'SELECT scenario_id, language FROM assignments WHERE id = $1 AND cohort_id = $2 AND removed_at IS NULL',
    [assignmentId, cohortId],
  );
  if (!row) throw unprocessable(`no assignment ${assignmentId} in this cohort (it may have been removed)`);
  if (row.scenario_id !== bundle.meta.id) throw unprocessable(`assignment ${assignmentId} is for scenario "${row.scenario_id}", not "${bundle.meta.id}"`);
  if (row.language !== null && row.language !== bundle.language) {
    throw unprocessable(`assignment ${assignmentId} asks for the ${row.language} version, not ${bundle.language}`);
  }
}
