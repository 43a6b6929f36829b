// The attempt as the API returns it, built from its stored row so that a retried submission
// returns exactly the original answer.
import type { Scores } from '../../core/schemas/score.ts';

export interface AttemptRow {
  id: string;
  seq: number;
  cohort_id: string;
  trainee_id: string;
  idempotency_key: string;
  scenario_id: string;
  content_hash: string;
  language: string;
  rubric_version: string;
  seed: number;
  choices: number[];
  mode: 'coach' | 'exam';
  status: 'finished' | 'abandoned';
  outcome: string | null;
  overall: number;
  scores: Scores;
  not_assessed: string[];
  out_of_reach: string[];
  techniques: string[];
  faults: string[];
  red_lines: string[];
  simulated_seconds: number;
  submitted_at: string;
  [key: string]: unknown;
}

export interface AttemptView {
  attemptId: string;
  idempotencyKey: string;
  traineeId: string;
  scenarioId: string;
  contentHash: string;
  language: string;
  rubricVersion: string;
  seed: number;
  choices: number[];
  mode: 'coach' | 'exam';
  /** finished: played to an ending; abandoned: an exam left before its ending, scored as it stood. */
  status: 'finished' | 'abandoned';
  /** Only finished exam attempts count on leaderboards. */
  ranked: boolean;
  outcome: string | null;
  overall: number;
  scores: Scores;
  notAssessed: string[];
  /** Dimensions the ending reached gave no chance to earn, left out of the overall (rubric 2.0.0 on). */
  outOfReach: string[];
  techniques: string[];
  faults: string[];
  /** Red-line faults committed, first committed first; any one caps the overall (rubric 2.0.0 on). */
  redLines: string[];
  simulatedSeconds: number;
  submittedAt: string;
}

export function attemptView(r: AttemptRow): AttemptView {
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
    ranked: r.mode === 'exam' && r.status === 'finished',
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
  };
}
