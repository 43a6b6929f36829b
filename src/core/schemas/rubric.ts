// The rubric as data: dimensions, techniques, faults and the rule weights the scorer applies.
import { z } from 'zod';

export const DIMENSION_IDS = [
  'opening',
  'discovery',
  'presentation',
  'objections',
  'closing',
  'follow-up',
  'conduct',
] as const;
export const DimensionId = z.enum(DIMENSION_IDS);
export type DimensionId = z.infer<typeof DimensionId>;

export const Localised = z.object({ en: z.string().min(1), 'zh-CN': z.string().min(1) });
export type Localised = z.infer<typeof Localised>;

const ItemId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

export const RubricDimension = z.object({
  id: DimensionId,
  label: Localised,
  weight: z.number().positive(),
  summary: Localised,
});

export const RubricTechnique = z.object({
  id: ItemId,
  dimension: DimensionId,
  points: z.number().int().positive(),
  label: Localised,
  summary: Localised,
});
export type RubricTechnique = z.infer<typeof RubricTechnique>;

export const RubricFault = z.object({
  id: ItemId,
  dimension: DimensionId,
  penalty: z.number().int().positive(),
  /** A fault no good result survives: any red line caps the overall (rules.redLineCap). */
  redLine: z.boolean().default(false),
  label: Localised,
  summary: Localised,
});
export type RubricFault = z.infer<typeof RubricFault>;

/** Points the engine itself awards from story events, independent of trainer-written tags. */
export const RubricRules = z.object({
  needRevealed: z.number().int().nonnegative(),
  objectionResolved: z.number().int().nonnegative(),
  objectionLeftOpen: z.number().int().nonnegative(),
  closeAfterSignal: z.number().int().nonnegative(),
  closeBeforeSignal: z.number().int().nonnegative(),
  winAfterSignalClose: z.number().int().nonnegative(),
  /** The highest overall a run with any red-line fault can have; absent: no cap (rubric 1.0.0). */
  redLineCap: z.number().int().min(0).max(100).optional(),
  /**
   * Judge each reply in its context (rubric 2.0.0 on): a fault cancels the reply's credit, a
   * presentation technique needs a revealed need, a close is signal-led only after a signal that
   * came after the last objection, a signal left without a close is the no-close fault, and a won
   * ending leaves out the dimensions no path to that ending can earn. Off for 1.0.0 attempts.
   */
  inContext: z.boolean().default(false),
});
export type RubricRules = z.infer<typeof RubricRules>;

export const Rubric = z
  .object({
    version: z.string().min(1),
    dimensions: z.array(RubricDimension).length(DIMENSION_IDS.length),
    techniques: z.array(RubricTechnique).min(1),
    faults: z.array(RubricFault).min(1),
    rules: RubricRules,
  })
  .superRefine((rubric, ctx) => {
    const seen = new Set<string>();
    for (const item of [...rubric.techniques, ...rubric.faults]) {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate rubric id "${item.id}"` });
      seen.add(item.id);
    }
  });
export type Rubric = z.infer<typeof Rubric>;
