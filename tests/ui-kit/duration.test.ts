import { describe, expect, it } from 'vitest';
import { formatClock } from '../../src/ui-kit/duration.ts';

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

  it('rounds a measured length to the nearest second when asked, with unpadded minutes', () => {
    expect(formatClock(142.5, { round: true })).toBe('2:23');
    expect(formatClock(8, { round: true })).toBe('0:08');
    expect(formatClock(142.5, { round: true, padMinutes: true })).toBe('02:23');
  });
});
