// Accepts an attempt: replays its inputs under the rubric they name, stores the verified result
// exactly once per (trainee, idempotency key), updates the leaderboard bests and queues the xAPI
// statement, all in one transaction. A retry with the same key returns the original result
// unchanged. An abandoned exam (left before its ending) is scored as it stood, stored for the
// trainer and never ranked.
import type { Clock } from '../../core/ports.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import { ReplayMismatchError } from '../../core/session/replay.ts';
import type { Database, Queryable } from '../db/database.ts';
import type { TraineeCaller } from '../http/auth.ts';
import type { SubmitAttemptBody } from '../http/api-schemas.ts';
import { conflict, unprocessable } from '../http/api-error.ts';
import type { ScenarioStore } from '../scenarios/scenario-store.ts';
import { recordBest } from '../leaderboard/leaderboard.ts';
import { weekStart } from '../leaderboard/week-start.ts';
import { newId } from '../secrets.ts';
import type { XapiOutbox } from '../xapi/xapi-outbox.ts';
import { buildStatement } from '../xapi/xapi-statement.ts';
import { attemptView, type AttemptRow, type AttemptView } from './attempt-view.ts';
import { verifyAttempt } from './verify-attempt.ts';
import { knownRubricVersions, rubricOfAttempt } from './attempt-rubric.ts';

export interface SubmitDeps {
  db: Database;
  clock: Clock;
  /** The server's current rubric; an attempt is scored under the one its rubricVersion names. */
  rubric: Rubric;
  scenarios: ScenarioStore;
  weekOffsetMinutes: number;
  xapi: { outbox: XapiOutbox; publicUrl: string } | null;
}

export interface Submitted {
  /** false when the key had been used before and the original result is returned. */
  created: boolean;
  attempt: AttemptView;
}

async function existing(db: Queryable, traineeId: string, key: string): Promise<AttemptRow | null> {
  const [row] = await db.query<AttemptRow>('SELECT * FROM attempts WHERE trainee_id = $1 AND idempotency_key = $2', [traineeId, key]);
  return row ?? null;
}

function sameInputs(row: AttemptRow, body: SubmitAttemptBody): boolean {
  return row.scenario_id === body.scenarioId && row.content_hash === body.contentHash && row.rubric_version === body.rubricVersion
    && row.seed === body.seed && row.mode === body.mode && JSON.stringify(row.choices) === JSON.stringify(body.choices)
    && (row.status === 'abandoned') === body.abandoned;
}

function original(row: AttemptRow, body: SubmitAttemptBody): Submitted {
  if (!sameInputs(row, body)) throw conflict(`idempotency key "${body.idempotencyKey}" was already used for a different attempt`);
  return { created: false, attempt: attemptView(row) };
}

