// Every verified attempt in the cohort, newest first, filtered by scenario, mode and trainee,
// a page at a time; and the attempts CSV export with the same filters. Each row says whether it
// is an exam played on the server or a practice (coach) run the trainee shared, which rubric
// scored it, the red lines it crossed and whether it is an exam the trainee abandoned, and opens
// the attempt's annotated transcript.
import { RED_LINE_FAULTS, courseRubric } from '../../core/rubric/course-rubric.ts';
import type { ModeFilter } from '../../contract/common.ts';
import type { CohortAttempt, CohortAttemptPage } from '../../contract/attempts.ts';
import type { AttemptFilter } from '../../contract/trainer-dashboard.ts';
import { fillWith, h } from '../../ui-kit/dom.ts';
import { keepingFocus } from '../ui/action-button.ts';
import { icon } from '../ui/icons.ts';
import { formatCallLength, scoreTone } from '../ui/format.ts';
import { formatDateTime } from '../../ui-kit/locale-format.ts';
import { Loadable } from '../ui/loadable.ts';
import { cardFrame, chip, emptyState, selectField, stateBody } from '../ui/parts.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';
import { exportButton } from './export-button.ts';
import { asMode, modeOptions, scenarioFilterOptions } from './filter-options.ts';
import { titleFor } from './scenario-catalog.ts';
import { attemptKind } from './transcript-model.ts';
import { kindChip } from './transcript-view.ts';

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
    // Back from a transcript puts focus on the row's button: a reload of the page of attempts keeps it there.
    keepingFocus(this.body, () => this.fillBody());
  }

  private fillBody(): void {
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
            h('th', { scope: 'col' }, t('attempts.red-lines')),
            h('th', { scope: 'col' }, t('attempts.rubric')),
            h('th', { scope: 'col', class: 'num' }, t('attempts.length')),
            h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('attempts.open-col'))))),
          h('tbody', {}, ...page.attempts.map((a) => this.row(a))))),
        h('p', { class: 'table-note muted' }, t('attempts.red-line-note', {
          list: RED_LINE_FAULTS.map((id) => t.rubric(id)).join(t.language === 'zh-CN' ? '、' : ', '),
          cap: courseRubric.rules.redLineCap ?? 40,
        }), ' ', t('attempts.abandoned-note')),
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
    const outcomeKey = `outcome.${a.outcome ?? 'none'}` as const;
    const abandoned = a.status === 'abandoned';
    // Only a finished exam passes: an abandoned one's score is as it stood when the trainee left.
    const passed = passMark !== null && a.ranked && a.overall >= passMark;
    return h('tr', { 'data-attempt': a.attemptId, 'data-status': a.status, ...(a.redLines.length > 0 ? { 'data-red-lines': a.redLines.join(' ') } : {}) },
      h('td', { class: 'muted nowrap' }, formatDateTime(a.submittedAt, t.language)),
      h('th', { scope: 'row' }, a.displayName),
      h('td', {}, titleFor(this.ctx.versions(), a), ' ', chip(t(`scenario-language.${a.language}`), 'quiet')),
      h('td', {}, kindChip(t, attemptKind(a)), a.repeatOf === null ? null : ' ', a.repeatOf === null ? null
        : h('span', { class: 'chip chip--quiet', title: t('attempts.repeat-hint'), 'data-repeat-of': a.repeatOf },
          t('attempts.repeat'), h('span', { class: 'sr-only' }, ` (${t('attempts.repeat-hint')})`))),
      h('td', {}, abandoned
        ? h('span', { class: 'chip chip--abandoned', title: t('attempts.abandoned-hint') }, t('attempts.abandoned'), h('span', { class: 'sr-only' }, ` (${t('attempts.abandoned-hint')})`))
        : chip(t(outcomeKey), `outcome-${a.outcome ?? 'none'}`)),
      h('td', { class: `num score score--${scoreTone(a.overall)}${abandoned ? ' score--as-it-stood' : ''}` },
        passed ? h('span', { class: 'passed', title: t('attempts.passed') }, icon('check', 'icon icon--inline'), h('span', { class: 'sr-only' }, t('attempts.passed'))) : null,
        String(a.overall)),
      h('td', { class: 'red-lines' }, a.redLines.length === 0
        ? h('span', { class: 'muted' }, t('attempts.no-red-lines'))
        : h('ul', { class: 'chip-list', 'aria-label': t('attempts.red-lines') },
          ...a.redLines.map((id) => h('li', {}, h('span', { class: 'chip chip--danger' }, icon('warning', 'icon icon--inline'), t.rubric(id)))))),
      h('td', { class: 'nowrap' }, h('span', { class: 'rubric-version' }, t('attempts.rubric-version', { version: a.rubricVersion }))),
      h('td', { class: 'num muted' }, formatCallLength(a.simulatedSeconds)),
      h('td', { class: 'nowrap' }, h('button', {
        type: 'button', class: 'button button--ghost button--small', 'data-open-attempt': a.attemptId, 'data-focus-key': `open:${a.attemptId}`,
        'aria-label': t('attempts.open-name', { name: a.displayName, title: titleFor(this.ctx.versions(), a), when: formatDateTime(a.submittedAt, t.language) }),
        onclick: () => this.ctx.openAttempt(a.attemptId),
      }, icon('file'), t('attempts.open'))));
  }
}
