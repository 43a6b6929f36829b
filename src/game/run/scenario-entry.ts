// A catalog entry as the game uses it. Mirrors CatalogEntry in src/virtual-modules.d.ts, whose
// relative import resolves to `any` under skipLibCheck; typing it here keeps the game checked.
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';

export interface ScenarioEntry extends Omit<ScenarioBundle, 'storyJson'> {
  /** Best path found by the build's analysis, as choice indices. */
  bestPath: number[];
  /** Loads the compiled story JSON (a separate chunk per scenario and language). */
  loadStory: () => Promise<string>;
}
