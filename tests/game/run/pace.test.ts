import { describe, expect, it } from 'vitest';
import { LINE_PAUSE_MAX_MS, LINE_PAUSE_MIN_MS, LINE_PAUSE_PER_SECOND_MS, pauseFor } from '../../../src/game/run/pace.ts';

describe('pauseFor', () => {
  it('gives longer lines a longer pause, within a ceiling', () => {
    expect(pauseFor(2)).toBeLessThan(pauseFor(6));
    expect(pauseFor(2)).toBe(LINE_PAUSE_MIN_MS + 2 * LINE_PAUSE_PER_SECOND_MS);
    expect(pauseFor(60)).toBe(LINE_PAUSE_MAX_MS);
    expect(pauseFor(-3)).toBe(LINE_PAUSE_MIN_MS);
    // The bounds are a real range: a line of a few seconds falls between them.
    expect(LINE_PAUSE_MIN_MS).toBeLessThan(pauseFor(4));
    expect(pauseFor(4)).toBeLessThan(LINE_PAUSE_MAX_MS);
  });
});
