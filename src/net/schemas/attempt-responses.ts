// A verified attempt as the server stored it: its replay inputs and the score the server computed.
import { z } from 'zod';
import { PlayMode } from '../../core/schemas/records.ts';
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
  /** Only exam attempts count on leaderboards. */
  ranked: z.boolean(),
  outcome: OutcomeKind.nullable(),
  overall: z.number(),
  scores: Scores,
  notAssessed: z.array(z.string()),
  techniques: z.array(z.string()),
  faults: z.array(z.string()),
  simulatedSeconds: z.number(),
  submittedAt: Timestamp,
});
export type Attempt = z.infer<typeof Attempt>;

/** Newest first; pass `next` as `before` for the following page (null at the end). */
export const AttemptPage = z.object({ attempts: z.array(Attempt), next: z.number().int().nullable() });
export type AttemptPage = z.infer<typeof AttemptPage>;

export const CohortAttempt = Attempt.extend({ displayName: z.string() });
export type CohortAttempt = z.infer<typeof CohortAttempt>;

export const CohortAttemptPage = z.object({ attempts: z.array(CohortAttempt), next: z.number().int().nullable() });
export type CohortAttemptPage = z.infer<typeof CohortAttemptPage>;
