// The trainer's dashboard: members, the cohort's attempts (filtered, paged), averages per rubric
// dimension, and the choices taken at each decision point of a scenario (where trainees go
// wrong). Every count and average takes each play once: a repeat is listed, counted nowhere.
import { z } from 'zod';
import { DimensionId } from '../core/schemas/rubric.ts';
import { Language } from '../core/schemas/scenario-meta.ts';
import { ContentHash, Cursor, ModeFilter, queryInt, ScenarioId, Timestamp, Uuid } from './common.ts';

/** Which attempts: the filters of the attempt list and its CSV, and (without `trainee`) of the averages. */
export const AttemptFilters = z.object({
  trainee: z.uuid().optional(),
  scenario: ScenarioId.optional(),
  mode: ModeFilter.default('all'),
});
export type AttemptFilter = z.input<typeof AttemptFilters>;

/** The list's query; the CSV export takes the same and pages through everything itself. */
export const AttemptsQuery = AttemptFilters.extend({
  limit: queryInt(1, 500, 100),
  /** Cursor: the `next` value of the previous page. */
  before: Cursor.optional(),
});
export type AttemptsQuery = z.input<typeof AttemptsQuery>;

export const DimensionsQuery = AttemptFilters.pick({ scenario: true, mode: true });
export type DimensionFilter = z.input<typeof DimensionsQuery>;

export const ScenarioParams = z.object({ scenarioId: ScenarioId });
export const ChoicesQuery = z.object({ mode: ModeFilter.default('all'), contentHash: ContentHash.optional() });
export type ChoiceFilter = z.input<typeof ChoicesQuery>;

export const Member = z.object({
  traineeId: Uuid,
  displayName: z.string(),
  joinedAt: Timestamp,
  /** Plays, each counted once however often it was submitted. */
  attempts: z.number().int(),
  /** Finished exam plays; best and average are over these. */
  examAttempts: z.number().int(),
  /** Exams left before their ending: on the record, never in the best or the average. */
  abandonedExams: z.number().int().default(0),
  /** Over finished exam attempts only: coached runs show feedback as they go, so they would flatter. */
  bestOverall: z.number().nullable(),
  /** Each finished exam play once: re-sending a good run does not move it. */
  averageOverall: z.number().nullable(),
  lastAttemptAt: Timestamp.nullable(),
  /** Identical re-submissions, left out of every count and average above. */
  repeats: z.number().int().default(0),
});
export type Member = z.infer<typeof Member>;

export const MemberList = z.object({ members: z.array(Member) });

const Average = z.object({ average: z.number(), attempts: z.number().int() });
/** Only the dimensions the matching attempts assessed are present. */
export const DimensionAverages = z.partialRecord(DimensionId, Average);
export type DimensionAverages = z.infer<typeof DimensionAverages>;

export const DimensionReport = z.object({
  cohort: DimensionAverages,
  trainees: z.array(z.object({ traineeId: Uuid, displayName: z.string(), dimensions: DimensionAverages })),
});
export type DimensionReport = z.infer<typeof DimensionReport>;

export const ChoiceStat = z.object({
  index: z.number().int(),
  text: z.string(),
  count: z.number().int(),
  /** Share of the visits to this point that took the choice, 0–1. */
  share: z.number(),
  /** Raw points the step earned on average: negative marks a costly choice. */
  averagePoints: z.number(),
  /** Average overall score of the attempts that took it. */
  averageOverall: z.number(),
  faults: z.array(z.string()),
});
export type ChoiceStat = z.infer<typeof ChoiceStat>;

export const DecisionPoint = z.object({
  /** The source paths of the choices offered there. */
  point: z.string(),
  /** The earliest step (0-based) at which attempts reached it. */
  step: z.number().int(),
  prompt: z.string(),
  visits: z.number().int(),
  /** Most taken first. */
  choices: z.array(ChoiceStat),
});
export type DecisionPoint = z.infer<typeof DecisionPoint>;

export const VersionChoices = z.object({
  contentHash: ContentHash,
  language: Language,
  title: z.string(),
  /** Plays: repeats are not counted again. */
  attempts: z.number().int(),
  points: z.array(DecisionPoint),
});
export type VersionChoices = z.infer<typeof VersionChoices>;

export const ChoiceReport = z.object({ scenarioId: z.string(), versions: z.array(VersionChoices) });
export type ChoiceReport = z.infer<typeof ChoiceReport>;