export async function submitAttempt(deps: SubmitDeps, trainee: TraineeCaller, body: SubmitAttemptBody): Promise<Submitted> {
  const before = await existing(deps.db, trainee.traineeId, body.idempotencyKey);
  if (before) return original(before, body);

  // A coached run the trainee leaves is kept on the device to resume; only an exam is given up.
  if (body.abandoned && body.mode !== 'exam') throw unprocessable('only an exam attempt can be abandoned: a coached run that is left stays on the device to resume');
  const rubric = rubricOfAttempt(body.rubricVersion, deps.rubric);
  if (!rubric) {
    throw unprocessable(`unknown rubric version "${body.rubricVersion}": this server scores attempts under rubric ${knownRubricVersions(deps.rubric).join(' or ')}`);
  }
  // Unknown hashes and other cohorts' versions get the same answer: no probing across cohorts.
  const version = await deps.scenarios.accessible(trainee.cohortId, body.contentHash);
  const scored = version && await deps.scenarios.scoredUnder(body.contentHash, rubric);
  if (!version || !scored) throw unprocessable(`unknown scenario version ${body.contentHash.slice(0, 12)} for this cohort`);
  if (!scored.ok) throw unprocessable(scored.reason);
  const { bundle } = scored.version;
  if (body.language !== undefined && body.language !== bundle.language) {
    throw unprocessable(`version ${body.contentHash.slice(0, 12)} is the ${bundle.language} story, not ${body.language}`);
  }
  let verified;
  try {
    verified = verifyAttempt(bundle, rubric, body);
  } catch (error) {
    if (error instanceof ReplayMismatchError) throw unprocessable(`the attempt does not replay: ${error.message}`);
    throw error;
  }
  if (!verified.ended && !body.abandoned) throw unprocessable(`the attempt does not replay: the conversation has not ended after ${body.choices.length} choices`);
  if (verified.ended && body.abandoned) {
    throw unprocessable(`the attempt is not abandoned: the conversation reached its ending after ${body.choices.length} choices, so send it without "abandoned"`);
  }

  const status = body.abandoned ? 'abandoned' : 'finished';
  const { result, decisions } = verified;
  const now = deps.clock.now();
  const submittedAt = new Date(now).toISOString();
  const week = weekStart(now, deps.weekOffsetMinutes);
  const techniques = [...new Set(result.evidence.filter((e) => e.reason === 'technique' && e.item !== null).map((e) => e.item!))];
  const faults = [...new Set(result.evidence.filter((e) => e.reason === 'fault' && e.item !== null).map((e) => e.item!))];
  const simulatedSeconds = result.transcript.at(-1)?.at ?? 0;

  const stored = await deps.db.transaction(async (tx) => {
    const [row] = await tx.query<AttemptRow>(
      `INSERT INTO attempts (id, cohort_id, trainee_id, idempotency_key, scenario_id, content_hash, language, rubric_version,
                             seed, choices, mode, outcome, overall, scores, not_assessed, techniques, faults,
                             simulated_seconds, submitted_at, week_start, status, red_lines, out_of_reach)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14::jsonb, $15::jsonb, $16::jsonb, $17::jsonb,
               $18, $19::timestamptz, $20::date, $21, $22::jsonb, $23::jsonb)
       ON CONFLICT (trainee_id, idempotency_key) DO NOTHING
       RETURNING *`,
      [
        newId(), trainee.cohortId, trainee.traineeId, body.idempotencyKey, body.scenarioId, body.contentHash, bundle.language,
        body.rubricVersion, body.seed, JSON.stringify(body.choices), body.mode, result.outcome, result.overall,
        JSON.stringify(result.scores), JSON.stringify(result.notAssessed), JSON.stringify(techniques), JSON.stringify(faults),
        simulatedSeconds, submittedAt, week, status, JSON.stringify(result.redLines), JSON.stringify(result.outOfReach),
      ],
    );
    if (!row) return null; // a concurrent request with the same key won
    for (const d of decisions) {
      await tx.query(
        `INSERT INTO attempt_decisions (attempt_id, step, content_hash, point, prompt, choice_index, choice_text, points, faults)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
        [row.id, d.step, body.contentHash, d.point, d.prompt, d.index, d.text, d.points, JSON.stringify(d.faults)],
      );
    }
    if (row.mode === 'exam') {
      // An abandoned exam is on the record (the trainer sees it, the LRS hears of it) but never ranked.
      if (row.status === 'finished') {
        await recordBest(tx, {
          cohortId: row.cohort_id, scenarioId: row.scenario_id, traineeId: row.trainee_id, attemptId: row.id,
          overall: row.overall, submittedAt: row.submitted_at, seq: row.seq, weekStart: week,
        });
      }
      if (deps.xapi) {
        const [cohort] = await tx.query<{ name: string }>('SELECT name FROM cohorts WHERE id = $1', [row.cohort_id]);
        const statementId = newId();
        await deps.xapi.outbox.enqueue(tx, row.id, statementId, buildStatement({
          statementId, publicUrl: deps.xapi.publicUrl, cohortId: row.cohort_id, cohortName: cohort?.name ?? '',
          traineeId: row.trainee_id, displayName: trainee.displayName, attemptId: row.id, scenarioId: row.scenario_id,
          title: bundle.meta.title, language: row.language, contentHash: row.content_hash, rubricVersion: row.rubric_version,
          outcome: row.outcome, overall: row.overall, scores: row.scores, passMark: trainee.passMark,
          simulatedSeconds: row.simulated_seconds, submittedAt: row.submitted_at, status: row.status, redLines: row.red_lines,
        }));
      }
    }
    return row;
  });
  if (stored === null) {
    const winner = await existing(deps.db, trainee.traineeId, body.idempotencyKey);
    if (!winner) throw conflict('the attempt was being stored by another request: retry');
    return original(winner, body);
  }
  if (deps.xapi && stored.mode === 'exam') deps.xapi.outbox.kick();
  return { created: true, attempt: attemptView(stored) };
}
