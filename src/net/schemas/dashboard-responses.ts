// The trainer's dashboard: members, averages per rubric dimension, and the choices taken at
// each decision point of a scenario (where trainees go wrong).
import { z } from 'zod';
import { DimensionId } from '../../core/schemas/rubric.ts';
import { Language } from '../../core/schemas/scenario-meta.ts';
import { ContentHash, Timestamp, Uuid } from './common.ts';

export const Member = z.object({
  traineeId: Uuid,
  displayName: z.string(),
  joinedAt: Timestamp,
  attempts: z.number().int(),
  /** Finished exam attempts; best and average are over these. */
  examAttempts: z.number().int(),
  /** Exams left before their ending: never in the best or the average. */
  abandonedExams: z.number().int().default(0),
  bestOverall: z.number().nullable(),
  averageOverall: z.number().nullable(),
  lastAttemptAt: Timestamp.nullable(),
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
  averageOverall: z.number(),
  faults: z.array(z.string()),
});
export type ChoiceStat = z.infer<typeof ChoiceStat>;

export const DecisionPoint = z.object({
  point: z.string(),
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
  attempts: z.number().int(),
  points: z.array(DecisionPoint),
});
export type VersionChoices = z.infer<typeof VersionChoices>;

export const ChoiceReport = z.object({ scenarioId: z.string(), versions: z.array(VersionChoices) });
export type ChoiceReport = z.infer<typeof ChoiceReport>;

