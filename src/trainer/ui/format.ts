// How numbers, dates, hashes and call lengths read on the trainer page.
import type { Language } from '../../core/schemas/scenario-meta.ts';

const locale = (language: Language): string => (language === 'zh-CN' ? 'zh-CN' : 'en-GB');

export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', ...(iso.length === 10 ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** The first 10 hex digits: enough to tell versions apart at a glance. */
export const shortHash = (hash: string): string => hash.slice(0, 10);

/** 142.5 → "2:23". */
export function formatCallLength(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** One decimal at most, no trailing ".0". */
export function formatNumber(n: number, language: Language): string {
  return n.toLocaleString(locale(language), { maximumFractionDigits: 1 });
}

export function formatSigned(n: number, language: Language): string {
  const text = formatNumber(Math.abs(n), language);
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
}

export function formatPercent(share: number, language: Language): string {
  return share.toLocaleString(locale(language), { style: 'percent', maximumFractionDigits: 0 });
}

/** The band a 0–100 score falls in, for colour (never the only cue: the number is always shown). */
export function scoreTone(score: number): 'high' | 'mid' | 'low' | 'poor' {
  return score >= 80 ? 'high' : score >= 60 ? 'mid' : score >= 40 ? 'low' : 'poor';
}
