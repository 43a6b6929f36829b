import { describe, expect, it } from 'vitest';
import { weekStart } from '../../../src/server/leaderboard/week-start.ts';

describe('week start', () => {
  it('is the Monday of the week, in UTC by default', () => {
    expect(weekStart(Date.UTC(2026, 10, 18, 12), 0)).toBe('2026-11-16'); // Wednesday
    expect(weekStart(Date.UTC(2026, 10, 16, 0, 0), 0)).toBe('2026-11-16'); // Monday 00:00
    expect(weekStart(Date.UTC(2026, 10, 15, 23, 59, 59, 999), 0)).toBe('2026-11-09'); // Sunday night
    expect(weekStart(Date.UTC(2027, 0, 1), 0)).toBe('2026-12-28'); // across a year end
  });

  it('follows the configured offset from UTC', () => {
    expect(weekStart(Date.UTC(2026, 10, 15, 16, 0), 480)).toBe('2026-11-16'); // Monday 00:00 in Beijing
    expect(weekStart(Date.UTC(2026, 10, 15, 15, 59), 480)).toBe('2026-11-09');
    expect(weekStart(Date.UTC(2026, 10, 16, 3, 0), -300)).toBe('2026-11-09'); // Sunday 22:00 in New York
  });
});
