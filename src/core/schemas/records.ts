// Records the game keeps for a trainee (IndexedDB in the browser, files on export). One zod
// definition per record; stored data is parsed through these on every read.
import { z } from 'zod';
import { Language, ScenarioId } from './scenario-meta.ts';
import { Scores } from './score.ts';
import { OutcomeKind } from '../story/story-tags.ts';
import { ScenarioBundle } from '../session/scenario-bundle.ts';

export const PlayMode = z.enum(['coach', 'exam']);
export type PlayMode = z.infer<typeof PlayMode>;

const Hash = z.string().regex(/^[0-9a-f]{64}$/);
const Iso = z.iso.datetime();

export const Settings = z.object({
  language: Language,
  mode: PlayMode,
  sound: z.boolean(),
  /** In a cohort: finished coach runs go to the trainer as practice (never ranked). Records from before it read as on. */
  shareCoachRuns: z.boolean().default(true),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = { language: 'en', mode: 'coach', sound: true, shareCoachRuns: true };

export const Profile = z.object({
  id: z.string().min(8),
  displayName: z.string().min(1).max(60),
  createdAt: Iso,
});
export type Profile = z.infer<typeof Profile>;

/** The replay inputs of a run plus what the trainee chose about it. */
const RunInputs = z.object({
  scenarioId: ScenarioId,
  language: Language,
  contentHash: Hash,
  rubricVersion: z.string().min(1),
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  choices: z.array(z.number().int().nonnegative()).max(10_000),
  mode: PlayMode,
  /** Set when the scenario is a trainer's local one rather than shipped. */
  local: z.boolean().default(false),
});

export const RunInProgress = RunInputs.extend({
  id: z.string().min(8),
  startedAt: Iso,
  updatedAt: Iso,
  /**
   * A cohort exam played on the server: resumed from there (GET /api/exams/:examId), never
   * replayed here, so its seed and choices are the server's to keep (stored as 0 and []).
   */
  examId: z.string().min(1).optional(),
});
export type RunInProgress = z.infer<typeof RunInProgress>;

/** finished: played to an ending; abandoned: an exam the trainee left (never ranked). */
export const AttemptStatus = z.enum(['finished', 'abandoned']);
export type AttemptStatus = z.infer<typeof AttemptStatus>;

export const AttemptRecord = RunInputs.extend({
  id: z.string().min(8),
  status: AttemptStatus.default('finished'),
  outcome: OutcomeKind.nullable(),
  /** Red-line faults committed (rubric 2.0.0 on); any one caps the overall. */
  redLines: z.array(z.string()).default([]),
  scores: Scores,
  overall: z.number().int().min(0).max(100),
  /** Techniques credited and faults committed, for the progress screen. */
  techniques: z.array(z.string()),
  faults: z.array(z.string()),
  startedAt: Iso,
  finishedAt: Iso,
  /** Wall-clock time the trainee spent, and the simulated call time. */
  durationMs: z.number().int().nonnegative(),
  simulatedSeconds: z.number().nonnegative(),
  /** A cohort exam played on the server: the server stored, scored and ranked it (never submitted again). */
  examId: z.string().min(1).optional(),
});
export type AttemptRecord = z.infer<typeof AttemptRecord>;

export const QuarantinedRecord = z.object({
  id: z.string(),
  store: z.string(),
  key: z.string(),
  reason: z.string(),
  value: z.unknown(),
  quarantinedAt: Iso,
});
export type QuarantinedRecord = z.infer<typeof QuarantinedRecord>;

/** A scenario a trainer wrote or imported in this browser, one record per scenario language. */
export const LocalScenario = z.object({
  /** `<scenario id>/<language>`. */
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\/(en|zh-CN)$/),
  id: ScenarioId,
  language: Language,
  source: z.string().max(2_000_000),
  /** The compiled, checked scenario; null while the source has errors. */
  bundle: ScenarioBundle.nullable(),
  origin: z.enum(['authored', 'imported']),
  updatedAt: Iso,
});
export type LocalScenario = z.infer<typeof LocalScenario>;

/** One saved version of a local scenario's source, for undo across reloads. */
export const ScenarioVersion = z.object({
  key: LocalScenario.shape.key,
  source: z.string().max(2_000_000),
  savedAt: Iso,
});
export type ScenarioVersion = z.infer<typeof ScenarioVersion>;
