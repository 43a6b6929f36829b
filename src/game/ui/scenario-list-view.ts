// The scenario list: one card per catalog entry in the current language, easiest first. Each
// card is a real button, so Tab reaches it and Enter opens its briefing.
import type { ScenarioEntry } from '../run/scenario-entry.ts';
import { formatClock, limitMinutes, stars } from './format.ts';
import { h, uid } from './dom.ts';
import { icon } from './icons.ts';
import type { Screen, ScreenContext } from './screen.ts';

export function entriesFor(catalog: readonly ScenarioEntry[], language: string): ScenarioEntry[] {
  return catalog
    .filter((e) => e.language === language)
    .sort((a, b) => a.meta.difficulty - b.meta.difficulty || a.meta.title.localeCompare(b.meta.title, language));
}

export function renderScenarioList(ctx: ScreenContext, open: (entry: ScenarioEntry) => void): Screen {
  const { t } = ctx;
  const entries = entriesFor(ctx.catalog, ctx.language);
  const headingId = uid('list-heading');
  const heading = h('h1', { id: headingId, tabindex: '-1' }, t('list.heading'));
  const cards = entries.map((entry) => {
    const { meta } = entry;
    const titleId = uid('card-title');
    const persona = [meta.persona, meta.personaAge === undefined ? null : t('brief.age-value', { n: meta.personaAge }), t(`style.${meta.personaStyle}`)]
      .filter(Boolean).join(' · ');
    return h('li', {},
      h('button', {
        type: 'button',
        class: `card card--${meta.channel}`,
        'data-scenario-id': meta.id,
        'aria-labelledby': titleId,
        'aria-describedby': `${titleId}-details`,
        onclick: () => open(entry),
      },
      h('span', { class: 'card-top' },
        h('span', { class: 'card-icon' }, icon(meta.channel)),
        h('span', { class: 'chip' }, t(`channel.${meta.channel}`)),
        h('span', { class: 'stars', 'aria-hidden': 'true' }, stars(meta.difficulty))),
      h('span', { class: 'card-title', id: titleId }, meta.title),
      h('span', { class: 'card-details', id: `${titleId}-details` },
        h('span', { class: 'card-product' }, meta.product),
        h('span', { class: 'card-persona' }, icon('user', 'icon icon--inline'), persona),
        h('span', { class: 'sr-only' }, t('list.difficulty', { n: meta.difficulty }))),
      h('span', { class: 'card-foot' },
        meta.timeLimit === undefined ? h('span', {}) : h('span', { class: 'card-time', title: formatClock(meta.timeLimit) }, icon('clock', 'icon icon--inline'), t('list.minutes', { n: limitMinutes(meta.timeLimit) })),
        h('span', { class: 'card-cta', 'aria-hidden': 'true' }, t('list.open'), icon('arrow', 'icon icon--inline'))),
      ));
  });
  const element = h('section', { class: 'list-screen', 'aria-labelledby': headingId },
    h('div', { class: 'list-head' },
      heading,
      h('p', { class: 'list-sub' }, entries.length === 0 ? t('list.empty') : `${t('list.count', { n: entries.length })} · ${t('list.keys')}`)),
    entries.length === 0 ? null : h('ul', { class: 'cards', role: 'list' }, ...cards));
  return { element, focus: heading };
}
