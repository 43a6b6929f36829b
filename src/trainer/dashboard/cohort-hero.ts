// The dashboard's header band: the cohort's name, the code trainees join with, and its counts.
import type { CohortSummary } from '../../contract/cohorts.ts';
import type { Translator } from '../i18n/translate.ts';
import { copyButton } from '../ui/copy-button.ts';
import { h } from '../../ui-kit/dom.ts';
import { formatDate } from '../../ui-kit/locale-format.ts';
import { icon } from '../ui/icons.ts';

/** "K7M3QX9A" → "K7M3 QX9A": easier to read out to a room. */
export const spacedCode = (code: string): string => (code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code);

export function cohortHero(t: Translator, summary: CohortSummary, refreshing: boolean, onRefresh: () => void): HTMLElement {
  const stat = (label: string, value: string, name: string) =>
    h('div', { class: 'stat', 'data-stat': name }, h('span', { class: 'stat-label' }, label), h('span', { class: 'stat-value' }, value));
  return h('section', { class: 'hero', 'aria-labelledby': 'cohort-name' },
    h('div', { class: 'hero-main' },
      h('p', { class: 'eyebrow' }, t('hero.eyebrow')),
      h('h1', { id: 'cohort-name', class: 'hero-title', tabindex: -1 }, summary.name),
      h('div', { class: 'stats' },
        stat(t('hero.members'), String(summary.members), 'members'),
        stat(t('hero.attempts'), String(summary.attempts), 'attempts'),
        stat(t('hero.pass-mark'), String(summary.passMark), 'pass-mark'),
        stat(t('hero.created'), formatDate(summary.createdAt, t.language), 'created'))),
    h('div', { class: 'hero-code' },
      h('span', { class: 'stat-label' }, t('hero.code')),
      h('span', { class: 'join-code', 'data-join-code': summary.joinCode, 'aria-label': summary.joinCode.split('').join(' ') }, spacedCode(summary.joinCode)),
      copyButton(t, () => summary.joinCode, { label: t('hero.copy-code'), className: 'button button--on-dark button--small' })),
    h('div', { class: 'hero-actions' },
      h('button', {
        type: 'button', class: 'button button--on-dark', disabled: refreshing, 'aria-busy': refreshing ? 'true' : null, onclick: onRefresh,
      }, icon('refresh', refreshing ? 'icon icon--spin' : 'icon'), t('refresh'))));
}
