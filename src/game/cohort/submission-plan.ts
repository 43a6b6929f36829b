// Decides whether a stored attempt goes to the cohort server, and builds its queued submission.
// Only exam runs of scenarios the server knows (shipped, same content hash) can be verified there;
// coach runs and a trainer's local scenarios stay on this device. An exam the trainee left goes
// too, marked abandoned: the trainer sees it, and it is never ranked.
import type { AttemptRecord } from '../../core/schemas/records.ts';
import type { KnownScenarios, Membership, Submission, SubmitBody } from '../../storage/cohort-records.ts';

export type SkipReason = 'no-cohort' | 'local' | 'coach' | 'unknown-version';

export type SubmissionPlan = { submit: true; body: SubmitBody } | { submit: false; reason: SkipReason };

/**
 * `known`: whether the server lists the attempt's content hash — 'unsure' when there is no list to
 * go by (offline before the first fetch); the server then decides and says why if it refuses.
 */
export function submissionPlan(attempt: AttemptRecord, membership: Membership | null, known: 'yes' | 'no' | 'unsure'): SubmissionPlan {
  if (attempt.local) return { submit: false, reason: 'local' };
  if (!membership) return { submit: false, reason: 'no-cohort' };
  if (attempt.mode !== 'exam') return { submit: false, reason: 'coach' };
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
      mode: attempt.mode,
      language: attempt.language,
      ...(attempt.status === 'abandoned' ? { abandoned: true } : {}),
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
