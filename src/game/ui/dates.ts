// Dates as the trainee reads them, in the interface language.
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { LANGUAGE_TAGS } from '../i18n/translate.ts';

export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { month: 'short', day: 'numeric' }).format(date);
}
