// Parsed inkjs Stories kept per content hash, so a replay skips parsing the story JSON (most of a
// fresh replay's cost). Least recently used ones go first once either bound is reached: a count,
// and an estimate of their heap. A Story is reset by the run that takes it (InkRunner), so the
// same one serves replay after replay; one that a run gave up on part-way (a run budget, an
// unexpected error) is thrown away, since inkjs may have left half-done work on it.
import { Story } from 'inkjs';
import { LRUCache } from 'lru-cache';

export interface StoryCacheLimits {
  /** At most this many parsed stories. */
  stories: number;
  /** At most this many bytes of parsed stories, estimated as HEAP_PER_JSON_BYTE × JSON length. */
  bytes: number;
}

/**
 * A parsed Story's object tree against its JSON text: about 7× for the shipped library (README:
 * ≈ 284 kB per live session for 38 kB of JSON, transcript included), rounded up.
 */
export const HEAP_PER_JSON_BYTE = 8;

export const DEFAULT_STORY_CACHE_LIMITS: Readonly<StoryCacheLimits> = Object.freeze({ stories: 64, bytes: 128 * 1024 * 1024 });

export class StoryCache {
  private readonly cache: LRUCache<string, Story>;
  private parses = 0;

  constructor(limits: StoryCacheLimits = DEFAULT_STORY_CACHE_LIMITS) {
    this.cache = new LRUCache<string, Story>({ max: limits.stories, maxSize: limits.bytes });
  }

  /** The parsed story of `storyJson` (which must hash to `contentHash`), parsing it on a miss. */
  take(contentHash: string, storyJson: string): Story {
    const cached = this.cache.get(contentHash);
    if (cached) return cached;
    const story = new Story(storyJson);
    this.parses++;
    // A story larger than the whole bound is used once and not kept.
    this.cache.set(contentHash, story, { size: Math.max(1, storyJson.length * HEAP_PER_JSON_BYTE) });
    return story;
  }

  /** After a run that stopped part-way: the next replay parses afresh. */
  discard(contentHash: string): void {
    this.cache.delete(contentHash);
  }

  /** Stories parsed so far (misses), and how many are held now: for tests and operators. */
  stats(): { parses: number; held: number } {
    return { parses: this.parses, held: this.cache.size };
  }
}
