// The scenarios shipped with the game, each with the languages it comes in, and Hide / Show for
// this cohort: a hidden one leaves the trainees' list and no exam starts on it; its attempts stay.
import type { ShippedScenario } from '../../contract/cohort-admin.ts';
import { fillWith, h } from '../../ui-kit/dom.ts';
import { actionButton, actionError, keepingFocus } from '../ui/action-button.ts';
import { cardFrame, chip, emptyState, stateBody } from '../ui/parts.ts';
import { PendingActions } from '../ui/pending-actions.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';
import { scenarioOptions } from './scenario-catalog.ts';

export class ShippedCard implements Card {
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
    fillWith(this.el, cardFrame({ title: t('shipped.title'), sub: t('shipped.sub'), icon: 'play', className: 'shipped-card' },
      h('div', { class: 'card-body' }, stateBody(t, this.ctx.shippedState(), () => this.load(), (list) => this.list(list)))));
  }

  private hide(scenarioId: string, title: string, hidden: boolean): void {
    const t = this.ctx.t();
    void this.pending.run(`hide:${scenarioId}`, async () => {
      this.ctx.setShipped(await this.ctx.client.hideShipped(scenarioId, hidden));
      this.ctx.announce(t(hidden ? 'shipped.hidden-done' : 'shipped.shown-done', { title }));
      // The trainees' list, filters and assignment choices follow.
      this.ctx.reloadScenarios();
    });
  }

  private list(list: ShippedScenario[]): HTMLElement {
    const t = this.ctx.t();
    if (list.length === 0) return emptyState(t('shipped.empty'), 'play');
    return h('ul', { class: 'shipped' }, ...scenarioOptions(list, t.language).map((s) => {
      const versions = list.filter((v) => v.scenarioId === s.id);
      const hidden = versions.some((v) => v.hidden);
      const key = `hide:${s.id}`;
      return h('li', { class: `shipped-row${hidden ? ' shipped-row--hidden' : ''}`, 'data-scenario': s.id, 'data-hidden': String(hidden) },
        h('div', { class: 'shipped-main' },
          h('span', { class: 'shipped-title' }, s.title),
          h('span', { class: 'shipped-langs' }, ...versions.map((v) => chip(t(`scenario-language.${v.language}`), 'quiet')),
            hidden ? chip(t('shipped.hidden'), 'retired') : null)),
        actionButton(this.pending, {
          key,
          label: hidden ? t('shipped.show') : t('shipped.hide'),
          busyLabel: hidden ? t('shipped.showing') : t('shipped.hiding'),
          name: t(hidden ? 'shipped.show-name' : 'shipped.hide-name', { title: s.title }),
          icon: hidden ? 'eye' : 'eye-off',
          attrs: { 'data-action': hidden ? 'show-shipped' : 'hide-shipped' },
          onClick: () => this.hide(s.id, s.title, !hidden),
        }),
        actionError(t, this.pending, key));
    }));
  }
}
