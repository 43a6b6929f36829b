// Types of the modules the scenario-catalog Vite plugin generates. Types are imported inline:
// a top-level relative import inside an ambient module declaration would not resolve.
declare module 'virtual:scenario-catalog' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an import here would not resolve
  export interface CatalogEntry extends Omit<import('./core/session/scenario-bundle.ts').ScenarioBundle, 'storyJson'> {
    /** Best path found by the build's analysis, as choice indices. */
    bestPath: number[];
    /** Loads the compiled story JSON (a separate chunk per scenario and language). */
    loadStory: () => Promise<string>;
  }
  export const catalog: CatalogEntry[];
}
