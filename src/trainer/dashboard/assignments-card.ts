// The cohort's assignments, soonest due first as the server lists them: for each, how many of the
// current members passed, failed, are in an exam now or have not started (late ones counted), each
// member's status on expanding it, and Remove after a confirmation. Only exams played on the
// server count, as the server decides; this card only shows its counts.
import type { AssignmentMember, AssignmentProgress, AssignmentStatus } from '../../contract/assignments.ts';
import { barFill, fillWith, h } from '../../ui-kit/dom.ts';
import { formatDateTime } from '../../ui-kit/locale-format.ts';
import { keepingFocus } from '../ui/action-button.ts';
import { confirmDialog } from '../ui/confirm-dialog.ts';
import { scoreTone } from '../ui/format.ts';
import { Loadable } from '../ui/loadable.ts';
import { cardFrame, chip, emptyState, stateBody } from '../ui/parts.ts';
import { completionOf, membersInOrder } from './assignment-summary.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';

const STATUS_TONE: Record<AssignmentStatus, string> = { passed: 'ok', failed: 'danger', 'in-progress': 'progress', 'not-started': 'quiet' };

export class AssignmentsCard implements Card {
  readonly el = h('div', { class: 'card-slot' });
  private readonly list: Loadable<AssignmentProgress[]>;
  /** Assignments whose member list is open: kept across reloads. */
  private readonly expanded = new Set<string>();

  constructor(private readonly ctx: DashboardContext) {
    this.list = new Loadable(() => this.render(), (e) => ctx.failed(e));
  }

  load(): void {
    void this.list.load(() => this.ctx.client.assignments());
  }

  render(): void {
    keepingFocus(this.el, () => this.build());
  }

  private build(): void {
    const t = this.ctx.t();
    const count = this.list.value?.length ?? 0;
    const refresh = h('button', {
      type: 'button', class: 'button button--ghost button--small', 'data-action': 'refresh-assignments', 'data-focus-key': 'refresh-assignments',
      'aria-busy': this.list.state.status === 'loading' ? 'true' : null, onclick: () => this.load(),
    }, t('refresh'));
    fillWith(this.el, cardFrame({ title: t('assign.list-title'), sub: t.count('assign.count', count), icon: 'list', tools: [refresh], className: 'assignments-card' },
      h('div', { class: 'card-body' }, stateBody(t, this.list.state, () => this.load(), (list) => this.assignments(list)))));
  }

  private assignments(list: AssignmentProgress[]): HTMLElement {
    const t = this.ctx.t();
    if (list.length === 0) return emptyState(t('assign.empty'), 'calendar');
    return h('ul', { class: 'assignments' }, ...list.map((a) => this.item(a)));
  }

  private item(a: AssignmentProgress): HTMLElement {
    const t = this.ctx.t();
    const summary = completionOf(a, this.ctx.clock.now());
    const language = a.language === null ? t('assign.either') : t(`assign.language-${a.language}`);
    const details = h('details', { class: 'assignment-members', open: this.expanded.has(a.assignmentId) },
      h('summary', { 'data-focus-key': `members:${a.assignmentId}` }, t.count('assign.members', summary.total)),
      this.members(a.members));
    details.addEventListener('toggle', () => {
      if (details.open) this.expanded.add(a.assignmentId);
      else this.expanded.delete(a.assignmentId);
    });
    return h('li', { class: 'assignment', 'data-assignment': a.assignmentId, 'data-scenario': a.scenarioId },
      h('div', { class: 'assignment-head' },
        h('div', {},
          h('h3', {}, a.title),
          h('p', { class: 'assignment-meta' },
            chip(language, 'quiet'),
            h('span', { class: summary.overdue ? 'due due--past' : 'due' }, t('assign.due-on', { date: formatDateTime(a.dueAt, t.language) })),
            summary.overdue ? chip(t('assign.overdue'), 'late') : null,
            h('span', { class: 'muted' }, t('assign.mark-of', { n: a.passMark })))),
        h('button', {
          type: 'button', class: 'button button--ghost button--small button--quiet-danger', 'data-action': 'remove-assignment',
          'data-focus-key': `remove:${a.assignmentId}`, 'aria-label': t('assign.remove-name', { title: a.title }),
          onclick: () => this.confirmRemove(a),
        }, t('assign.remove'))),
      h('div', { class: 'completion' },
        h('p', { class: 'completion-lead', 'data-passed': summary.passed, 'data-total': summary.total },
          h('strong', {}, t('assign.passed-of', { n: summary.passed, total: summary.total })),
          summary.late > 0 ? h('span', { class: 'completion-late', 'data-late': summary.late }, ' · ', t.count('assign.late', summary.late)) : null),
        h('div', { class: 'completion-bar', 'aria-hidden': 'true' },
          ...summary.segments.filter((s) => s.count > 0).map((s) => barFill(s.share * 100, `completion-fill completion-fill--${s.status}`))),
        h('ul', { class: 'completion-legend', 'aria-label': t('assign.by-status') },
          ...summary.segments.map((s) => h('li', { 'data-status': s.status, 'data-count': s.count },
            h('span', { class: `legend-swatch legend-swatch--${s.status}`, 'aria-hidden': 'true' }),
            t(`assign.status-${s.status}`), ' ', h('strong', {}, String(s.count)))))),
      details);
  }

  private members(members: readonly AssignmentMember[]): HTMLElement {
    const t = this.ctx.t();
    if (members.length === 0) return h('p', { class: 'muted' }, t('assign.no-members'));
    return h('div', { class: 'table-wrap' }, h('table', { class: 'table assignment-table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('members.name')),
        h('th', { scope: 'col' }, t('assign.status')),
        h('th', { scope: 'col', class: 'num' }, t('assign.best')),
        h('th', { scope: 'col' }, t('assign.passed-at')))),
      h('tbody', {}, ...membersInOrder(members, t.language).map((m) => h('tr', { 'data-trainee': m.traineeId, 'data-status': m.status, 'data-late': String(m.late) },
        h('th', { scope: 'row' }, m.displayName),
        h('td', {}, chip(t(`assign.status-${m.status}`), STATUS_TONE[m.status]), m.late ? ' ' : null, m.late ? chip(t('assign.late-mark'), 'late') : null),
        m.best === null ? h('td', { class: 'num muted' }, '—') : h('td', { class: `num score score--${scoreTone(m.best)}` }, String(m.best)),
        h('td', { class: 'muted nowrap' }, m.passedAt === null ? '—' : formatDateTime(m.passedAt, t.language)))))));
  }

  private confirmRemove(a: AssignmentProgress): void {
    const t = this.ctx.t();
    confirmDialog(t, {
      title: t('assign.remove-title', { title: a.title }),
      body: [h('p', {}, t('assign.remove-body'))],
      confirmLabel: t('assign.remove'),
      busyLabel: t('assign.removing'),
      icon: 'trash',
      action: 'confirm-remove-assignment',
      run: async () => {
        await this.ctx.client.removeAssignment(a.assignmentId);
        this.expanded.delete(a.assignmentId);
        this.ctx.announce(t('assign.removed', { title: a.title }));
        this.load();
      },
      returnFocus: () => this.el.querySelector<HTMLElement>('h2'),
    });
  }
}
