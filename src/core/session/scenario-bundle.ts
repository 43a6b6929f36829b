// A scenario ready to play: compiled story, its front matter, content hash and score bounds.
import { z } from 'zod';
import type { Rubric } from '../schemas/rubric.ts';
import { Language, ScenarioMeta } from '../schemas/scenario-meta.ts';
import { EndingBest, ScoreBounds } from '../schemas/score.ts';

export const ScenarioBundle = z.object({
  meta: ScenarioMeta,
  language: Language,
  storyJson: z.string().min(2),
  /** sha256 of storyJson: names exactly which version of the story an attempt was played on. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  bounds: ScoreBounds,
  /** The rubric version the bounds were found under; bundles made before rubric 2.0.0 lack it. */
  rubricVersion: z.string().min(1).default('1.0.0'),
  /** Best raw points per dimension on paths to each ending, under the same rubric. */
  endingBest: EndingBest.optional(),
});
export type ScenarioBundle = z.infer<typeof ScenarioBundle>;

/** Session options for playing a bundle under a rubric: its bounds and per-ending reach. */
export function sessionOptions(bundle: ScenarioBundle, rubric: Rubric, seed: number): {
  storyJson: string; meta: ScenarioBundle['meta']; rubric: Rubric; seed: number; bounds: ScenarioBundle['bounds']; endingBest?: NonNullable<ScenarioBundle['endingBest']>;
} {
  return {
    storyJson: bundle.storyJson, meta: bundle.meta, rubric, seed, bounds: bundle.bounds,
    ...(bundle.endingBest ? { endingBest: bundle.endingBest } : {}),
  };
}
