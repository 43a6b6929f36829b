// A catalog entry as the game uses it: a shipped scenario from the build's catalog, a trainer's
// local one from this browser, or a version the trainee's cohort published (downloaded to this
// device). Mirrors CatalogEntry in src/virtual-modules.d.ts, whose relative import resolves to
// `any` under skipLibCheck; typing it here keeps the game checked.
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';

/** Where a cohort version came from. */
export interface CohortSource {
  cohortId: string;
  cohortName: string;
  /** When the trainer published it. */
  since: string;
}

export interface ScenarioEntry extends Omit<ScenarioBundle, 'storyJson'> {
  /** Best path found by the build's analysis, as choice indices (empty for local and cohort scenarios). */
  bestPath: number[];
  /** Loads the compiled story JSON (a separate chunk per scenario and language). */
  loadStory: () => Promise<string>;
  /** A trainer's scenario stored in this browser rather than shipped with the game. */
  local: boolean;
  /** A version the trainee's cohort published (the server knows it, so `local` is false). */
  cohort?: CohortSource;
  /**
   * Offered no more, and kept only for the attempts played on it (their titles and replays): a
   * retired or replaced cohort version, or a shipped scenario the cohort hides.
   */
  withdrawn?: boolean;
}

/** Unique among the entries offered (shipped, local and cohort scenarios may share an id). */
export function entryKey(entry: Pick<ScenarioEntry, 'local' | 'language' | 'cohort'> & { meta: { id: string } }): string {
  const origin = entry.local ? 'local' : entry.cohort ? 'cohort' : 'shipped';
  return `${origin}:${entry.meta.id}/${entry.language}`;
}

/** Scenario statistics are kept per scenario, whatever language it was played in. */
export function statsKey(scenarioId: string, local: boolean): string {
  return `${local ? 'local' : 'shipped'}:${scenarioId}`;
}

/** Whether the scenario list offers it. */
export function isOffered(entry: Pick<ScenarioEntry, 'withdrawn'>): boolean {
  return entry.withdrawn !== true;
}

/**
 * The entry a run or an attempt was played on: the one with its content hash when the ref names
 * one (a cohort version and the shipped scenario it replaces share an id), else the one offered.
 */
export function findEntry(
  catalog: readonly ScenarioEntry[], ref: { scenarioId: string; language: string; local: boolean; contentHash?: string },
): ScenarioEntry | null {
  const matching = catalog.filter((e) => e.meta.id === ref.scenarioId && e.language === ref.language && e.local === ref.local);
  return matching.find((e) => e.contentHash === ref.contentHash) ?? matching.find(isOffered) ?? matching[0] ?? null;
}
