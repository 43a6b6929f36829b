// The setting "Share my coach runs with my trainer", shown on the Data & settings screen while the
// trainee is in a cohort: a switch (role="switch", so a screen reader says on or off) and what it
// means. The game keeps the value with the other settings.
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { cohortTranslator } from './cohort-strings.ts';
import './cohort.css';

export function shareSetting(language: Language, cohortName: string, on: boolean, set: (on: boolean) => void): HTMLElement {
  const t = cohortTranslator(language);
  const hintId = uid('share-hint');
  const toggle = h('button', {
    type: 'button', class: 'switch', role: 'switch', 'aria-checked': String(on), 'aria-describedby': hintId, 'data-action': 'share-coach-runs',
    onclick: () => {
      const next = toggle.getAttribute('aria-checked') !== 'true';
      toggle.setAttribute('aria-checked', String(next));
      set(next);
    },
  }, h('span', { class: 'switch-track', 'aria-hidden': 'true' }, h('span', { class: 'switch-thumb' })), h('span', {}, t('share.label')));
  return h('div', { class: 'setting-row share-setting' }, toggle, h('span', { class: 'mode-hint', id: hintId }, t('share.hint', { cohort: cohortName })));
}
