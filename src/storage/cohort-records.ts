// The trainee's cohort data: the membership (with its secret token), the submissions queued for
// the cohort server, and the server's answers. Parsed with these schemas on every read from
// IndexedDB; the server's answers are checked by the src/net client's schemas (docs/api.md).
import { z } from 'zod';
import { Language, ScenarioId } from '../core/schemas/scenario-meta.ts';
import { PlayMode } from '../core/schemas/records.ts';
import { Attempt } from '../net/schemas/attempt-responses.ts';
import { ScenarioVersion } from '../net/schemas/scenario-responses.ts';

const Iso = z.iso.datetime();
const Hash = z.string().regex(/^[0-9a-f]{64}$/);

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

/** What POST /api/attempts takes: the replay inputs and the run's idempotency key (its attempt id). */
export const SubmitBody = z.object({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_.:-]{8,128}$/),
  scenarioId: ScenarioId,
  contentHash: Hash,
  rubricVersion: z.string().min(1),
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  choices: z.array(z.number().int().nonnegative()).max(1000),
  mode: PlayMode,
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
