// Attempts: what a trainee submits (a run's replay inputs, never a score) and the verified
// attempt the server answers with, scored by its own replay under the rubric the attempt names
// (`rubricVersion`); a trainee's own list, and the trainer's list with who and which repeat.
import { z } from 'zod';
import { AttemptStatus, PlayMode } from '../core/schemas/records.ts';
import { ReplayInputs } from '../core/schemas/replay-inputs.ts';
import { Language } from '../core/schemas/scenario-meta.ts';
import { Evidence, Scores } from '../core/schemas/score.ts';
import { RunEvent } from '../core/schemas/run-event.ts';
import { TranscriptEntry } from '../core/schemas/transcript.ts';
import { OutcomeKind } from '../core/story/story-tags.ts';
import { ContentHash, Cursor, queryInt, ScenarioId, Timestamp, Uuid } from './common.ts';

const IdempotencyKey = z.string().regex(/^[A-Za-z0-9_.:-]{8,128}$/, 'an idempotency key is 8–128 letters, digits or _.:-');

/** Unknown keys are stripped: a score, outcome or trainee id a client adds is never read. */
export const SubmitAttemptBody = ReplayInputs.extend({
  scenarioId: ScenarioId,
  rubricVersion: z.string().min(1).max(40),
  // A real conversation has tens of choices; the cap bounds the replay work one request can ask for.
  choices: z.array(z.number().int().nonnegative()).max(1000),
  /** One per run, chosen when the run starts and kept with it in any offline queue. */
  idempotencyKey: IdempotencyKey,
  mode: PlayMode,
  /** Optional cross-check: the content hash already fixes the language. */
  language: Language.optional(),
  /** An exam left before its ending: replayed and scored as it stood, stored, never ranked. */
  abandoned: z.boolean().default(false),
});
export type SubmitAttemptBody = z.infer<typeof SubmitAttemptBody>;
/** What a caller of the client passes: defaults may be left out. */
export type SubmitAttemptInput = z.input<typeof SubmitAttemptBody>;

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
  /**
   * server: an exam played turn by turn through /api/exams (the only kind ever ranked); browser:
   * a run played in the browser and submitted as replay inputs (coach practice).
   */
  playedOn: z.enum(['server', 'browser']).default('browser'),
  /** The server-played exam it came from. */
  examId: z.string().nullable().default(null),
  /** Wall-clock seconds the server timed from the exam's start to its last turn (server-played only). */
  wallSeconds: z.number().nonnegative().nullable().default(null),
  /** The scenario's time limit in seconds when it has one, and whether `wallSeconds` went past it. */
  timeLimit: z.number().int().positive().nullable().default(null),
  overTime: z.boolean().default(false),
});
export type Attempt = z.infer<typeof Attempt>;

export const PageQuery = z.object({ limit: queryInt(1, 500, 100), before: Cursor.optional() });
export type PageQuery = z.input<typeof PageQuery>;

/** Newest first; pass `next` as `before` for the following page (null at the end). */
export const AttemptPage = z.object({ attempts: z.array(Attempt), next: z.number().int().nullable() });
export type AttemptPage = z.infer<typeof AttemptPage>;

export const CohortAttempt = Attempt.extend({
  displayName: z.string(),
  /** The earliest submission of the same play when this one repeats it: listed, counted in no average. */
  repeatOf: z.string().nullable().default(null),
});
export type CohortAttempt = z.infer<typeof CohortAttempt>;

export const AttemptParams = z.object({ attemptId: Uuid });

/**
 * One attempt as its trainer reads it: the server's replay of its inputs, every line with its tags,
 * the evidence and events the core produced (what the game's debrief annotates), and how long the
 * trainee took over each reply of a server-played exam.
 */
export const AttemptTranscript = z.object({
  attempt: CohortAttempt,
  transcript: z.array(TranscriptEntry),
  evidence: z.array(Evidence),
  events: z.array(RunEvent),
  /**
   * Per trainee reply, in order: milliseconds from the previous answer reaching the trainee to
   * this reply reaching the server (server-played exams), null where the server did not time it.
   */
  turnTimesMs: z.array(z.number().int().nonnegative().nullable()),
});
export type AttemptTranscript = z.infer<typeof AttemptTranscript>;

export const CohortAttemptPage = z.object({ attempts: z.array(CohortAttempt), next: z.number().int().nullable() });
export type CohortAttemptPage = z.infer<typeof CohortAttemptPage>;
