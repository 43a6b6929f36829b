// Decides whether a stored attempt goes to the cohort server as replay inputs (POST
// /api/attempts), and builds its queued submission. Only coach runs go that way now, as practice
// the trainee chose to share (never ranked), and only of scenarios the server knows (shipped, or
// published to the cohort, same content hash); a trainer's local scenarios stay on this device.
// Exams never do: a cohort exam is played on the server turn by turn and stored there already.
import type { AttemptRecord } from '../../core/schemas/records.ts';
import type { KnownScenarios, Membership, Submission, SubmitBody } from '../../storage/cohort-records.ts';

export type SkipReason = 'no-cohort' | 'local' | 'exam' | 'not-shared' | 'unknown-version';

export type SubmissionPlan = { submit: true; body: SubmitBody } | { submit: false; reason: SkipReason };

export interface PlanOptions {
  /** The trainee's setting: share finished coach runs with the trainer. */
  shareCoachRuns: boolean;
}

/**
 * `known`: whether the server lists the attempt's content hash — 'unsure' when there is no list to
 * go by (offline before the first fetch); the server then decides and says why if it refuses.
 */
export function submissionPlan(attempt: AttemptRecord, membership: Membership | null, known: 'yes' | 'no' | 'unsure', options: PlanOptions): SubmissionPlan {
  if (attempt.local) return { submit: false, reason: 'local' };
  if (!membership) return { submit: false, reason: 'no-cohort' };
  if (attempt.mode === 'exam') return { submit: false, reason: 'exam' };
  if (!options.shareCoachRuns) return { submit: false, reason: 'not-shared' };
  if (known === 'no') return { submit: false, reason: 'unknown-version' };
  return {
    submit: true,
    body: {
      idempotencyKey: attempt.id,
      scenarioId: attempt.scenarioId,
      contentHash: attempt.contentHash,
      rubricVersion: attempt.rubricVersion,
      seed: attempt.seed,
      choices: [...attempt.choices],
      mode: 'coach',
      language: attempt.language,
    },
  };
}

/** Whether the list fetched for this trainee holds the version; 'unsure' without a usable list. */
export function knownVersion(known: KnownScenarios | null, traineeId: string, contentHash: string): 'yes' | 'no' | 'unsure' {
  if (!known || known.traineeId !== traineeId) return 'unsure';
  return known.scenarios.some((s) => s.contentHash === contentHash) ? 'yes' : 'no';
}

export function newSubmission(body: SubmitBody, membership: Membership, queuedAt: string): Submission {
  return {
    key: body.idempotencyKey,
    traineeId: membership.traineeId,
    body,
    state: 'queued',
    tries: 0,
    nextTryAt: null,
    lastError: null,
    queuedAt,
    settledAt: null,
    verified: null,
    rejection: null,
  };
}
