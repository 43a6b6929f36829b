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
  outcome: string | null;
  overall: number;
  scores: Scores;
  not_assessed: string[];
  techniques: string[];
  faults: string[];
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
  /** Only exam attempts count on leaderboards. */
  ranked: boolean;
  outcome: string | null;
  overall: number;
  scores: Scores;
  notAssessed: string[];
  techniques: string[];
  faults: string[];
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
    ranked: r.mode === 'exam',
    outcome: r.outcome,
    overall: r.overall,
    scores: r.scores,
    notAssessed: r.not_assessed,
    techniques: r.techniques,
    faults: r.faults,
    simulatedSeconds: r.simulated_seconds,
    submittedAt: r.submitted_at,
  };
}
