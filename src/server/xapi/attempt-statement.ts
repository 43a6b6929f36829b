// Queues the xAPI statement of one stored exam attempt, in the transaction that stores it, so the
// Learning Record Store hears of every exam exactly once (the outbox delivers it later).
import type { Queryable } from '../db/database.ts';
import type { TraineeCaller } from '../http/auth.ts';
import type { AttemptRow } from '../attempts/attempt-view.ts';
import { newId } from '../secrets.ts';
import type { XapiOutbox } from './xapi-outbox.ts';
import { buildStatement } from './xapi-statement.ts';

export interface XapiTarget {
  outbox: XapiOutbox;
  /** Base of the statement's IRIs. */
  publicUrl: string;
}

/** `title`: the scenario's title, the activity's name. Call outbox.kick() once the transaction commits. */
export async function enqueueAttemptStatement(tx: Queryable, xapi: XapiTarget, row: AttemptRow, trainee: TraineeCaller, title: string): Promise<void> {
  const [cohort] = await tx.query<{ name: string }>('SELECT name FROM cohorts WHERE id = $1', [row.cohort_id]);
  const statementId = newId();
  await xapi.outbox.enqueue(tx, row.id, statementId, buildStatement({
    statementId, publicUrl: xapi.publicUrl, cohortId: row.cohort_id, cohortName: cohort?.name ?? '',
    traineeId: row.trainee_id, displayName: trainee.displayName, attemptId: row.id, scenarioId: row.scenario_id,
    title, language: row.language, contentHash: row.content_hash, rubricVersion: row.rubric_version,
    outcome: row.outcome, overall: row.overall, scores: row.scores, passMark: trainee.passMark,
    simulatedSeconds: row.simulated_seconds, submittedAt: row.submitted_at, status: row.status, redLines: row.red_lines,
  }));
}
