// Scores and the evidence behind every point.
import { z } from 'zod';
import { DimensionId } from './rubric.ts';
import { OutcomeKind } from '../story/story-tags.ts';

export const EVIDENCE_REASONS = [
  'tag-points',
  'technique',
  'fault',
  'need-revealed',
  'objection-resolved',
  'objection-left-open',
  'close-after-signal',
  'close-before-signal',
  'win-after-signal-close',
  /** In context: the reply also committed a fault, so this credit was withheld (0 points). */
  'credit-cancelled',
  /** In context: a presentation technique before any need was revealed (0 points). */
  'technique-before-need',
] as const;

export const Evidence = z.object({
  dimension: DimensionId,
  points: z.number().int(),
  reason: z.enum(EVIDENCE_REASONS),
  /** The rubric item, need or objection id the points are for, when there is one. */
  item: z.string().nullable(),
  /** The tag that produced the points, as written by the trainer. */
  tag: z.string().nullable(),
  /** Index of the transcript line the points belong to. */
  entry: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

export const DimensionBounds = z.object({ min: z.number().int(), max: z.number().int() });
/** The lowest and highest raw points each dimension can reach in one scenario, over all paths. */
export const ScoreBounds = z.record(DimensionId, DimensionBounds);
export type ScoreBounds = z.infer<typeof ScoreBounds>;

export const RawPoints = z.record(DimensionId, z.number().int());
export type RawPoints = z.infer<typeof RawPoints>;

export const Scores = z.partialRecord(DimensionId, z.number().int().min(0).max(100));
export type Scores = z.infer<typeof Scores>;

/**
 * Per ending kind, the highest raw points each dimension reaches on some path to that ending.
 * A won ending is not scored 0 on a dimension only other endings can earn (rubric 2.0.0 on).
 */
export const EndingBest = z.partialRecord(OutcomeKind, z.record(DimensionId, z.number().int()));
export type EndingBest = z.infer<typeof EndingBest>;
