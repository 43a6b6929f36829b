// The trainee's assignments on the scenario list: the badge on an assigned scenario's card
// ("Assigned · due 5 Dec", the trainee's status, overdue marked) and the short "Assigned to you"
// section above the cards, each item opening the scenario's briefing. What the server said last
// is shown, so this works offline; "overdue" is judged against this device's clock.
import type { MyAssignment } from '../../contract/assignments.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { formatDayMonth } from '../../ui-kit/locale-format.ts';
import { isOffered, type ScenarioEntry } from '../run/scenario-entry.ts';
import { icon } from '../ui/icons.ts';
import { cohortTranslator, type CohortTranslate } from './cohort-strings.ts';
import './cohort.css';

/** Between the parts of one line: seen, and heard as a pause (a button's name runs its parts together). */
const SEPARATOR = (): HTMLElement => h('span', { class: 'assignment-sep' }, ' · ');

/** Whether the assignment is about this entry: its scenario, in its language when it names one. */
export function assigns(assignment: MyAssignment, entry: Pick<ScenarioEntry, 'local' | 'language'> & { meta: { id: string } }): boolean {
  return !entry.local && assignment.scenarioId === entry.meta.id && (assignment.language === null || assignment.language === entry.language);
}

/** The soonest-due assignment of this entry (the server lists them soonest first). */
export function assignmentFor(assignments: readonly MyAssignment[], entry: ScenarioEntry): MyAssignment | null {
  return assignments.find((a) => assigns(a, entry)) ?? null;
}

/** Past its due date and not passed (the server's `late`, or this device's clock when offline since). */
export function isOverdue(assignment: MyAssignment, now: number): boolean {
  return assignment.status !== 'passed' && (assignment.late || Date.parse(assignment.dueAt) < now);
}

/** The entry an assignment opens: in its own language, else the interface language, else any offered. */
export function entryFor(assignment: MyAssignment, catalog: readonly ScenarioEntry[], language: Language): ScenarioEntry | null {
  const offered = catalog.filter((e) => isOffered(e) && assigns(assignment, e));
  return offered.find((e) => e.language === (assignment.language ?? language)) ?? offered[0] ?? null;
}

export function statusText(t: CohortTranslate, assignment: MyAssignment): string {
  const best = assignment.best ?? 0;
  switch (assignment.status) {
    case 'not-started': return t('assign.not-started');
    case 'in-progress': return t('assign.in-progress');
    case 'failed': return t('assign.failed', { best });
    case 'passed': return t('assign.passed', { best });
  }
}

function dueText(t: CohortTranslate, assignment: MyAssignment, language: Language, now: number): string {
  const date = formatDayMonth(assignment.dueAt, language);
  return isOverdue(assignment, now) ? t('assign.overdue', { date }) : t('assign.due', { date });
}

/** The badge on a card: due date and status, in one line a screen reader reads with the card's name. */
export function assignmentBadge(language: Language, assignment: MyAssignment, now: number): HTMLElement {
  const t = cohortTranslator(language);
  const overdue = isOverdue(assignment, now);
  return h('span', {
    class: `assignment-badge${overdue ? ' assignment-badge--overdue' : ''}`, 'data-assignment': assignment.assignmentId,
    'data-status': assignment.status, 'data-overdue': String(overdue),
  },
  h('span', { class: 'assignment-due' }, icon(overdue ? 'flag' : 'clock', 'icon icon--inline'), dueText(t, assignment, language, now)),
  SEPARATOR(),
  h('span', { class: `assignment-status assignment-status--${assignment.status}` }, statusText(t, assignment)));
}

/** "Assigned to you": each assignment with its due date and status; null when there are none. */
export function assignedSection(
  language: Language, assignments: readonly MyAssignment[], catalog: readonly ScenarioEntry[], now: number, choose: (entry: ScenarioEntry) => void,
): HTMLElement | null {
  if (assignments.length === 0) return null;
  const t = cohortTranslator(language);
  const headingId = uid('assigned-heading');
  const items = assignments.map((a) => {
    const entry = entryFor(a, catalog, language);
    const overdue = isOverdue(a, now);
    const words = [
      h('span', { class: 'assigned-title' }, entry?.meta.title ?? a.title),
      h('span', { class: 'assigned-facts' },
        h('span', { class: `assignment-due${overdue ? ' assignment-due--overdue' : ''}` }, icon(overdue ? 'flag' : 'clock', 'icon icon--inline'), dueText(t, a, language, now)),
        SEPARATOR(),
        h('span', { class: `assignment-status assignment-status--${a.status}` }, statusText(t, a)),
        SEPARATOR(),
        h('span', { class: 'assigned-mark' }, t('assign.pass-mark', { n: a.passMark }))),
      h('span', { class: 'assigned-hint' }, entry ? t('assign.exam') : t('assign.missing')),
    ];
    const attrs = { 'data-assignment': a.assignmentId, 'data-status': a.status, 'data-overdue': String(overdue), 'data-scenario-id': a.scenarioId };
    return h('li', {}, entry
      ? h('button', { type: 'button', class: `assigned-item${overdue ? ' assigned-item--overdue' : ''}`, ...attrs, onclick: () => choose(entry) }, ...words)
      : h('div', { class: 'assigned-item assigned-item--missing', ...attrs }, ...words));
  });
  return h('section', { class: 'assigned', 'aria-labelledby': headingId, 'data-testid': 'assigned' },
    h('h2', { id: headingId, class: 'assigned-heading' }, icon('target', 'icon icon--inline'), t('assign.heading')),
    h('ul', { class: 'assigned-list', role: 'list' }, ...items));
}
