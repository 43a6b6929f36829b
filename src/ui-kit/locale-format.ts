// How dates and numbers read on every page, in the interface language. English is written the
// British way (16 Nov 2026, 15:04), as the trainer dashboard always has; Chinese as in mainland
// China. `LANGUAGE_TAGS` is what a page declares in <html lang>, which names the script.
import type { Language } from '../core/schemas/scenario-meta.ts';

export const FORMAT_LOCALES: Record<Language, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en', 'zh-CN': 'zh-Hans-CN' };

/** A bare date ("2026-11-16") means that calendar day wherever the reader is. */
const isBareDate = (iso: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(iso);

function parse(iso: string): Date | null {
  const date = new Date(isBareDate(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function format(iso: string, language: Language, options: Intl.DateTimeFormatOptions): string {
  const date = parse(iso);
  if (date === null) return iso;
  return new Intl.DateTimeFormat(FORMAT_LOCALES[language], { ...options, ...(isBareDate(iso) ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** Date and time of day: "16 Nov 2026, 15:04". Unreadable input is shown as it came. */
export function formatDateTime(iso: string, language: Language): string {
  return format(iso, language, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The date alone: "16 Nov 2026". */
export function formatDate(iso: string, language: Language): string {
  return format(iso, language, { dateStyle: 'medium' });
}

/** Day and month, for chart axes and short lists: "16 Nov". */
export function formatDayMonth(iso: string, language: Language): string {
  return format(iso, language, { month: 'short', day: 'numeric' });
}

/** The time of day with seconds, as a save status shows it: "15:04:09". */
export function formatTime(iso: string, language: Language): string {
  return format(iso, language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** Grouped digits, one decimal at most, no trailing ".0": 1,234.5. */
export function formatNumber(n: number, language: Language): string {
  return n.toLocaleString(FORMAT_LOCALES[language], { maximumFractionDigits: 1 });
}

/** Signed, with a true minus sign so "+3" and "−2" line up in columns. */
export function formatSigned(n: number, language: Language): string {
  const text = formatNumber(Math.abs(n), language);
  return n > 0 ? `+${text}` : n < 0 ? `\u2212${text}` : text;
}

/** A share (0–1) as a whole percentage. */
export function formatPercent(share: number, language: Language): string {
  return share.toLocaleString(FORMAT_LOCALES[language], { style: 'percent', maximumFractionDigits: 0 });
}
