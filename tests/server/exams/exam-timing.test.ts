// The server's own timing of an exam, from the times it recorded for the start and each turn.
import { describe, expect, it } from 'vitest';
import { overTime, turnTimesMs, wallSeconds } from '../../../src/server/exams/exam-timing.ts';

const at = (ms: number): string => new Date(Date.UTC(2026, 10, 18, 12, 0, 0) + ms).toISOString();

describe('the server\'s timing of an exam', () => {
  it('times each reply from the turn before it, the first from the start', () => {
    expect(turnTimesMs(at(0), [at(4_000), at(4_500), at(19_250)])).toEqual([4_000, 500, 14_750]);
    expect(turnTimesMs(at(0), [])).toEqual([]);
  });

  it('times the whole exam from its start to its last turn, 0 before the first', () => {
    expect(wallSeconds(at(0), [at(4_000), at(19_250)])).toBe(19.25);
    expect(wallSeconds(at(0), [])).toBe(0);
  });

  it('is over time only past a time limit it has', () => {
    expect(overTime(61, 60)).toBe(true);
    expect(overTime(60, 60)).toBe(false);
    expect(overTime(10_000, null)).toBe(false);
  });
});
