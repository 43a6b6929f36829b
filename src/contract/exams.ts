// Exams played on the server (issue 13): the server starts a session and picks its seed, sends
// the lines and the replies in shown order, takes one choice per turn and keeps the session in
// the database after every turn. What goes to the browser is what the trainee sees and nothing
// more: never the story, a tag, an Ink path or a best path. The attempt is stored, scored and
// ranked by the server when the conversation ends (or is abandoned).
import { z } from 'zod';
import { CustomerState } from '../core/persona/customer-state.ts';
import { Language } from '../core/schemas/scenario-meta.ts';
import { OutcomeKind } from '../core/story/story-tags.ts';
import { Attempt } from './attempts.ts';
import { ContentHash, Timestamp, Uuid } from './common.ts';

export const StartExamBody = z.object({
  /** The version to play: one the cohort may play (shipped and not hidden, or published and not retired). */
  contentHash: ContentHash,
  /** The assignment this exam is taken for, when the trainee started it from one. */
  assignmentId: Uuid.optional(),
});
export type StartExamInput = z.input<typeof StartExamBody>;

export const ExamParams = z.object({ examId: Uuid });

export const ExamTurnBody = z.object({
  /**
   * Choices already taken when this one was picked: a retry of a turn already taken answers the
   * exam as it stands; any other turn than the current one is a 409.
   */
  turn: z.number().int().nonnegative().max(10_000),
  /** The Ink index of the reply, as listed in `choices`. */
  index: z.number().int().nonnegative().max(10_000),
});
export type ExamTurnInput = z.input<typeof ExamTurnBody>;

/** One line as shown: no tags, no source path. */
export const ExamLine = z.object({
  turn: z.number().int().nonnegative(),
  /** "customer", "trainee", "narrator" or another party's speaker id. */
  speaker: z.string().min(1),
  text: z.string(),
  /** Simulated conversation time in seconds when the line ends (the call timer). */
  at: z.number().nonnegative(),
});
export type ExamLine = z.infer<typeof ExamLine>;

export const ExamChoice = z.object({ index: z.number().int().nonnegative(), text: z.string() });
export type ExamChoice = z.infer<typeof ExamChoice>;

export const ExamStatus = z.enum(['open', 'finished', 'abandoned']);
export type ExamStatus = z.infer<typeof ExamStatus>;

/** The exam as it stands: every answer of the exam endpoints. */
export const ExamState = z.object({
  examId: Uuid,
  scenarioId: z.string(),
  contentHash: ContentHash,
  language: Language,
  title: z.string(),
  assignmentId: Uuid.nullable(),
  status: ExamStatus,
  startedAt: Timestamp,
  /** The scenario's time limit in seconds (front matter `time-limit`), null when it has none. */
  timeLimit: z.number().int().positive().nullable(),
  /** Wall-clock seconds from the start to the last turn taken, timed by the server. */
  elapsedSeconds: z.number().nonnegative(),
  /** Choices taken so far: the `turn` to send with the next one. */
  turn: z.number().int().nonnegative(),
  /** Every line so far, oldest first (the trainee's replies included). */
  lines: z.array(ExamLine),
  customer: CustomerState,
  /** Simulated conversation seconds so far. */
  seconds: z.number().nonnegative(),
  /** The replies on offer in the order shown; empty once the exam is over. */
  choices: z.array(ExamChoice),
  outcome: OutcomeKind.nullable(),
  /** The stored attempt, once the exam is finished or abandoned. */
  attempt: Attempt.nullable(),
});
export type ExamState = z.infer<typeof ExamState>;
