// The cohort's leaderboard as trainees see it: overall or per scenario, all time or this week.
import type { Period } from '../../contract/common.ts';
import type { Leaderboard } from '../../contract/leaderboard.ts';
import { fillWith, h } from '../../ui-kit/dom.ts';
import { formatDate, formatDateTime } from '../../ui-kit/locale-format.ts';
import { Loadable } from '../ui/loadable.ts';
import { cardFrame, emptyState, segmented, selectField, stateBody } from '../ui/parts.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';
import { scenarioFilterOptions } from './filter-options.ts';

const LIMIT = 20;

export class LeaderboardCard implements Card {
  readonly el = h('div', { class: 'card-slot' });
  private scenario = '';
  private period: Period = 'all';
  private readonly board: Loadable<Leaderboard>;
  private body = h('div');

  constructor(private readonly ctx: DashboardContext) {
    this.board = new Loadable(() => this.renderBody(), (e) => ctx.failed(e));
  }

  load(): void {
    void this.board.load(() => this.ctx.client.leaderboard({ ...(this.scenario ? { scenario: this.scenario } : {}), period: this.period, limit: LIMIT }));
  }

  render(): void {
    const t = this.ctx.t();
    const tools = [
      selectField(t('lb.board'), scenarioFilterOptions(this.ctx, t('lb.overall')), this.scenario, (v) => {
        this.scenario = v;
        this.load();
      }, 'leaderboard-scenario'),
      segmented(t('lb.period'), [{ value: 'all', label: t('lb.all') }, { value: 'week', label: t('lb.week') }], this.period, (v) => {
        this.period = v === 'week' ? 'week' : 'all';
        this.render();
        this.load();
      }),
    ];
    this.body = h('div', { class: 'card-body' });
    fillWith(this.el, cardFrame({ title: t('lb.title'), sub: t('lb.rule'), icon: 'trophy', tools, className: 'board-card' }, this.body));
    this.renderBody();
  }

  private renderBody(): void {
    const t = this.ctx.t();
    fillWith(this.body, stateBody(t, this.board.state, () => this.load(), (board) => {
      const overall = board.scenarioId === null;
      const week = board.weekStart ? h('p', { class: 'hint' }, t('lb.week-of', { date: formatDate(board.weekStart, t.language) })) : null;
      if (board.rows.length === 0) return h('div', {}, week, emptyState(t('lb.empty'), 'trophy'));
      return h('div', {}, week, h('div', { class: 'table-wrap' }, h('table', { class: 'table board', 'data-board': board.scenarioId ?? 'overall' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', class: 'num' }, t('lb.rank')),
          h('th', { scope: 'col' }, t('lb.trainee')),
          h('th', { scope: 'col', class: 'num' }, t('lb.score')),
          overall ? h('th', { scope: 'col', class: 'num' }, t('lb.scenarios')) : null,
          h('th', { scope: 'col' }, t('lb.reached')))),
        h('tbody', {}, ...board.rows.map((row) => h('tr', { class: row.rank <= 3 ? `podium podium--${row.rank}` : '' },
          h('td', { class: 'num' }, h('span', { class: 'rank' }, String(row.rank))),
          h('th', { scope: 'row', class: 'board-name' }, row.displayName),
          h('td', { class: 'num board-score' }, String(row.score)),
          overall ? h('td', { class: 'num' }, String(row.scenarios)) : null,
          h('td', { class: 'muted nowrap' }, formatDateTime(row.reachedAt, t.language))))))));
    }));
  }
}
