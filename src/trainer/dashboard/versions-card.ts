// The scenarios this cohort published, every version by content hash with the current one
// marked, and the scenarios shipped with the game that every cohort may play.
import type { ScenarioVersion } from '../../contract/scenarios.ts';
import { fillWith, h } from '../../ui-kit/dom.ts';
import { shortHash } from '../ui/format.ts';
import { formatDateTime } from '../../ui-kit/locale-format.ts';
import { cardFrame, chip, emptyState, stateBody } from '../ui/parts.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';
import { groupVersions, scenarioOptions } from './scenario-catalog.ts';

export class VersionsCard implements Card {
  readonly el = h('div', { class: 'card-slot' });

  constructor(private readonly ctx: DashboardContext) {}

  load(): void {
    this.ctx.reloadScenarios();
  }

  render(): void {
    const t = this.ctx.t();
    fillWith(this.el,
      cardFrame({ title: t('ver.title'), sub: t('ver.sub'), icon: 'book', className: 'versions-card' },
        h('div', { class: 'card-body' }, stateBody(t, this.ctx.publishedState(), () => this.load(), (list) => this.published(list)))),
      cardFrame({ title: t('shipped.title'), sub: t('shipped.sub'), icon: 'play', className: 'shipped-card' },
        h('div', { class: 'card-body' }, stateBody(t, this.ctx.catalogState(), () => this.load(), (list) => this.shipped(list)))));
  }

  private published(list: ScenarioVersion[]): HTMLElement {
    const t = this.ctx.t();
    if (list.length === 0) return emptyState(t('ver.empty'), 'book');
    return h('ul', { class: 'groups' }, ...groupVersions(list).map((g) => h('li', { class: 'group', 'data-scenario': g.scenarioId },
      h('div', { class: 'group-head' },
        h('h3', {}, g.title),
        h('div', { class: 'group-meta' },
          h('code', { class: 'scenario-id' }, g.scenarioId),
          chip(t(`scenario-language.${g.language}`), 'quiet'),
          h('span', { class: 'muted' }, t.count('ver.versions', g.versions.length)))),
      h('ol', { class: 'version-list' }, ...g.versions.map((v, i) => h('li', { class: `version-row${i === 0 ? ' version-row--current' : ''}` },
        h('code', { class: 'hash', title: `${t('ver.hash')}: ${v.contentHash}` }, shortHash(v.contentHash)),
        i > 0 && v.title !== g.title ? h('span', { class: 'version-title' }, v.title) : null,
        h('span', { class: 'muted' }, t('ver.published', { date: formatDateTime(v.since, t.language) })),
        i === 0 ? chip(t('ver.current'), 'ok') : null))))));
  }

  private shipped(list: ScenarioVersion[]): HTMLElement {
    const t = this.ctx.t();
    const shipped = list.filter((v) => v.source === 'shipped');
    const languages = (id: string) => shipped.filter((v) => v.scenarioId === id).map((v) => v.language);
    return h('ul', { class: 'shipped' }, ...scenarioOptions(shipped, t.language).map((s) => h('li', {},
      h('span', { class: 'shipped-title' }, s.title),
      h('span', { class: 'shipped-langs' }, ...languages(s.id).map((l) => chip(t(`scenario-language.${l}`), 'quiet'))))));
  }
}
