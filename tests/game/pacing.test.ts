import { describe, expect, it } from 'vitest';
import { pauseFor } from '../../src/game/ui/conversation-view.ts';

describe('pauseFor', () => {
  it('gives longer lines a longer pause, within a ceiling', () => {
    expect(pauseFor(2)).toBeLessThan(pauseFor(6));
    expect(pauseFor(60)).toBe(1800);
    expect(pauseFor(-3)).toBe(250);
  });
});
