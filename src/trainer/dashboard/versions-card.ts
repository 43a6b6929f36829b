// The scenarios this cohort published, every version by content hash, the one trainees play
// marked current, and Retire / Restore per version: a retired version is hidden from trainees
// and no exam starts on it, while its attempts stay on the record.
import type { PublishedVersion } from '../../contract/scenarios.ts';
import { fillWith, h } from '../../ui-kit/dom.ts';
import { shortHash } from '../ui/format.ts';
import { formatDateTime } from '../../ui-kit/locale-format.ts';
import { actionButton, actionError, keepingFocus } from '../ui/action-button.ts';
import { cardFrame, chip, emptyState, stateBody } from '../ui/parts.ts';
import { PendingActions } from '../ui/pending-actions.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';
import { currentVersion, groupVersions } from './scenario-catalog.ts';

export class VersionsCard implements Card {
  readonly el = h('div', { class: 'card-slot' });
  private readonly pending: PendingActions;

  constructor(private readonly ctx: DashboardContext) {
    this.pending = new PendingActions(() => this.render(), (e) => ctx.failed(e));
  }

  load(): void {
    this.ctx.reloadScenarios();
  }

  render(): void {
    keepingFocus(this.el, () => this.build());
  }

  private build(): void {
    const t = this.ctx.t();
    fillWith(this.el,
      cardFrame({ title: t('ver.title'), sub: t('ver.sub'), icon: 'book', className: 'versions-card' },
        h('div', { class: 'card-body' }, stateBody(t, this.ctx.publishedState(), () => this.load(), (list) => this.published(list)))));
  }

  private retire(v: PublishedVersion, retired: boolean): void {
    const t = this.ctx.t();
    void this.pending.run(`retire:${v.contentHash}`, async () => {
      await this.ctx.client.retireScenario(v.contentHash, retired);
      await this.ctx.cohortChanged();
      this.ctx.announce(t(retired ? 'ver.retired-done' : 'ver.restored-done', { title: v.title, hash: shortHash(v.contentHash) }));
    });
  }

  private published(list: PublishedVersion[]): HTMLElement {
    const t = this.ctx.t();
    if (list.length === 0) return emptyState(t('ver.empty'), 'book');
    return h('ul', { class: 'groups' }, ...groupVersions(list).map((g) => {
      const current = currentVersion(g);
      return h('li', { class: 'group', 'data-scenario': g.scenarioId, 'data-language': g.language },
        h('div', { class: 'group-head' },
          h('h3', {}, g.title),
          h('div', { class: 'group-meta' },
            h('code', { class: 'scenario-id' }, g.scenarioId),
            chip(t(`scenario-language.${g.language}`), 'quiet'),
            h('span', { class: 'muted' }, t.count('ver.versions', g.versions.length)),
            current === null ? chip(t('ver.all-retired'), 'retired') : null)),
        h('ol', { class: 'version-list' }, ...g.versions.map((v) => {
          const key = `retire:${v.contentHash}`;
          const isCurrent = v === current;
          return h('li', {
            class: `version-row${isCurrent ? ' version-row--current' : ''}${v.retired ? ' version-row--retired' : ''}`,
            'data-hash': v.contentHash, 'data-retired': String(v.retired),
          },
          h('span', { class: 'version-info' },
            h('code', { class: 'hash', title: `${t('ver.hash')}: ${v.contentHash}` }, shortHash(v.contentHash)),
            v.title !== g.title ? h('span', { class: 'version-title' }, v.title) : null,
            h('span', { class: 'muted' }, t('ver.published', { date: formatDateTime(v.since, t.language) }))),
          h('span', { class: 'version-state' },
            isCurrent ? chip(t('ver.current'), 'ok') : null,
            v.retired ? chip(t('ver.retired'), 'retired') : null,
            actionButton(this.pending, {
              key,
              label: v.retired ? t('ver.restore') : t('ver.retire'),
              busyLabel: v.retired ? t('ver.restoring') : t('ver.retiring'),
              name: t(v.retired ? 'ver.restore-name' : 'ver.retire-name', { title: v.title, hash: shortHash(v.contentHash) }),
              icon: v.retired ? 'undo' : 'archive',
              attrs: { 'data-action': v.retired ? 'restore-version' : 'retire-version' },
              onClick: () => this.retire(v, !v.retired),
            })),
          actionError(t, this.pending, key));
        })));
    }));
  }
}
