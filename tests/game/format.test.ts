import { describe, expect, it } from 'vitest';
import { limitMinutes, stars } from '../../src/game/ui/format.ts';

describe('stars', () => {
  it('fills one star per difficulty level out of five', () => {
    expect(stars(3)).toBe('★★★☆☆');
    expect(stars(5)).toBe('★★★★★');
    expect(stars(9)).toBe('★★★★★');
  });
});

describe('limitMinutes', () => {
  it('rounds a time limit up to whole minutes', () => {
    expect(limitMinutes(420)).toBe(7);
    expect(limitMinutes(90)).toBe(2);
    expect(limitMinutes(10)).toBe(1);
  });
});
