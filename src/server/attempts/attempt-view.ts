// The attempt as the API returns it (the contract's Attempt), built from its stored row so that a
// retried submission returns exactly the original answer.
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
  [key: string]: unknown;
}

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
    // Only finished exam attempts count on leaderboards.
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
