// A scenario ready to play: compiled story, its front matter, content hash and score bounds.
import { z } from 'zod';
import { Language, ScenarioMeta } from '../schemas/scenario-meta.ts';
import { ScoreBounds } from '../schemas/score.ts';

export const ScenarioBundle = z.object({
  meta: ScenarioMeta,
  language: Language,
  storyJson: z.string().min(2),
  /** sha256 of storyJson: names exactly which version of the story an attempt was played on. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  bounds: ScoreBounds,
});
export type ScenarioBundle = z.infer<typeof ScenarioBundle>;
