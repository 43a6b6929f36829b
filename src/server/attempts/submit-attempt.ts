// Accepts an attempt: replays its inputs under the rubric they name, stores the verified result
// exactly once per (trainee, idempotency key), updates the leaderboard bests and queues the xAPI
// statement, all in one transaction. A retry with the same key returns the original result
// unchanged. An abandoned exam (left before its ending) is scored as it stood, stored for the
// trainer and never ranked. The replay runs in a verification worker (deps.verifier); what is left
// on the event loop is one write, shared with submissions arriving together (attempt-store.ts).
import type { Clock } from '../../core/clock.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { Database } from '../db/database.ts';
import type { TraineeCaller } from '../http/auth.ts';
import type { Attempt, SubmitAttemptBody } from '../../contract/attempts.ts';
import { ApiError, conflict, unprocessable } from '../http/api-error.ts';
import type { ScenarioStore } from '../scenarios/scenario-store.ts';
import { weekStart } from '../leaderboard/week-start.ts';
import { newId } from '../secrets.ts';
import type { Verifier } from '../verify/verifier.ts';
import type { XapiOutbox } from '../xapi/xapi-outbox.ts';
import { buildStatement } from '../xapi/xapi-statement.ts';
import { attemptView, type AttemptRow } from './attempt-view.ts';
import { knownRubricVersions, rubricOfAttempt } from './attempt-rubric.ts';
import { attemptStoreOf, storeAttempts, type NewAttempt } from './attempt-store.ts';
import { playable } from './playable-versions.ts';

export interface SubmitDeps {
  db: Database;
  clock: Clock;
  /** The server's current rubric; an attempt is scored under the one its rubricVersion names. */
  rubric: Rubric;
  scenarios: ScenarioStore;
  verifier: Verifier;
  weekOffsetMinutes: number;
  xapi: { outbox: XapiOutbox; publicUrl: string } | null;
}

export interface Submitted {
  /** false when the key had been used before and the original result is returned. */
  created: boolean;
  attempt: Attempt;
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

/**
 * The version's bundle bounded under `rubric`. The usual case, the rubric it was checked under,
 * is the store's in-memory bundle: no query for the best path, which scoring does not need.
 */
async function scoredBundle(scenarios: ScenarioStore, contentHash: string, rubric: Rubric): Promise<
  { ok: true; bundle: ScenarioBundle } | { ok: false; reason: string } | null
> {
  const stored = await scenarios.bundle(contentHash);
  if (!stored) return null;
  if (stored.rubricVersion === rubric.version) return { ok: true, bundle: stored };
  const scored = await scenarios.scoredUnder(contentHash, rubric);
  if (!scored) return null;
  return scored.ok ? { ok: true, bundle: scored.version.bundle } : scored;
}

// A retry is rare, so the key is not looked up first: the attempt is verified and stored, and only
// when the key turns out taken (or the attempt is refused, since a retry must get the original
// answer even if it would be refused now) is the original fetched. That saves the busy path one
// query per submission.
export async function submitAttempt(deps: SubmitDeps, trainee: TraineeCaller, body: SubmitAttemptBody): Promise<Submitted> {
  const attempts = attemptStoreOf(deps.db);
  try {
    return await verifyAndStore(deps, trainee, body);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 422) throw error;
    const before = await attempts.find(trainee.traineeId, body.idempotencyKey);
    if (before) return original(before, body);
    throw error;
  }
}

