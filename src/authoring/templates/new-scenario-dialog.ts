// "New scenario": a modal dialog offering the six setting templates in either language.
import { CHANNELS, LANGUAGES, type Channel, type Language } from '../../core/schemas/scenario-meta.ts';
import type { Strings } from '../i18n/strings.ts';
import { h } from '../ui/dom.ts';
import { templateFor } from './templates.ts';

export function openNewScenarioDialog(
  dialog: HTMLDialogElement, s: Strings, initial: Language, onPick: (channel: Channel, language: Language) => void,
): void {
  let language = initial;
  const langSelect = h('select', { attrs: { id: 'new-language' } },
    ...LANGUAGES.map((l) => h('option', { attrs: { value: l, selected: l === language } }, l === 'en' ? 'English' : '简体中文')));
  const cards = CHANNELS.map((channel) => h('li', {}, h('button', {
    class: 'template-card', attrs: { type: 'button', 'data-channel': channel },
    on: { click: () => { dialog.close(); onPick(channel, language); } },
  }, h('strong', {}, s.channel[channel]), h('span', {}, templateFor(channel, language).title))));
  langSelect.addEventListener('change', () => {
    language = langSelect.value === 'zh-CN' ? 'zh-CN' : 'en';
    cards.forEach((card, i) => {
      const span = card.querySelector('span');
      if (span) span.textContent = templateFor(CHANNELS[i]!, language).title;
    });
  });
  dialog.replaceChildren(
    h('h2', { attrs: { id: 'new-title' } }, s.newTitle),
    h('p', { class: 'muted' }, s.newIntro),
    h('p', { class: 'field' }, h('label', { attrs: { for: 'new-language' } }, s.scenarioLanguage), langSelect),
    h('ul', { class: 'template-grid' }, ...cards),
    h('div', { class: 'dialog-actions' }, h('button', { class: 'btn', attrs: { type: 'button', 'data-action': 'cancel' }, on: { click: () => dialog.close() } }, s.cancel)));
  dialog.showModal();
  dialog.querySelector<HTMLElement>('.template-card')?.focus();
}
