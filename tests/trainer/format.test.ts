import { describe, expect, it } from 'vitest';
import { formatCallLength, scoreTone, shortHash } from '../../src/trainer/ui/format.ts';
import { formatDate, formatSigned } from '../../src/ui-kit/locale-format.ts';
import { spacedCode } from '../../src/trainer/dashboard/cohort-hero.ts';

describe('how the dashboard writes numbers, dates and codes', () => {
  it('writes call lengths as minutes and seconds', () => {
    expect(formatCallLength(142.5)).toBe('2:23');
    expect(formatCallLength(8)).toBe('0:08');
  });

  it('signs points with a real minus sign', () => {
    expect(formatSigned(-3, 'en')).toBe('−3');
    expect(formatSigned(2.25, 'en')).toBe('+2.3');
    expect(formatSigned(0, 'en')).toBe('0');
  });

  it('writes a week\'s first day as that calendar day in any time zone', () => {
    expect(formatDate('2026-11-16', 'en')).toBe('16 Nov 2026');
    expect(formatDate('2026-11-16', 'zh-CN')).toBe('2026年11月16日');
  });

  it('bands scores for colour at 80, 60 and 40', () => {
    expect([100, 80, 79, 60, 59, 40, 39, 0].map(scoreTone)).toEqual(['high', 'high', 'mid', 'mid', 'low', 'low', 'poor', 'poor']);
  });

  it('shortens hashes and spaces join codes for reading aloud', () => {
    expect(shortHash('0123456789abcdef')).toBe('0123456789');
    expect(spacedCode('K7M3QX9A')).toBe('K7M3 QX9A');
  });
});
