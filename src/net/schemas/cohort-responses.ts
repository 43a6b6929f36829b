// Answers about cohorts and callers: creating and joining (each returns its secret once), and "who am I".
import { z } from 'zod';
import { Timestamp, Uuid } from './common.ts';

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
  attempts: z.number().int(),
});
export type CohortSummary = z.infer<typeof CohortSummary>;
