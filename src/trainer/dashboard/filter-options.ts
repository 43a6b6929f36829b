// Options for the dashboard's filters, worded in the interface language.
import type { ModeFilter } from '../../contract/common.ts';
import type { Translator } from '../i18n/translate.ts';
import type { Option } from '../ui/parts.ts';
import type { DashboardContext } from './dashboard-context.ts';
import { scenarioOptions } from './scenario-catalog.ts';

export function scenarioFilterOptions(ctx: DashboardContext, allLabel: string | null): Option[] {
  const t = ctx.t();
  const options = scenarioOptions(ctx.versions(), t.language).map((s) => ({ value: s.id, label: s.title }));
  return allLabel === null ? options : [{ value: '', label: allLabel }, ...options];
}

export function modeOptions(t: Translator): Option[] {
  return [
    { value: 'all', label: t('filter.all-modes') },
    { value: 'exam', label: t('mode.exam') },
    { value: 'coach', label: t('mode.coach') },
  ];
}

export const asMode = (value: string): ModeFilter => (value === 'exam' || value === 'coach' ? value : 'all');
