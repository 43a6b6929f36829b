// Checks the build-generated catalog against the scenario contract as it enters the game, so
// every screen works with typed entries (the virtual module's own types are loose).
import { z } from 'zod';
import { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { ScenarioEntry } from './scenario-entry.ts';

const EntryData = ScenarioBundle.omit({ storyJson: true }).extend({
  bestPath: z.array(z.number().int().nonnegative()),
});

export function readCatalog(raw: readonly unknown[]): ScenarioEntry[] {
  return raw.map((item, i) => {
    const data = EntryData.parse(item);
    const loadStory: unknown = item && typeof item === 'object' && 'loadStory' in item ? item.loadStory : undefined;
    if (typeof loadStory !== 'function') throw new Error(`catalog entry ${i} (${data.meta.id}) has no loadStory()`);
    return { ...data, local: false, loadStory: () => Promise.resolve(loadStory()).then(String) };
  });
}
