// Every verified attempt in the cohort, newest first, filtered by scenario, mode and trainee,
// a page at a time; and the attempts CSV export with the same filters.
import type { ModeFilter } from '../../net/schemas/common.ts';
import type { CohortAttempt, CohortAttemptPage } from '../../net/schemas/attempt-responses.ts';
import type { AttemptFilter } from '../../net/schemas/requests.ts';
import type { StringKey } from '../i18n/strings.ts';
import { fillWith, h } from '../../ui-kit/dom.ts';
import { icon } from '../ui/icons.ts';
import { formatCallLength, formatDateTime, scoreTone } from '../ui/format.ts';
import { Loadable } from '../ui/loadable.ts';
import { cardFrame, chip, emptyState, selectField, stateBody } from '../ui/parts.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';
import { exportButton } from './export-button.ts';
import { asMode, modeOptions, scenarioFilterOptions } from './filter-options.ts';
import { titleFor } from './scenario-catalog.ts';

const PAGE = 50;

export class AttemptsCard implements Card {
  readonly el = h('div', { class: 'card-slot' });
  private scenario = '';
  private mode: ModeFilter = 'all';
  private trainee = '';
  private readonly page: Loadable<CohortAttemptPage>;
  private body = h('div');

  constructor(private readonly ctx: DashboardContext) {
    this.page = new Loadable(() => this.renderBody(), (e) => ctx.failed(e));
  }

  private filter(): AttemptFilter {
    return {
      ...(this.scenario ? { scenario: this.scenario } : {}),
      ...(this.trainee ? { trainee: this.trainee } : {}),
      mode: this.mode,
    };
  }

  load(): void {
    void this.page.load(() => this.ctx.client.cohortAttempts({ ...this.filter(), limit: PAGE }));
  }

  private more(): void {
    const current = this.page.value;
    if (!current || current.next === null) return;
    const before = current.next;
    void this.page.load(async () => {
      const next = await this.ctx.client.cohortAttempts({ ...this.filter(), limit: PAGE, before });
      return { attempts: [...current.attempts, ...next.attempts], next: next.next };
    });
  }

  render(): void {
    const t = this.ctx.t();
    const trainees = [{ value: '', label: t('filter.all-trainees') }, ...this.ctx.members().map((m) => ({ value: m.traineeId, label: m.displayName }))];
    const tools = [
      selectField(t('filter.scenario'), scenarioFilterOptions(this.ctx, t('filter.all-scenarios')), this.scenario, (v) => {
        this.scenario = v;
        this.load();
      }, 'attempts-scenario'),
      selectField(t('filter.mode'), modeOptions(t), this.mode, (v) => {
        this.mode = asMode(v);
        this.load();
      }, 'attempts-mode'),
      selectField(t('filter.trainee'), trainees, this.trainee, (v) => {
        this.trainee = v;
        this.load();
      }, 'attempts-trainee'),
      exportButton(this.ctx, t('export.attempts'), 'attempts', () => this.ctx.client.attemptsCsv(this.filter())),
    ];
    this.body = h('div', { class: 'card-body' });
    fillWith(this.el, cardFrame({ title: t('attempts.title'), icon: 'list', tools, className: 'attempts-card' }, this.body));
    this.renderBody();
  }

  private renderBody(): void {
    const t = this.ctx.t();
    fillWith(this.body, stateBody(t, this.page.state, () => this.load(), (page) => {
      if (page.attempts.length === 0) return emptyState(t('attempts.empty'), 'list');
      return h('div', {},
        h('div', { class: 'table-wrap' }, h('table', { class: 'table attempts' },
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, t('attempts.when')),
            h('th', { scope: 'col' }, t('attempts.trainee')),
            h('th', { scope: 'col' }, t('attempts.scenario')),
            h('th', { scope: 'col' }, t('attempts.mode')),
            h('th', { scope: 'col' }, t('attempts.outcome')),
            h('th', { scope: 'col', class: 'num' }, t('attempts.score')),
            h('th', { scope: 'col', class: 'num' }, t('attempts.length')))),
          h('tbody', {}, ...page.attempts.map((a) => this.row(a))))),
        h('div', { class: 'table-foot' },
          h('span', { class: 'muted' }, t('attempts.shown', { n: page.attempts.length })),
          page.next === null ? null : h('button', {
            type: 'button', class: 'button button--ghost button--small', onclick: () => this.more(),
          }, t('attempts.more'))));
    }));
  }

  private row(a: CohortAttempt): HTMLElement {
    const t = this.ctx.t();
    const passMark = this.ctx.summary()?.passMark ?? null;
    const outcomeKey = `outcome.${a.outcome ?? 'none'}` as StringKey;
    const passed = passMark !== null && a.mode === 'exam' && a.overall >= passMark;
    return h('tr', { 'data-attempt': a.attemptId },
      h('td', { class: 'muted nowrap' }, formatDateTime(a.submittedAt, t.language)),
      h('th', { scope: 'row' }, a.displayName),
      h('td', {}, titleFor(this.ctx.versions(), a), ' ', chip(t(`scenario-language.${a.language}`), 'quiet')),
      h('td', {}, chip(t(`mode.${a.mode}`), a.mode)),
      h('td', {}, chip(t(outcomeKey), `outcome-${a.outcome ?? 'none'}`)),
      h('td', { class: `num score score--${scoreTone(a.overall)}` },
        passed ? h('span', { class: 'passed', title: t('attempts.passed') }, icon('check', 'icon icon--inline'), h('span', { class: 'sr-only' }, t('attempts.passed'))) : null,
        String(a.overall)),
      h('td', { class: 'num muted' }, formatCallLength(a.simulatedSeconds)));
  }
}
