// "Scores by skill": the cohort's average per rubric dimension as bars, and the same averages per
// trainee as a table, for a scenario and mode the trainer picks.
import { DIMENSION_IDS, type DimensionId } from '../../core/schemas/rubric.ts';
import type { ModeFilter } from '../../contract/common.ts';
import type { DimensionAverages, DimensionReport } from '../../contract/trainer-dashboard.ts';
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import { barFill, fillWith, h } from '../../ui-kit/dom.ts';
import { scoreTone } from '../ui/format.ts';
import { formatNumber } from '../../ui-kit/locale-format.ts';
import { Loadable } from '../ui/loadable.ts';
import { cardFrame, emptyState, selectField, stateBody } from '../ui/parts.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';
import { asMode, modeOptions, scenarioFilterOptions } from './filter-options.ts';

const assessed = (averages: DimensionAverages): DimensionId[] => DIMENSION_IDS.filter((d) => averages[d] !== undefined);

export class DimensionsCard implements Card {
  readonly el = h('div', { class: 'card-slot' });
  /** The per-trainee table, placed by the overview below the bars. */
  readonly matrixEl = h('div', { class: 'card-slot' });
  private scenario = '';
  private mode: ModeFilter = 'all';
  private readonly report: Loadable<DimensionReport>;
  private barsBody = h('div');
  private matrixBody = h('div');

  constructor(private readonly ctx: DashboardContext) {
    this.report = new Loadable(() => this.renderBodies(), (e) => ctx.failed(e));
  }

  load(): void {
    void this.report.load(() => this.ctx.client.dimensions({ ...(this.scenario ? { scenario: this.scenario } : {}), mode: this.mode }));
  }

  render(): void {
    const t = this.ctx.t();
    const tools = [
      selectField(t('filter.scenario'), scenarioFilterOptions(this.ctx, t('filter.all-scenarios')), this.scenario, (v) => {
        this.scenario = v;
        this.load();
      }, 'dimensions-scenario'),
      selectField(t('filter.mode'), modeOptions(t), this.mode, (v) => {
        this.mode = asMode(v);
        this.load();
      }, 'dimensions-mode'),
    ];
    this.barsBody = h('div', { class: 'card-body' });
    this.matrixBody = h('div', { class: 'card-body' });
    fillWith(this.el, cardFrame({ title: t('dims.title'), sub: t('dims.sub'), icon: 'chart', tools, className: 'dims-card' }, this.barsBody));
    fillWith(this.matrixEl, cardFrame({ title: t('matrix.title'), sub: t('matrix.sub'), icon: 'users', className: 'matrix-card' }, this.matrixBody));
    this.renderBodies();
  }

  private renderBodies(): void {
    const t = this.ctx.t();
    fillWith(this.barsBody, stateBody(t, this.report.state, () => this.load(), (report) => this.bars(report)));
    fillWith(this.matrixBody, stateBody(t, this.report.state, () => this.load(), (report) => this.matrix(report)));
  }

  private bars(report: DimensionReport): HTMLElement {
    const t = this.ctx.t();
    const dims = assessed(report.cohort);
    if (dims.length === 0) return emptyState(t('dims.none'), 'chart');
    const weakest = dims.reduce((a, b) => (report.cohort[b]!.average < report.cohort[a]!.average ? b : a));
    return h('div', {},
      h('ul', { class: 'dims' }, ...dims.map((d) => {
        const { average, attempts } = report.cohort[d]!;
        const summary = courseRubric.dimensions.find((x) => x.id === d)?.summary[t.language] ?? '';
        return h('li', { class: `dim dim--${scoreTone(average)}`, 'data-dimension': d },
          h('div', { class: 'dim-head' },
            h('span', { class: 'dim-label' }, t.rubric(d)),
            h('span', { class: 'dim-score' }, formatNumber(average, t.language))),
          h('div', {
            class: 'bar', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': average,
            'aria-label': t.rubric(d),
          }, barFill(average)),
          h('p', { class: 'dim-summary' }, summary, h('span', { class: 'dim-count' }, ` · ${t.count('dims.attempts', attempts)}`)));
      })),
      h('p', { class: 'hint hint--callout' }, t('dims.weakest', { name: t.rubric(weakest) })));
  }

  private matrix(report: DimensionReport): HTMLElement {
    const t = this.ctx.t();
    const dims = assessed(report.cohort);
    if (report.trainees.length === 0) return emptyState(t('dims.none'), 'users');
    return h('div', { class: 'table-wrap' },
      h('table', { class: 'table matrix' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('matrix.trainee')),
          ...dims.map((d) => h('th', { scope: 'col', class: 'num' }, t.rubric(d))))),
        h('tbody', {}, ...report.trainees.map((trainee) => h('tr', {},
          h('th', { scope: 'row' }, trainee.displayName),
          ...dims.map((d) => {
            const cell = trainee.dimensions[d];
            if (!cell) return h('td', { class: 'num cell--na' }, h('span', { 'aria-label': t('matrix.not-assessed') }, '—'));
            return h('td', { class: `num cell cell--${scoreTone(cell.average)}`, title: t.count('dims.attempts', cell.attempts) },
              formatNumber(cell.average, t.language));
          }))))));
  }
}
