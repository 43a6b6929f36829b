// "New scenario": a modal dialog offering the six setting templates in either language.
import { CHANNELS, LANGUAGES, type Channel, type Language } from '../../core/schemas/scenario-meta.ts';
import type { StudioTranslate } from '../i18n/translate.ts';
import { h } from '../../ui-kit/dom.ts';
import { templateFor } from './templates.ts';

export function openNewScenarioDialog(
  dialog: HTMLDialogElement, t: StudioTranslate, initial: Language, onPick: (channel: Channel, language: Language) => void,
): void {
  let language = initial;
  const langSelect = h('select', { id: 'new-language' },
    ...LANGUAGES.map((l) => h('option', { value: l, selected: l === language }, l === 'en' ? 'English' : '简体中文')));
  const cards = CHANNELS.map((channel) => h('li', {}, h('button', {
    class: 'template-card', type: 'button', 'data-channel': channel,
    onclick: () => { dialog.close(); onPick(channel, language); },
  }, h('strong', {}, t(`channel.${channel}`)), h('span', {}, templateFor(channel, language).title))));
  langSelect.addEventListener('change', () => {
    language = langSelect.value === 'zh-CN' ? 'zh-CN' : 'en';
    cards.forEach((card, i) => {
      const span = card.querySelector('span');
      if (span) span.textContent = templateFor(CHANNELS[i]!, language).title;
    });
  });
  dialog.replaceChildren(
    h('h2', { id: 'new-title' }, t('newTitle')),
    h('p', { class: 'muted' }, t('newIntro')),
    h('p', { class: 'field' }, h('label', { for: 'new-language' }, t('scenarioLanguage')), langSelect),
    h('ul', { class: 'template-grid' }, ...cards),
    h('div', { class: 'dialog-actions' }, h('button', { class: 'btn', type: 'button', 'data-action': 'cancel', onclick: () => dialog.close() }, t('cancel'))));
  dialog.showModal();
  dialog.querySelector<HTMLElement>('.template-card')?.focus();
}
