// Scenario versions: what a cohort may play, one playable version, and a trainer publishing one.
import { z } from 'zod';
import { Diagnostic } from '../core/schemas/diagnostic.ts';
import { Language, ScenarioMeta } from '../core/schemas/scenario-meta.ts';
import { EndingBest, ScoreBounds } from '../core/schemas/score.ts';
import { ContentHash, Timestamp } from './common.ts';

export const ContentHashParams = z.object({ contentHash: ContentHash });

export const ScenarioVersion = z.object({
  contentHash: ContentHash,
  scenarioId: z.string(),
  language: Language,
  title: z.string(),
  /** Shipped with the game (every cohort), or published by this cohort's trainer. */
  source: z.enum(['shipped', 'cohort']),
  /** When it was shipped or published: the newest per scenario and language is current. */
  since: Timestamp,
});
export type ScenarioVersion = z.infer<typeof ScenarioVersion>;

export const ScenarioList = z.object({ rubricVersion: z.string(), scenarios: z.array(ScenarioVersion) });
export type ScenarioList = z.infer<typeof ScenarioList>;

/** What anyone in the cohort gets: never a best path or best scores (a trainee would not need the skill). */
export const PlayableVersion = ScenarioVersion.extend({
  meta: ScenarioMeta,
  /** The rubric the bounds (and per-ending reach) were found under: the current one when it can be. */
  rubricVersion: z.string(),
  bounds: ScoreBounds,
  endingBest: EndingBest.optional(),
  /** The compiled Ink story, ready for the core's Session. */
  storyJson: z.string(),
});
export type PlayableVersion = z.infer<typeof PlayableVersion>;

/** The same with the trainer key: plus the best path under `rubricVersion`. */
export const TrainerPlayableVersion = PlayableVersion.extend({
  bestPath: z.array(z.number().int().nonnegative()),
});
export type TrainerPlayableVersion = z.infer<typeof TrainerPlayableVersion>;

/** GET /api/scenarios/:contentHash answers the trainer's form to the trainer key, the other to everyone else. */
export const PlayableVersionAnswer = z.union([TrainerPlayableVersion, PlayableVersion]);
export type PlayableVersionAnswer = z.infer<typeof PlayableVersionAnswer>;

export const PublishScenarioBody = z.object({
  language: Language,
  /** The whole .ink file. */
  source: z.string().min(1).max(1_000_000).refine((s) => !s.includes('\u0000'), 'must not contain NUL characters'),
});
export type PublishScenarioInput = z.input<typeof PublishScenarioBody>;

export const PublishedScenario = z.object({
  contentHash: ContentHash,
  scenarioId: z.string(),
  language: Language,
  title: z.string(),
  /** The rubric it was checked and bounded under (the server's current one). */
  rubricVersion: z.string(),
  warnings: z.array(Diagnostic),
  endings: z.array(z.string()),
  bestOverall: z.number().nullable(),
  bestPath: z.array(z.number().int().nonnegative()),
});
export type PublishedScenario = z.infer<typeof PublishedScenario>;

/** A version this cohort's trainer published, and whether it is retired (hidden from trainees, attempts kept). */
export const PublishedVersion = ScenarioVersion.extend({ retired: z.boolean().default(false) });
export type PublishedVersion = z.infer<typeof PublishedVersion>;

export const PublishedList = z.object({ scenarios: z.array(PublishedVersion) });
