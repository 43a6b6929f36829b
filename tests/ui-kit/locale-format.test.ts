// Dates and numbers by the interface language: British English and mainland Chinese.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDayMonth, formatTime, formatNumber, formatPercent, formatSigned } from '../../src/ui-kit/locale-format.ts';

describe('dates', () => {
  it('writes a bare date as that calendar day in any time zone', () => {
    expect(formatDate('2026-11-16', 'en')).toBe('16 Nov 2026');
    expect(formatDate('2026-11-16', 'zh-CN')).toBe('2026年11月16日');
    expect(formatDayMonth('2026-11-16', 'en')).toBe('16 Nov');
    expect(formatDayMonth('2026-11-16', 'zh-CN')).toBe('11月16日');
  });

  it('writes a moment with the time of day on the 24-hour clock', () => {
    // Midday UTC is the same calendar day in every inhabited time zone.
    expect(formatDateTime('2026-11-16T12:00:00Z', 'en')).toMatch(/^16 Nov 2026, \d{2}:\d{2}$/);
    expect(formatDateTime('2026-11-16T12:00:00Z', 'zh-CN')).toMatch(/^2026年11月16日 \d{2}:\d{2}$/);
  });

  it('writes a time of day with seconds', () => {
    expect(formatTime('2026-11-16T12:00:00Z', 'en')).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(formatTime('2026-11-16T12:00:00Z', 'zh-CN')).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  });

  it('shows text that is not a date as it came', () => {
    expect(formatDateTime('soon', 'en')).toBe('soon');
    expect(formatDate('', 'zh-CN')).toBe('');
  });
});

describe('numbers', () => {
  it('groups digits and keeps one decimal at most', () => {
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatNumber(12, 'zh-CN')).toBe('12');
  });

  it('signs gains with a plus and losses with a true minus', () => {
    expect(formatSigned(3, 'en')).toBe('+3');
    expect(formatSigned(-2, 'en')).toBe('\u22122');
    expect(formatSigned(0, 'en')).toBe('0');
    expect(formatSigned(2.25, 'zh-CN')).toBe('+2.3');
  });

  it('writes shares as whole percentages', () => {
    expect(formatPercent(0.375, 'en')).toBe('38%');
    expect(formatPercent(1, 'zh-CN')).toBe('100%');
  });
});
