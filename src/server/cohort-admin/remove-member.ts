// Removing a member from a cohort: the trainee row is kept (their attempts stay on the record,
// under their name) and marked removed, so their token answers 401 from the next request on
// (http/auth.ts) and they leave the member list, the leaderboards and assignment counts. This
// process's memory of their token goes at once; an open exam of theirs is left as it is.
import type { RemovedMember } from '../../contract/cohort-admin.ts';
import type { Queryable } from '../db/database.ts';
import { knownCallersOf } from '../http/known-callers.ts';

/** Marks the cohort's trainee removed (once: removing again answers the first removal); null when not the cohort's. */
export async function removeMember(db: Queryable, cohortId: string, traineeId: string, now: string): Promise<RemovedMember | null> {
  const [row] = await db.query<{ id: string; display_name: string; removed_at: string }>(
    `UPDATE trainees SET removed_at = coalesce(removed_at, $3::timestamptz)
      WHERE id = $1 AND cohort_id = $2
      RETURNING id, display_name, removed_at`,
    [traineeId, cohortId, now],
  );
  if (!row) return null;
  knownCallersOf(db).forgetWhere((caller) => caller.kind === 'trainee' && caller.traineeId === row.id);
  return { traineeId: row.id, displayName: row.display_name, removedAt: row.removed_at };
}
