import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/game/run/read-catalog.ts';
import { aMeta } from './builders.ts';

const bounds = Object.fromEntries(['opening', 'discovery', 'presentation', 'objections', 'closing', 'follow-up', 'conduct'].map((d) => [d, { min: 0, max: 4 }]));
const entry = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  meta: aMeta(), language: 'en', contentHash: 'a'.repeat(64), bounds, bestPath: [0, 1],
  loadStory: () => Promise.resolve('{"inkVersion":21}'), ...over,
});

describe('readCatalog', () => {
  it('keeps valid entries and their story loaders', async () => {
    const [read] = readCatalog([entry()]);
    expect(read?.meta.id).toBe('sample');
    expect(read?.bestPath).toEqual([0, 1]);
    await expect(read?.loadStory()).resolves.toBe('{"inkVersion":21}');
  });

  it('refuses an entry that breaks the scenario contract', () => {
    expect(() => readCatalog([entry({ language: 'fr' })])).toThrow();
    expect(() => readCatalog([entry({ meta: { ...aMeta(), difficulty: 9 } })])).toThrow();
  });

  it('refuses an entry without a story loader', () => {
    expect(() => readCatalog([entry({ loadStory: undefined })])).toThrow(/loadStory/);
  });
});
