// The cohort's members with their attempt counts and scores, the members CSV export, and removing
// a member: after a confirmation that names them and says what happens (their token stops
// working, their attempts stay on the record), the members, leaderboards and assignments reload.
import type { Member } from '../../contract/trainer-dashboard.ts';
import { fillWith, h } from '../../ui-kit/dom.ts';
import { scoreTone } from '../ui/format.ts';
import { formatDateTime, formatNumber } from '../../ui-kit/locale-format.ts';
import { keepingFocus } from '../ui/action-button.ts';
import { confirmDialog } from '../ui/confirm-dialog.ts';
import { cardFrame, emptyState, stateBody } from '../ui/parts.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';
import { exportButton } from './export-button.ts';

export class MembersCard implements Card {
  readonly el = h('div', { class: 'card-slot' });

  /** The members are loaded by the dashboard, since the attempt filters need them too. */
  constructor(private readonly ctx: DashboardContext) {}

  load(): void {
    this.ctx.reloadMembers();
  }

  render(): void {
    keepingFocus(this.el, () => this.build());
  }

  private build(): void {
    const t = this.ctx.t();
    const tools = [exportButton(this.ctx, t('export.members'), 'members', () => this.ctx.client.membersCsv())];
    const members = this.ctx.members();
    fillWith(this.el, cardFrame({
      title: t('members.title'), sub: t.count('members.count', members.length), icon: 'users', tools, className: 'members-card',
    }, h('div', { class: 'card-body' }, stateBody(t, this.ctx.membersState(), () => this.load(), (list) => this.table(list)))));
  }

  private confirmRemove(member: Member): void {
    const t = this.ctx.t();
    confirmDialog(t, {
      title: t('members.remove-title', { name: member.displayName }),
      body: [
        h('p', {}, t('members.remove-body', { name: member.displayName })),
        h('p', { class: 'dialog-note' }, t('members.remove-kept')),
      ],
      confirmLabel: t('members.remove'),
      busyLabel: t('members.removing'),
      icon: 'trash',
      action: 'confirm-remove-member',
      run: async () => {
        await this.ctx.client.removeMember(member.traineeId);
        await this.ctx.cohortChanged();
        this.ctx.announce(t('members.removed', { name: member.displayName }));
      },
      // The row is gone: the card's heading is the nearest place that still is.
      returnFocus: () => this.el.querySelector<HTMLElement>('h2'),
    });
  }

  private table(members: Member[]): HTMLElement {
    const t = this.ctx.t();
    if (members.length === 0) return emptyState(t('members.empty', { code: this.ctx.summary()?.joinCode ?? '' }), 'users');
    const score = (n: number | null) => (n === null ? h('td', { class: 'num muted' }, '—')
      : h('td', { class: `num score score--${scoreTone(n)}` }, formatNumber(n, t.language)));
    return h('div', { class: 'table-wrap' }, h('table', { class: 'table members' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('members.name')),
        h('th', { scope: 'col' }, t('members.joined')),
        h('th', { scope: 'col', class: 'num' }, t('members.attempts')),
        h('th', { scope: 'col', class: 'num' }, t('members.exams')),
        h('th', { scope: 'col', class: 'num' }, t('members.abandoned')),
        h('th', { scope: 'col', class: 'num' }, t('members.best')),
        h('th', { scope: 'col', class: 'num' }, t('members.average')),
        h('th', { scope: 'col' }, t('members.last')),
        h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('members.manage'))))),
      h('tbody', {}, ...members.map((m) => h('tr', { 'data-trainee': m.traineeId },
        h('th', { scope: 'row' }, m.displayName),
        h('td', { class: 'muted nowrap' }, formatDateTime(m.joinedAt, t.language)),
        h('td', { class: 'num' }, String(m.attempts)),
        h('td', { class: 'num' }, String(m.examAttempts)),
        h('td', { class: 'num' }, String(m.abandonedExams)),
        score(m.bestOverall),
        score(m.averageOverall),
        h('td', { class: 'muted nowrap' }, m.lastAttemptAt === null ? '—' : formatDateTime(m.lastAttemptAt, t.language)),
        h('td', { class: 'nowrap' }, h('button', {
          type: 'button', class: 'button button--ghost button--small button--quiet-danger', 'data-action': 'remove-member', 'data-focus-key': `remove:${m.traineeId}`,
          'aria-label': t('members.remove-name', { name: m.displayName }), onclick: () => this.confirmRemove(m),
        }, t('members.remove'))))))));
  }
}
