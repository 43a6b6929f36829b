// "Where trainees go wrong": for one scenario, each decision point with the replies trainees
// chose, most taken first; replies that cost points stand out, with the faults they commit.
import type { ModeFilter } from '../../contract/common.ts';
import type { ChoiceReport, ChoiceStat, DecisionPoint, VersionChoices } from '../../contract/trainer-dashboard.ts';
import { barFill, fillWith, h } from '../../ui-kit/dom.ts';
import { shortHash } from '../ui/format.ts';
import { formatNumber, formatPercent, formatSigned } from '../../ui-kit/locale-format.ts';
import { Loadable } from '../ui/loadable.ts';
import { cardFrame, chip, emptyState, selectField, stateBody } from '../ui/parts.ts';
import { isCostly, versionInsight } from './choice-insight.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';
import { asMode, modeOptions, scenarioFilterOptions } from './filter-options.ts';

export class DecisionsCard implements Card {
  readonly el = h('div', { class: 'card-slot' });
  private scenario: string | null = null;
  private mode: ModeFilter = 'all';
  private readonly report: Loadable<ChoiceReport | null>;
  private body = h('div');

  constructor(private readonly ctx: DashboardContext) {
    this.report = new Loadable(() => this.renderBody(), (e) => ctx.failed(e));
  }

  load(): void {
    void this.report.load(async () => {
      // First time: open on the scenario trainees played most recently.
      if (this.scenario === null) {
        const latest = await this.ctx.client.cohortAttempts({ limit: 1 });
        this.scenario = latest.attempts[0]?.scenarioId ?? '';
        this.render();
      }
      if (this.scenario === '') return null;
      return this.ctx.client.choices(this.scenario, { mode: this.mode });
    });
  }

  render(): void {
    const t = this.ctx.t();
    const options = scenarioFilterOptions(this.ctx, null);
    const tools = [
      options.length === 0 ? null : selectField(t('dec.pick'), this.scenario ? options : [{ value: '', label: '—' }, ...options], this.scenario ?? '', (v) => {
        this.scenario = v;
        this.load();
      }, 'decisions-scenario'),
      selectField(t('filter.mode'), modeOptions(t), this.mode, (v) => {
        this.mode = asMode(v);
        this.load();
      }, 'decisions-mode'),
    ];
    this.body = h('div', { class: 'card-body' });
    fillWith(this.el, cardFrame({ title: t('dec.title'), sub: t('dec.sub'), icon: 'split', tools, className: 'decisions-card' }, this.body));
    this.renderBody();
  }

  private renderBody(): void {
    const t = this.ctx.t();
    fillWith(this.body, stateBody(t, this.report.state, () => this.load(), (report) => {
      if (report === null) return emptyState(t('dec.no-scenarios'), 'split');
      if (report.versions.length === 0) return emptyState(t('dec.none'), 'split');
      return h('div', { class: 'versions' }, ...report.versions.map((v) => this.version(v)));
    }));
  }

  private version(v: VersionChoices): HTMLElement {
    const t = this.ctx.t();
    const insight = versionInsight(v);
    return h('section', { class: 'version', 'data-version': v.contentHash },
      h('header', { class: 'version-head' },
        h('h3', {}, v.title),
        h('div', { class: 'version-meta' },
          chip(t(`scenario-language.${v.language}`), 'quiet'),
          h('code', { class: 'hash', title: v.contentHash }, t('dec.version', { hash: shortHash(v.contentHash) })),
          h('span', { class: 'muted' }, t.count('dec.attempts', v.attempts))),
        h('p', { class: 'version-summary' }, t('dec.summary', { n: insight.points, costly: insight.costlyReplies, count: insight.costlyTaken }))),
      h('ol', { class: 'points' }, ...v.points.map((p, i) => this.point(p, i))));
  }

  private point(p: DecisionPoint, i: number): HTMLElement {
    const t = this.ctx.t();
    return h('li', { class: 'point', 'data-point': p.point },
      h('div', { class: 'point-head' },
        h('span', { class: 'point-badge' }, t('dec.point', { n: i + 1 })),
        h('span', { class: 'muted' }, t.count('dec.visits', p.visits))),
      h('div', { class: 'point-prompt' },
        h('span', { class: 'line-who' }, t('dec.customer')),
        h('p', { class: 'line-text' }, p.prompt.trim() === '' ? t('dec.no-prompt') : p.prompt)),
      h('ul', { class: 'replies-taken' }, ...p.choices.map((c) => this.choice(c, p.visits))));
  }

  private choice(c: ChoiceStat, visits: number): HTMLElement {
    const t = this.ctx.t();
    const costly = isCostly(c);
    const tone = c.averagePoints > 0 ? 'gain' : c.averagePoints < 0 ? 'loss' : 'even';
    return h('li', { class: `reply${costly ? ' reply--costly' : ''}`, 'data-costly': String(costly) },
      h('div', { class: 'reply-main' },
        h('p', { class: 'reply-text' }, c.text),
        h('div', { class: 'reply-bar', 'aria-hidden': 'true' }, barFill(c.share * 100, 'reply-bar-fill')),
        costly || c.faults.length > 0 ? h('div', { class: 'reply-tags' },
          costly ? chip(t('dec.costly'), 'danger') : null,
          ...c.faults.map((f) => chip(t.rubric(f), 'fault'))) : null),
      h('div', { class: 'reply-stats' },
        h('span', { class: 'reply-count' }, t('dec.took', { count: c.count, visits })),
        h('span', { class: 'reply-share' }, formatPercent(c.share, t.language)),
        h('span', { class: `reply-points reply-points--${tone}`, title: t('dec.points-label') },
          t('dec.points', { points: formatSigned(c.averagePoints, t.language) })),
        h('span', { class: 'reply-final muted', title: t('dec.final-label') }, t('dec.final', { n: formatNumber(c.averageOverall, t.language) }))));
  }
}
