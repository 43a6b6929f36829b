// A catalog entry as the game uses it: a shipped scenario from the build's catalog, or a
// trainer's local one from this browser. Mirrors CatalogEntry in src/virtual-modules.d.ts, whose
// relative import resolves to `any` under skipLibCheck; typing it here keeps the game checked.
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';

export interface ScenarioEntry extends Omit<ScenarioBundle, 'storyJson'> {
  /** Best path found by the build's analysis, as choice indices (empty for local scenarios). */
  bestPath: number[];
  /** Loads the compiled story JSON (a separate chunk per scenario and language). */
  loadStory: () => Promise<string>;
  /** A trainer's scenario stored in this browser rather than shipped with the game. */
  local: boolean;
}

/** Unique across shipped and local scenarios, which may share an id. */
export function entryKey(entry: Pick<ScenarioEntry, 'local' | 'language'> & { meta: { id: string } }): string {
  return `${entry.local ? 'local' : 'shipped'}:${entry.meta.id}/${entry.language}`;
}

/** Scenario statistics are kept per scenario, whatever language it was played in. */
export function statsKey(scenarioId: string, local: boolean): string {
  return `${local ? 'local' : 'shipped'}:${scenarioId}`;
}

export function findEntry(catalog: readonly ScenarioEntry[], ref: { scenarioId: string; language: string; local: boolean }): ScenarioEntry | null {
  return catalog.find((e) => e.meta.id === ref.scenarioId && e.language === ref.language && e.local === ref.local) ?? null;
}
