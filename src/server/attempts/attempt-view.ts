// The attempt as the API returns it (the contract's Attempt), built from its stored row so that a
// retried submission returns exactly the original answer; and the rule for which attempts rank.
import type { Attempt } from '../../contract/attempts.ts';
import type { AttemptStatus, PlayMode } from '../../core/schemas/records.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { Scores } from '../../core/schemas/score.ts';
import type { OutcomeKind } from '../../core/story/story-tags.ts';

/** A row of `attempts`; every value was validated before it was written. */
export interface AttemptRow {
  id: string;
  seq: number;
  cohort_id: string;
  trainee_id: string;
  idempotency_key: string;
  scenario_id: string;
  content_hash: string;
  language: Language;
  rubric_version: string;
  seed: number;
  choices: number[];
  mode: PlayMode;
  status: AttemptStatus;
  outcome: OutcomeKind | null;
  overall: number;
  scores: Scores;
  not_assessed: string[];
  out_of_reach: string[];
  techniques: string[];
  faults: string[];
  red_lines: string[];
  simulated_seconds: number;
  submitted_at: string;
  played_on: 'server' | 'browser';
  exam_id: string | null;
  wall_seconds: number | null;
  time_limit: number | null;
  over_time: boolean;
  /** Per trainee reply of a server-played exam: ms since the previous turn (or the start); null for a browser play. */
  turn_times_ms: Array<number | null> | null;
  [key: string]: unknown;
}

/**
 * Only an exam played turn by turn on the server and finished counts on leaderboards: a run
 * played in the browser could have been produced without playing (issue 13), and an abandoned
 * exam has no final score. The same rule, in SQL, picks the rows attempt-store.ts ranks.
 */
export const isRanked = (r: Pick<AttemptRow, 'played_on' | 'mode' | 'status'>): boolean =>
  r.played_on === 'server' && r.mode === 'exam' && r.status === 'finished';

export function attemptView(r: AttemptRow): Attempt {
  return {
    attemptId: r.id,
    idempotencyKey: r.idempotency_key,
    traineeId: r.trainee_id,
    scenarioId: r.scenario_id,
    contentHash: r.content_hash,
    language: r.language,
    rubricVersion: r.rubric_version,
    seed: r.seed,
    choices: r.choices,
    mode: r.mode,
    status: r.status,
    ranked: isRanked(r),
    outcome: r.outcome,
    overall: r.overall,
    scores: r.scores,
    notAssessed: r.not_assessed,
    outOfReach: r.out_of_reach,
    techniques: r.techniques,
    faults: r.faults,
    redLines: r.red_lines,
    simulatedSeconds: r.simulated_seconds,
    submittedAt: r.submitted_at,
    playedOn: r.played_on,
    examId: r.exam_id,
    wallSeconds: r.wall_seconds,
    timeLimit: r.time_limit,
    overTime: r.over_time,
  };
}
