// Types of the modules the scenario-catalog Vite plugin generates.
declare module 'virtual:scenario-catalog' {
  import type { ScenarioBundle } from './core/session/scenario-bundle.ts';
  export interface CatalogEntry extends Omit<ScenarioBundle, 'storyJson'> {
    /** Best path found by the build's analysis, as choice indices. */
    bestPath: number[];
    /** Loads the compiled story JSON (a separate chunk per scenario and language). */
    loadStory: () => Promise<string>;
  }
  export const catalog: CatalogEntry[];
}
