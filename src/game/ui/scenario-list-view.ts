// The scenario list: one card per scenario offered in the current language (shipped, local, or
// published by the trainee's cohort), easiest first, with the trainee's best score and attempt
// count. Each card is a real button, so Tab reaches it and Enter opens its briefing. The
// coach/exam switch and the pack import live here; the game's extensions add tools, sections
// above the cards and badges on them.
import { entryKey, isOffered, statsKey, type ScenarioEntry } from '../run/scenario-entry.ts';
import { limitMinutes, stars } from './format.ts';
import { formatClock } from '../../ui-kit/duration.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { filePicker } from './files.ts';
import { icon } from './icons.ts';
import { modeToggle } from './mode-toggle.ts';
import { messageBlock, type Message } from './notice.ts';
import type { Screen, ScreenContext } from './screen.ts';

export interface ListActions {
  open: (entry: ScenarioEntry) => void;
  importPack: (file: File) => void;
}

/** What the extensions add to the list. */
export interface ListExtras {
  /** First among the list's tools (the way into the cohort). */
  tools?: readonly HTMLElement[];
  /** Above the cards ("Assigned to you"). */
  sections?: readonly HTMLElement[];
  /** On an entry's card, under its title (which cohort published it, an assignment). */
  badges?: (entry: ScenarioEntry) => HTMLElement[];
}

/** The entries offered in this language (withdrawn ones stay in the catalog for past attempts only). */
export function entriesFor(catalog: readonly ScenarioEntry[], language: string): ScenarioEntry[] {
  return catalog
    .filter((e) => e.language === language && isOffered(e))
    .sort((a, b) => a.meta.difficulty - b.meta.difficulty || Number(a.local) - Number(b.local) || a.meta.title.localeCompare(b.meta.title, language));
}

export function renderScenarioList(ctx: ScreenContext, actions: ListActions, message: Message | null = null, busy = false, extras: ListExtras = {}): Screen {
  const { t } = ctx;
  const entries = entriesFor(ctx.catalog, ctx.language);
  const headingId = uid('list-heading');
  const heading = h('h1', { id: headingId, tabindex: '-1' }, t('list.heading'));
  const cards = entries.map((entry) => {
    const { meta } = entry;
    const badges = extras.badges?.(entry) ?? [];
    const titleId = uid('card-title');
    const stat = ctx.stats.get(statsKey(meta.id, entry.local));
    const persona = [meta.persona, meta.personaAge === undefined ? null : t('brief.age-value', { n: meta.personaAge }), t(`style.${meta.personaStyle}`)]
      .filter(Boolean).join(' · ');
    const progress = stat
      ? h('span', { class: 'card-progress', 'data-best': stat.best, 'data-attempts': stat.attempts },
        h('span', { class: 'card-best' }, t('list.best', { n: stat.best })),
        h('span', { class: 'card-meter', 'aria-hidden': 'true' }, h('span', { class: 'card-meter-fill', style: `width: ${stat.best}%` })),
        h('span', { class: 'card-attempts' }, t.count('list.attempts', stat.attempts)))
      : h('span', { class: 'card-progress card-progress--none' }, t('list.unplayed'));
    return h('li', {},
      h('button', {
        type: 'button',
        class: `card card--${meta.channel}${entry.local ? ' card--local' : ''}`,
        'data-scenario-id': meta.id,
        'data-entry': entryKey(entry),
        'data-local': String(entry.local),
        // No aria-label: the name is the card's own words, so voice control finds it by what it shows.
        onclick: () => actions.open(entry),
      },
      h('span', { class: 'card-top' },
        h('span', { class: 'card-icon' }, icon(meta.channel)),
        h('span', { class: 'chip' }, t(`channel.${meta.channel}`)),
        entry.local ? h('span', { class: 'chip chip--local', title: t('list.local-hint') }, t('list.local')) : null,
        h('span', { class: 'stars', 'aria-hidden': 'true' }, stars(meta.difficulty))),
      h('span', { class: 'card-title', id: titleId }, meta.title),
      badges.length === 0 ? null : h('span', { class: 'card-badges' }, ...badges),
      h('span', { class: 'card-details', id: `${titleId}-details` },
        h('span', { class: 'card-product' }, meta.product),
        h('span', { class: 'card-persona' }, icon('user', 'icon icon--inline'), persona),
        entry.local ? h('span', { class: 'sr-only' }, t('list.local-hint')) : null,
        h('span', { class: 'sr-only' }, t('list.difficulty', { n: meta.difficulty })),
        progress),
      h('span', { class: 'card-foot' },
        meta.timeLimit === undefined ? h('span', {}) : h('span', { class: 'card-time', title: formatClock(meta.timeLimit) }, icon('clock', 'icon icon--inline'), t('list.minutes', { n: limitMinutes(meta.timeLimit) })),
        h('span', { class: 'card-cta', 'aria-hidden': 'true' }, t('list.open'), icon('arrow', 'icon icon--inline'))),
      ));
  });
  const importer = filePicker([icon('upload', 'icon icon--inline'), t('list.import')], 'button button--ghost button--small', 'pack-file', '.json,application/json', (file) => {
    const button = importer.querySelector('button');
    if (button) {
      button.disabled = true;
      button.textContent = t('list.importing');
    }
    actions.importPack(file);
  });
  if (busy) {
    const button = importer.querySelector('button');
    if (button) {
      button.disabled = true;
      button.textContent = t('list.importing');
    }
  }
  const element = h('section', { class: 'list-screen', 'aria-labelledby': headingId },
    h('div', { class: 'list-head' },
      h('div', {},
        heading,
        h('p', { class: 'list-sub' }, entries.length === 0 ? t('list.empty') : `${t('list.count', { n: entries.length })} · ${t('list.keys')}`)),
      h('div', { class: 'list-tools' }, ...(extras.tools ?? []), modeToggle(t, ctx.mode, ctx.setMode), importer)),
    message ? messageBlock(message, 'list-message') : null,
    ...(extras.sections ?? []),
    entries.length === 0 ? null : h('ul', { class: 'cards', role: 'list' }, ...cards));
  return { element, focus: heading };
}
