// What the client sends. The server validates every field itself (docs/api.md); these types only
// keep callers honest at compile time.
import type { PlayMode } from '../../core/schemas/records.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { ModeFilter, Period } from './common.ts';

export interface CreateCohortInput {
  name: string;
  /** 0–100, default 60: xAPI "passed" when overall ≥ passMark. */
  passMark?: number;
}

export interface JoinCohortInput {
  /** The 8-character cohort code, in any case, with spaces or a hyphen. */
  code: string;
  displayName: string;
}

/** A run's replay inputs: the server replays them and computes the score itself. */
export interface SubmitAttemptInput {
  /** One per run, chosen when the run starts and kept with it in any offline queue. */
  idempotencyKey: string;
  scenarioId: string;
  contentHash: string;
  rubricVersion: string;
  seed: number;
  choices: readonly number[];
  mode: PlayMode;
  /** Optional cross-check: the content hash already fixes the language. */
  language?: Language;
  /** An exam left before its ending: stored for the trainer, never ranked. */
  abandoned?: boolean;
}

export interface PublishScenarioInput {
  language: Language;
  /** The whole .ink file. */
  source: string;
}

export interface LeaderboardQuery {
  /** Omit for the overall board (sum of bests over scenarios). */
  scenario?: string;
  period?: Period;
  /** 1–100, default 10. */
  limit?: number;
}

export interface AroundMeQuery {
  scenario?: string;
  period?: Period;
  /** 0–25, default 3. */
  radius?: number;
}

export interface PageQuery {
  limit?: number;
  /** The previous page's `next`. */
  before?: number;
}

export interface AttemptFilter {
  trainee?: string;
  scenario?: string;
  mode?: ModeFilter;
}

export interface DimensionFilter {
  scenario?: string;
  mode?: ModeFilter;
}

export interface ChoiceFilter {
  mode?: ModeFilter;
  contentHash?: string;
}
