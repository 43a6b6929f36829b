// What the server needs from a scenario checker, whatever runs it: the routes, the scenario store
// and the start-up load depend on this, and checker-pool.ts provides it with worker threads.
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { StoryReads } from '../scenarios/bounds-under-rubric.ts';
import type { PublishResult, ReboundResult, ShippedResult } from './check-jobs.ts';

export type { StoryReads };

export interface Checker {
  /** A trainer's upload, compiled, checked, bounded and best-pathed under `rubric`. */
  checkPublished(language: Language, source: string, library: ReadonlyMap<string, string>, rubric: Rubric, maxStates: number): Promise<PublishResult>;
  /** A stored version's bounds and best path under another rubric. */
  rebound(stored: ScenarioBundle, rubric: Rubric, maxStates: number, reads: StoryReads | null): Promise<ReboundResult>;
  /** A file of the stories folder, for the server's start. */
  checkShipped(file: string, storiesDir: string, rubric: Rubric): Promise<ShippedResult>;
  close(): Promise<void>;
}
