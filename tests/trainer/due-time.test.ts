import { describe, expect, it } from 'vitest';
import { dueFieldTime, dueFieldValue, suggestedDue } from '../../src/trainer/dashboard/due-time.ts';

describe('an assignment\'s due date as typed and as sent', () => {
  it('reads the field in the browser\'s time zone, to the minute, and writes it back the same', () => {
    const ms = new Date(2026, 11, 9, 17, 30).getTime();
    expect(dueFieldValue(ms)).toBe('2026-12-09T17:30');
    expect(dueFieldTime('2026-12-09T17:30')).toBe(ms);
    expect(dueFieldTime(dueFieldValue(ms + 45_000))).toBe(ms);
  });

  it('refuses what names no moment', () => {
    expect(dueFieldTime('')).toBeNull();
    expect(dueFieldTime('2026-02-31T10:00')).toBeNull();
    expect(dueFieldTime('next friday')).toBeNull();
  });

  it('suggests a week from now at 17:00', () => {
    const now = new Date(2026, 11, 2, 9, 15).getTime();
    expect(dueFieldValue(suggestedDue(now))).toBe('2026-12-09T17:00');
  });
});
