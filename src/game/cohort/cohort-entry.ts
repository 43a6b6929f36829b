// The way into the cohort from the scenario list: "Join a cohort", or the cohort's name with how
// many attempts still wait to be sent.
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { h } from '../../ui-kit/dom.ts';
import { icon } from '../ui/icons.ts';
import type { CohortFeature } from './cohort-feature.ts';
import { cohortTranslator } from './cohort-strings.ts';
import './cohort.css';

export function cohortEntry(language: Language, feature: CohortFeature, open: () => void): HTMLElement {
  const t = cohortTranslator(language);
  const membership = feature.current;
  const waiting = h('span', { class: 'cohort-entry-queued', hidden: true });
  const button = h('button', {
    type: 'button', class: 'button button--ghost button--small cohort-entry', 'data-action': 'cohort', title: t('entry.hint'), onclick: open,
  }, icon('user', 'icon icon--inline'), h('span', {}, membership ? t('entry.member', { name: membership.cohortName }) : t('entry.join')), waiting);
  if (membership) {
    void feature.submissions().then((all) => {
      const queued = all.filter((s) => s.state === 'queued').length;
      if (queued === 0) return;
      waiting.hidden = false;
      waiting.textContent = t.count('entry.queued', queued);
    }, () => undefined);
  }
  return h('div', { class: 'cohort-entry-wrap' }, button);
}
