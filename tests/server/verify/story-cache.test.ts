import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { HEAP_PER_JSON_BYTE, StoryCache } from '../../../src/server/verify/story-cache.ts';
import { verifyWithCache } from '../../../src/server/verify/verify-in-thread.ts';
import { seededRandom } from '../../../src/core/util/seeded-random.ts';
import { SILENT_LOOP } from '../../helpers/hostile-stories.ts';
import { randomAttempt, shippedBundles, uncheckedBundle } from './unchecked-bundles.ts';

const [a, b, c] = shippedBundles();

describe('parsed stories', () => {
  it('are parsed once per content hash however many replays use them', () => {
    const stories = new StoryCache();
    const random = seededRandom(3);
    for (let i = 0; i < 10; i++) {
      for (const bundle of [a!, b!]) expect(verifyWithCache(stories, bundle, courseRubric, randomAttempt(bundle, i, random)).ok).toBe(true);
    }
    expect(stories.stats()).toEqual({ parses: 2, held: 2 });
  });

  it('go least recently used first once the count is reached', () => {
    const stories = new StoryCache({ stories: 2, bytes: 1e9 });
    stories.take(a!.contentHash, a!.storyJson);
    stories.take(b!.contentHash, b!.storyJson);
    stories.take(a!.contentHash, a!.storyJson); // a is now the more recent
    stories.take(c!.contentHash, c!.storyJson); // b goes
    stories.take(a!.contentHash, a!.storyJson);
    expect(stories.stats()).toEqual({ parses: 3, held: 2 });
    stories.take(b!.contentHash, b!.storyJson);
    expect(stories.stats().parses).toBe(4);
  });

  it('are held only up to the byte bound, and one larger than the bound is used but not kept', () => {
    const size = (json: string) => json.length * HEAP_PER_JSON_BYTE;
    const stories = new StoryCache({ stories: 100, bytes: size(a!.storyJson) + size(b!.storyJson) });
    stories.take(a!.contentHash, a!.storyJson);
    stories.take(b!.contentHash, b!.storyJson);
    expect(stories.stats().held).toBe(2);
    stories.take(c!.contentHash, c!.storyJson);
    expect(stories.stats().held).toBeLessThan(3);
    const tiny = new StoryCache({ stories: 100, bytes: 10 });
    expect(tiny.take(a!.contentHash, a!.storyJson).canContinue).toBe(true);
    expect(tiny.stats()).toEqual({ parses: 1, held: 0 });
  });

  it('are parsed afresh after a run that a budget stopped part-way', () => {
    const stories = new StoryCache();
    const loop = uncheckedBundle('stories/hostile/en.ink', SILENT_LOOP);
    const inputs = { scenarioId: loop.meta.id, contentHash: loop.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: [0] };
    expect(verifyWithCache(stories, loop, courseRubric, inputs)).toMatchObject({ ok: false, kind: 'budget' });
    expect(stories.stats()).toEqual({ parses: 1, held: 0 });
    // The opening alone does not loop: the fresh parse plays it as a new story would.
    expect(verifyWithCache(stories, loop, courseRubric, { ...inputs, choices: [] })).toMatchObject({ ok: true, summary: { ended: false } });
    expect(stories.stats()).toEqual({ parses: 2, held: 1 });
  });
});
