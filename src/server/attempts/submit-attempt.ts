// Accepts an attempt played in the browser (coached practice): replays its inputs under the
// rubric they name, stores the verified result exactly once per (trainee, idempotency key) with
// its decisions, all in one statement. A retry with the same key returns the original result
// unchanged. An exam is refused: exams are played on the server turn by turn (src/server/exams),
// since a browser holding the story could produce any score without playing. The replay runs in
// a verification worker (deps.verifier); what is left on the event loop is one write, shared with
// submissions arriving together (attempt-store.ts).
import type { Clock } from '../../core/clock.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Database } from '../db/database.ts';
import type { TraineeCaller } from '../http/auth.ts';
import type { Attempt, SubmitAttemptBody } from '../../contract/attempts.ts';
import { ApiError, conflict, unprocessable } from '../http/api-error.ts';
import type { ScenarioStore } from '../scenarios/scenario-store.ts';
import { weekStart } from '../leaderboard/week-start.ts';
import { newId } from '../secrets.ts';
import type { Verifier } from '../verify/verifier.ts';
import { attemptView, type AttemptRow } from './attempt-view.ts';
import { knownRubricVersions, rubricOfAttempt } from './attempt-rubric.ts';
import { attemptStoreOf, type NewAttempt } from './attempt-store.ts';
import { playable } from './playable-versions.ts';
import { scoredBundle } from './scored-bundle.ts';

/** Why a browser-played exam is refused: the reason names where exams are played now. */
export const EXAMS_ON_THE_SERVER = 'exams are played on the server, turn by turn: POST /api/exams';

export interface SubmitDeps {
  db: Database;
  clock: Clock;
  /** The server's current rubric; an attempt is scored under the one its rubricVersion names. */
  rubric: Rubric;
  scenarios: ScenarioStore;
  verifier: Verifier;
  weekOffsetMinutes: number;
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
  if (body.mode === 'exam') throw unprocessable(EXAMS_ON_THE_SERVER);
  // A coached run the trainee leaves is kept on the device to resume; only an exam is given up.
  if (body.abandoned) throw unprocessable(`only an exam can be abandoned (${EXAMS_ON_THE_SERVER}): a coached run that is left stays on the device to resume`);
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
  const { language } = bundle.bundle;
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
  if (!summary.ended) throw unprocessable(`the attempt does not replay: the conversation has not ended after ${body.choices.length} choices`);

  const now = deps.clock.now();
  const attempt: NewAttempt = {
    id: newId(), cohort_id: trainee.cohortId, trainee_id: trainee.traineeId, idempotency_key: body.idempotencyKey,
    scenario_id: body.scenarioId, content_hash: body.contentHash, language, rubric_version: body.rubricVersion, seed: body.seed,
    choices: body.choices, mode: body.mode, outcome: summary.outcome, overall: summary.overall, scores: summary.scores,
    not_assessed: summary.notAssessed, techniques: summary.techniques, faults: summary.faults,
    simulated_seconds: summary.simulatedSeconds, submitted_at: new Date(now).toISOString(), week_start: weekStart(now, deps.weekOffsetMinutes),
    status: 'finished', red_lines: summary.redLines, out_of_reach: summary.outOfReach, decisions: summary.decisions,
    played_on: 'browser', exam_id: null, wall_seconds: null, time_limit: null, over_time: false, turn_times_ms: null,
  };
  const stored = await attempts.store(attempt);
  if (stored === null) {
    const winner = await attempts.find(trainee.traineeId, body.idempotencyKey);
    if (!winner) throw conflict('the attempt was being stored by another request: retry');
    return original(winner, body);
  }
  return { created: true, attempt: attemptView(stored) };
}
