// The trainee's cohort data: the membership (with its secret token), the submissions queued for
// the cohort server, and the server's answers; the cohort's published scenario versions
// downloaded for offline play, and the trainee's assignments as last fetched. Parsed with these schemas on every read from
// IndexedDB; what is sent and the server's answers are the API contract's (src/contract).
import { z } from 'zod';
import { Language } from '../core/schemas/scenario-meta.ts';
import { MyAssignment } from '../contract/assignments.ts';
import { Attempt, SubmitAttemptBody } from '../contract/attempts.ts';
import { PlayableVersion, ScenarioVersion } from '../contract/scenarios.ts';

const Iso = z.iso.datetime();

export const Membership = z.object({
  traineeId: z.string().min(1),
  cohortId: z.string().min(1),
  cohortName: z.string(),
  displayName: z.string().min(1),
  /** The trainee token (`trt_…`): shown once by the server, so it lives only here. */
  token: z.string().min(8),
  joinedAt: Iso,
});
export type Membership = z.infer<typeof Membership>;

/**
 * What POST /api/attempts takes (the contract's body: replay inputs and the run's idempotency
 * key, its attempt id), as queued: always with its language, and `abandoned` only when set.
 */
export const SubmitBody = SubmitAttemptBody.extend({
  language: Language,
  /** An exam the trainee left before its ending: the server stores it for the trainer, never ranked. */
  abandoned: z.boolean().optional(),
});
export type SubmitBody = z.infer<typeof SubmitBody>;

/** The server's verified attempt: the score it computed by replaying the inputs. */
export const VerifiedAttempt = Attempt;
export type VerifiedAttempt = Attempt;

export const SubmissionState = z.enum(['queued', 'submitted', 'rejected']);
export type SubmissionState = z.infer<typeof SubmissionState>;

export const Submission = z.object({
  /** The idempotency key, which is the local attempt id. */
  key: z.string().min(8),
  traineeId: z.string().min(1),
  body: SubmitBody,
  state: SubmissionState,
  /** Sends that got no final answer (network, timeout, 429, 5xx). */
  tries: z.number().int().nonnegative(),
  /** Not sent again before this time (backoff); null = as soon as possible. */
  nextTryAt: Iso.nullable(),
  lastError: z.string().nullable(),
  queuedAt: Iso,
  settledAt: Iso.nullable(),
  verified: VerifiedAttempt.nullable(),
  /** Why the server refused it for good (a 4xx other than 429). */
  rejection: z.object({ status: z.number().int(), reason: z.string() }).nullable(),
});
export type Submission = z.infer<typeof Submission>;

/** What the game needs of a version the server lists (GET /api/scenarios). */
export const ServerScenario = ScenarioVersion.pick({ contentHash: true, scenarioId: true, language: true, title: true, source: true });
export type ServerScenario = z.infer<typeof ServerScenario>;

/** The cohort server's scenario list as last fetched, so an offline finish can still be judged. */
export const KnownScenarios = z.object({
  traineeId: z.string(),
  fetchedAt: Iso,
  scenarios: z.array(ServerScenario),
});
export type KnownScenarios = z.infer<typeof KnownScenarios>;

/**
 * A version the trainee's cohort published, as downloaded (GET /api/scenarios/:contentHash) and
 * kept on this device so it plays offline, keyed by its content hash.
 */
export const CohortVersion = PlayableVersion.extend({
  cohortId: z.string().min(1),
  /** The cohort's name when it was downloaded, shown with the scenario. */
  cohortName: z.string(),
  downloadedAt: Iso,
  /**
   * When the server stopped listing it (retired, or replaced by a newer version): it is offered no
   * more, and kept only for the attempts played on it (their titles and replays).
   */
  withdrawnAt: Iso.nullable().default(null),
});
export type CohortVersion = z.infer<typeof CohortVersion>;

/** GET /api/me/assignments as last fetched for this trainee, so the list shows them offline. */
export const CachedAssignments = z.object({
  traineeId: z.string(),
  fetchedAt: Iso,
  assignments: z.array(MyAssignment),
});
export type CachedAssignments = z.infer<typeof CachedAssignments>;
