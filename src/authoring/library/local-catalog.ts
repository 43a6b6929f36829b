// Local scenarios as entries of the trainee's scenario list. The game reads the records with
// `(await IdbSaveStore.open()).scenarios.list()` and adds these entries to the built-in catalog;
// only records whose source passed the checker (bundle not null) are playable, so only those
// are listed. Imports types only: nothing of the editor or compiler reaches the game this way.
import type { LocalScenario } from '../../core/schemas/records.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';

export interface LocalCatalogEntry extends Omit<ScenarioBundle, 'storyJson'> {
  bestPath: number[];
  loadStory: () => Promise<string>;
  /** Always true: the trainee list marks these as the trainer's local scenarios. */
  local: true;
  /** The record's key, `<id>/<language>`. */
  key: string;
}

export function localCatalogEntries(records: readonly LocalScenario[]): LocalCatalogEntry[] {
  return records.flatMap((r) => {
    const bundle = r.bundle;
    if (!bundle || bundle.meta.id !== r.id || bundle.language !== r.language) return [];
    const { storyJson, ...rest } = bundle;
    return [{ ...rest, bestPath: [], loadStory: () => Promise.resolve(storyJson), local: true as const, key: r.key }];
  });
}
