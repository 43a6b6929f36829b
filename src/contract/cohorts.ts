// Cohorts and callers: creating and joining (each answer carries its secret once), "who am I",
// and the cohort's summary for its trainer. Request objects strip unknown keys.
import { z } from 'zod';
import { Timestamp, Uuid } from './common.ts';
import { JOIN_CODE, normaliseJoinCode } from './join-code.ts';
import { shownText } from './shown-text.ts';

export const CreateCohortBody = z.object({
  name: shownText(100),
  /** 0–100, default 60: xAPI "passed" when overall ≥ passMark. */
  passMark: z.number().int().min(0).max(100).default(60),
});
export type CreateCohortInput = z.input<typeof CreateCohortBody>;

export const CreatedCohort = z.object({
  cohortId: Uuid,
  name: z.string(),
  joinCode: z.string(),
  passMark: z.number().int(),
  /** Shown once: the server keeps only its hash. */
  trainerKey: z.string().startsWith('trk_'),
  createdAt: Timestamp,
});
export type CreatedCohort = z.infer<typeof CreatedCohort>;

export const JoinCohortBody = z.object({
  /** The 8-character cohort code, in any case, with spaces or a hyphen. */
  code: z.string().max(32).transform(normaliseJoinCode).pipe(z.string().regex(JOIN_CODE, 'a join code is 8 letters and digits')),
  displayName: shownText(40),
});
export type JoinCohortInput = z.input<typeof JoinCohortBody>;

export const JoinedCohort = z.object({
  traineeId: Uuid,
  cohortId: Uuid,
  cohortName: z.string(),
  displayName: z.string(),
  /** Shown once: the trainee's own bearer token for every later call. */
  token: z.string().startsWith('trt_'),
  joinedAt: Timestamp,
});
export type JoinedCohort = z.infer<typeof JoinedCohort>;

export const Me = z.discriminatedUnion('role', [
  z.object({
    role: z.literal('trainee'), cohortId: Uuid, cohortName: z.string(), passMark: z.number().int(),
    traineeId: Uuid, displayName: z.string(),
  }),
  z.object({ role: z.literal('trainer'), cohortId: Uuid, cohortName: z.string(), passMark: z.number().int() }),
]);
export type Me = z.infer<typeof Me>;

export const CohortSummary = z.object({
  cohortId: Uuid,
  name: z.string(),
  joinCode: z.string(),
  passMark: z.number().int(),
  createdAt: Timestamp,
  members: z.number().int(),
  /** Plays: an identical re-submission is not counted again. */
  attempts: z.number().int(),
  /** Identical re-submissions, left out of `attempts`. */
  repeats: z.number().int().default(0),
});
export type CohortSummary = z.infer<typeof CohortSummary>;