async function verifyAndStore(deps: SubmitDeps, trainee: TraineeCaller, body: SubmitAttemptBody): Promise<Submitted> {
  const attempts = attemptStoreOf(deps.db);
  // A coached run the trainee leaves is kept on the device to resume; only an exam is given up.
  if (body.abandoned && body.mode !== 'exam') throw unprocessable('only an exam attempt can be abandoned: a coached run that is left stays on the device to resume');
  const rubric = rubricOfAttempt(body.rubricVersion, deps.rubric);
  if (!rubric) {
    throw unprocessable(`unknown rubric version "${body.rubricVersion}": this server scores attempts under rubric ${knownRubricVersions(deps.rubric).join(' or ')}`);
  }
  // Unknown hashes and other cohorts' versions get the same answer: no probing across cohorts.
  const bundle = await playable(deps.scenarios, trainee.cohortId, body.contentHash)
    ? await scoredBundle(deps.scenarios, body.contentHash, rubric)
    : null;
  if (!bundle) throw unprocessable(`unknown scenario version ${body.contentHash.slice(0, 12)} for this cohort`);
  if (!bundle.ok) throw unprocessable(bundle.reason);
  const { meta, language } = bundle.bundle;
  if (body.language !== undefined && body.language !== language) {
    throw unprocessable(`version ${body.contentHash.slice(0, 12)} is the ${language} story, not ${body.language}`);
  }
  const verified = await deps.verifier.verify(bundle.bundle, rubric, body);
  if (!verified.ok) {
    throw unprocessable(verified.kind === 'mismatch'
      ? `the attempt does not replay: ${verified.message}`
      : `this scenario version cannot be replayed: ${verified.message}`);
  }
  const summary = verified.summary;
  if (!summary.ended && !body.abandoned) throw unprocessable(`the attempt does not replay: the conversation has not ended after ${body.choices.length} choices`);
  if (summary.ended && body.abandoned) {
    throw unprocessable(`the attempt is not abandoned: the conversation reached its ending after ${body.choices.length} choices, so send it without "abandoned"`);
  }

  const status = body.abandoned ? 'abandoned' : 'finished';
  const now = deps.clock.now();
  const submittedAt = new Date(now).toISOString();
  const week = weekStart(now, deps.weekOffsetMinutes);

  const attempt: NewAttempt = {
    id: newId(), cohort_id: trainee.cohortId, trainee_id: trainee.traineeId, idempotency_key: body.idempotencyKey,
    scenario_id: body.scenarioId, content_hash: body.contentHash, language, rubric_version: body.rubricVersion, seed: body.seed,
    choices: body.choices, mode: body.mode, outcome: summary.outcome, overall: summary.overall, scores: summary.scores,
    not_assessed: summary.notAssessed, techniques: summary.techniques, faults: summary.faults,
    simulated_seconds: summary.simulatedSeconds, submitted_at: submittedAt, week_start: week, status,
    red_lines: summary.redLines, out_of_reach: summary.outOfReach, decisions: summary.decisions,
  };
  // Without xAPI the attempt is one statement, shared with whatever else is being stored; the
  // xAPI statement joins it in a transaction of its own.
  const xapi = deps.xapi && body.mode === 'exam' ? deps.xapi : null;
  const stored = xapi === null
    ? await attempts.store(attempt)
    : await deps.db.transaction(async (tx) => {
      const [row] = await storeAttempts(tx, [attempt]);
      if (!row) return null;
      // An abandoned exam is never ranked, but it is on the record: the LRS hears of it too.
      const [cohort] = await tx.query<{ name: string }>('SELECT name FROM cohorts WHERE id = $1', [row.cohort_id]);
      const statementId = newId();
      await xapi.outbox.enqueue(tx, row.id, statementId, buildStatement({
        statementId, publicUrl: xapi.publicUrl, cohortId: row.cohort_id, cohortName: cohort?.name ?? '',
        traineeId: row.trainee_id, displayName: trainee.displayName, attemptId: row.id, scenarioId: row.scenario_id,
        title: meta.title, language: row.language, contentHash: row.content_hash, rubricVersion: row.rubric_version,
        outcome: row.outcome, overall: row.overall, scores: row.scores, passMark: trainee.passMark,
        simulatedSeconds: row.simulated_seconds, submittedAt: row.submitted_at, status: row.status, redLines: row.red_lines,
      }));
      return row;
    });
  if (stored === null) {
    const winner = await attempts.find(trainee.traineeId, body.idempotencyKey);
    if (!winner) throw conflict('the attempt was being stored by another request: retry');
    return original(winner, body);
  }
  xapi?.outbox.kick();
  return { created: true, attempt: attemptView(stored) };
}
