import { describe, expect, it } from 'vitest';
import { formatClock, formatPoints, limitMinutes, stars } from '../../src/game/ui/format.ts';

describe('formatClock', () => {
  it('shows minutes and seconds, and hours past an hour', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65.9)).toBe('01:05');
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(3723)).toBe('1:02:03');
  });

  it('never shows negative time', () => {
    expect(formatClock(-5)).toBe('00:00');
  });
});

describe('formatPoints', () => {
  it('signs gains with a plus and losses with a true minus', () => {
    expect(formatPoints(3)).toBe('+3');
    expect(formatPoints(-2)).toBe('\u22122');
    expect(formatPoints(0)).toBe('0');
  });
});

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
