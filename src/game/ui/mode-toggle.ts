// The coach/exam switch shown on the scenario list and the briefing: two pressed-state buttons
// in a labelled group, with a line saying what the chosen mode means.
import type { PlayMode } from '../../core/schemas/records.ts';
import type { Translate } from '../i18n/translate.ts';
import { h, uid } from '../../ui-kit/dom.ts';

const MODES: readonly PlayMode[] = ['coach', 'exam'];

export function modeToggle(t: Translate, mode: PlayMode, change: (mode: PlayMode) => void): HTMLElement {
  const labelId = uid('mode-label');
  const hintId = uid('mode-hint');
  const hint = h('span', { class: 'mode-hint', id: hintId, 'aria-live': 'polite' }, t(`mode.${mode}-hint`));
  const buttons = MODES.map((m) => h('button', {
    type: 'button',
    class: 'segment',
    'data-mode': m,
    'aria-pressed': String(m === mode),
    'aria-describedby': hintId,
    onclick: () => {
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.mode === m));
      hint.textContent = t(`mode.${m}-hint`);
      change(m);
    },
  }, t(`mode.${m}`)));
  return h('div', { class: 'mode-toggle' },
    h('div', { class: 'mode-row' },
      h('span', { class: 'mode-label', id: labelId }, t('mode.label')),
      h('div', { class: 'segments', role: 'group', 'aria-labelledby': labelId }, ...buttons)),
    hint);
}
