// The game's header: brand, the three sections (locked during a conversation), the offline chip,
// the sound switch and the language switch (locked on screens that show scenario text).
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { LANGUAGES } from '../../core/schemas/scenario-meta.ts';
import { h } from '../../ui-kit/dom.ts';
import { LANGUAGE_TAGS } from '../../ui-kit/locale-format.ts';
import type { Translate } from '../i18n/translate.ts';
import { icon, type IconName } from '../ui/icons.ts';
import { languageLocked, sectionOf, type ScreenName, type Section } from './router.ts';

export interface TopBarState {
  screen: ScreenName;
  language: Language;
  t: Translate;
  sound: boolean;
  offline: boolean;
}

export interface TopBarActions {
  section: (section: Section) => void;
  sound: () => void;
  language: (language: Language) => void;
}

const SECTION_ICONS: Record<Section, IconName> = { practice: 'practice', progress: 'chart', data: 'database' };

export function renderTopBar(header: HTMLElement, state: TopBarState, actions: TopBarActions): void {
  const { t, screen, sound } = state;
  const locked = languageLocked(screen);
  const inCall = screen === 'call';
  const current = sectionOf(screen);
  const navItem = (id: Section): HTMLElement => h('li', {},
    h('button', {
      type: 'button', class: 'nav-item', 'data-nav': id, 'aria-current': current === id ? 'page' : null,
      disabled: inCall, title: inCall ? t('nav.locked') : t(`nav.${id}`), onclick: () => actions.section(id),
    }, icon(SECTION_ICONS[id], 'icon icon--inline'), h('span', { class: 'nav-text' }, t(`nav.${id}`))));
  const nav = h('nav', { class: 'nav', 'aria-label': t('nav.label') }, h('ul', {}, navItem('practice'), navItem('progress'), navItem('data')));
  const soundButton = h('button', {
    type: 'button', class: 'icon-button', 'data-action': 'sound', 'aria-pressed': String(sound),
    'aria-label': sound ? t('sound.on') : t('sound.off'), title: `${sound ? t('sound.on') : t('sound.off')} · ${t('sound.hint')}`,
    onclick: actions.sound,
  }, icon(sound ? 'sound-on' : 'sound-off'));
  const offline = state.offline
    ? h('span', { class: 'offline-chip', role: 'status', title: t('app.offline-hint') }, icon('offline', 'icon icon--inline'), t('app.offline'))
    : null;
  const switcher = h('div', { class: 'lang', role: 'group', 'aria-label': t('lang.label'), title: locked ? t('lang.locked') : null },
    ...LANGUAGES.map((lang) => h('button', {
      type: 'button',
      class: 'lang-option',
      lang: LANGUAGE_TAGS[lang],
      'aria-pressed': String(lang === state.language),
      'data-language': lang,
      disabled: locked && lang !== state.language,
      onclick: () => actions.language(lang),
    }, t(`lang.${lang}`))));
  header.replaceChildren(
    h('div', { class: 'brand' }, h('span', { class: 'brand-mark' }, icon('brand')),
      h('span', { class: 'brand-text' }, h('span', { class: 'brand-name' }, t('app.name')), h('span', { class: 'brand-tagline' }, t('app.tagline')))),
    nav,
    h('div', { class: 'topbar-tools' }, offline, soundButton, switcher),
  );
}
