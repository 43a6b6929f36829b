// A verified attempt as the server stored it: its replay inputs and the score the server computed
// under the rubric the attempt names (`rubricVersion`).
import { z } from 'zod';
import { AttemptStatus, PlayMode } from '../../core/schemas/records.ts';
import { Language } from '../../core/schemas/scenario-meta.ts';
import { Scores } from '../../core/schemas/score.ts';
import { OutcomeKind } from '../../core/story/story-tags.ts';
import { ContentHash, Timestamp, Uuid } from './common.ts';

export const Attempt = z.object({
  attemptId: Uuid,
  idempotencyKey: z.string(),
  traineeId: Uuid,
  scenarioId: z.string(),
  contentHash: ContentHash,
  language: Language,
  rubricVersion: z.string(),
  seed: z.number().int(),
  choices: z.array(z.number().int()),
  mode: PlayMode,
  // The defaults read answers stored (in a trainee's browser) before these fields existed.
  /** finished: played to an ending; abandoned: an exam left before its ending, scored as it stood. */
  status: AttemptStatus.default('finished'),
  /** Only finished exam attempts count on leaderboards. */
  ranked: z.boolean(),
  outcome: OutcomeKind.nullable(),
  overall: z.number(),
  scores: Scores,
  notAssessed: z.array(z.string()),
  /** Dimensions the ending reached gave no chance to earn, left out of the overall. */
  outOfReach: z.array(z.string()).default([]),
  techniques: z.array(z.string()),
  faults: z.array(z.string()),
  /** Red-line faults committed, first committed first; any one caps the overall. */
  redLines: z.array(z.string()).default([]),
  simulatedSeconds: z.number(),
  submittedAt: Timestamp,
});
export type Attempt = z.infer<typeof Attempt>;

/** Newest first; pass `next` as `before` for the following page (null at the end). */
export const AttemptPage = z.object({ attempts: z.array(Attempt), next: z.number().int().nullable() });
export type AttemptPage = z.infer<typeof AttemptPage>;

export const CohortAttempt = Attempt.extend({
  displayName: z.string(),
  /** The earliest submission of the same play when this one repeats it: listed, counted in no average. */
  repeatOf: z.string().nullable().default(null),
});
export type CohortAttempt = z.infer<typeof CohortAttempt>;

export const CohortAttemptPage = z.object({ attempts: z.array(CohortAttempt), next: z.number().int().nullable() });
export type CohortAttemptPage = z.infer<typeof CohortAttemptPage>;
