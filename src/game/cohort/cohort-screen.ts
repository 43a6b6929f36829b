// The cohort screen: join with a cohort code and a display name, or — once joined — which cohort
// this is, the runs sent from this device (shared coach runs; exams from before they were played
// on the server) with their status and verified score,
// sending the queue now, the leaderboard, and leaving (with a confirmation).
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { formatDateTime } from '../../ui-kit/locale-format.ts';
import { scoreTone } from '../ui/debrief-view.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { icon } from '../ui/icons.ts';
import { messageBlock, type Message } from '../ui/notice.ts';
import type { Screen, ScreenContext } from '../ui/screen.ts';
import type { Membership, Submission } from '../../storage/cohort-records.ts';
import type { CohortFeature, JoinProblem } from './cohort-feature.ts';
import { cohortTranslator, type CohortKey, type CohortTranslate } from './cohort-strings.ts';
import './cohort.css';

export interface CohortActions {
  leaderboard: () => void;
}

const PROBLEM_TEXT = {
  'code-format': 'cohort.error-code-format',
  'name-empty': 'cohort.error-name-empty',
  'unknown-code': 'cohort.error-unknown-code',
  'name-taken': 'cohort.error-name-taken',
  network: 'cohort.error-network',
  refused: 'cohort.error-refused',
  storage: 'cohort.error-storage',
} as const satisfies Record<JoinProblem, CohortKey>;

function block(title: string, iconName: Parameters<typeof icon>[0], ...children: Array<Node | null>): HTMLElement {
  const id = uid('cohort-block');
  return h('section', { class: 'card-block cohort-block', 'aria-labelledby': id }, h('h2', { id }, icon(iconName, 'icon icon--inline'), title), ...children);
}

/** A scenario's title in the interface language, falling back to the language it was played in. */
export function titleOf(ctx: ScreenContext, scenarioId: string, language: string): string {
  const shipped = ctx.catalog.filter((e) => !e.local && e.meta.id === scenarioId);
  return (shipped.find((e) => e.language === ctx.language) ?? shipped.find((e) => e.language === language) ?? shipped[0])?.meta.title ?? scenarioId;
}

export function renderCohortScreen(ctx: ScreenContext, feature: CohortFeature, actions: CohortActions, message: Message | null = null): Screen {
  const t = cohortTranslator(ctx.language);
  const heading = h('h1', { tabindex: '-1' }, t('cohort.heading'));
  const body = h('div', { class: 'cohort-body' });
  const element = h('div', { class: 'cohort-screen page', 'data-testid': 'cohort-screen' },
    h('div', { class: 'page-head' }, heading, h('p', { class: 'list-sub' }, t('cohort.intro'))),
    body);

  let shownMember: string | null | undefined;
  let notice: Message | null = message;
  const render = (): void => {
    const membership = feature.current;
    const key = membership?.traineeId ?? null;
    if (key === shownMember) return;
    shownMember = key;
    const content = !feature.available
      ? [messageBlock({ tone: 'error', title: t('cohort.error-storage') }, 'cohort-message')]
      : membership ? joinedView(ctx, t, feature, membership, actions, notice, rerender) : [joinForm(t, feature, notice, rerender)];
    notice = null;
    body.replaceChildren(...content);
  };
  /** Renders again with a message, and puts the focus where the trainee continues. */
  function rerender(next: Message | null, focus: string | null = null): void {
    notice = next;
    shownMember = undefined;
    render();
    if (focus) body.querySelector<HTMLElement>(focus)?.focus();
  }
  render();
  const unsubscribe = feature.subscribe(render);
  return { element, title: t('cohort.heading'), focus: heading, dispose: unsubscribe };
}

type Rerender = (message: Message | null, focus?: string | null) => void;

function joinForm(t: CohortTranslate, feature: CohortFeature, message: Message | null, rerender: Rerender): HTMLElement {
  const codeId = uid('cohort-code');
  const nameId = uid('cohort-name');
  const code = h('input', {
    id: codeId, name: 'code', class: 'field-input field-input--code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false',
    maxlength: '16', required: true, 'aria-describedby': `${codeId}-hint`, 'data-field': 'code',
  });
  const name = h('input', {
    id: nameId, name: 'displayName', class: 'field-input', autocomplete: 'nickname', maxlength: '40', required: true,
    'aria-describedby': `${nameId}-hint`, 'data-field': 'display-name',
  });
  const submit = h('button', { type: 'submit', class: 'button button--primary', 'data-action': 'join' }, icon('user', 'icon icon--inline'), t('cohort.join'));
  const feedback = h('div', { class: 'cohort-feedback' }, message ? messageBlock(message, 'cohort-message') : null);
  const form = h('form', { class: 'cohort-form', novalidate: true, 'data-testid': 'join-form' },
    h('div', { class: 'field' },
      h('label', { for: codeId, class: 'field-label' }, t('cohort.code')),
      code,
      h('span', { class: 'field-hint', id: `${codeId}-hint` }, t('cohort.code-hint'))),
    h('div', { class: 'field' },
      h('label', { for: nameId, class: 'field-label' }, t('cohort.name')),
      name,
      h('span', { class: 'field-hint', id: `${nameId}-hint` }, t('cohort.name-hint'))),
    h('div', { class: 'cohort-actions' }, submit),
    feedback);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    submit.replaceChildren(t('cohort.joining'));
    feedback.replaceChildren();
    void feature.join(code.value, name.value).then((outcome) => {
      if (outcome.ok) {
        const { cohortName, displayName } = outcome.membership;
        rerender({ tone: 'ok', title: t('cohort.joined', { name: cohortName, displayName }) }, '[data-action="leaderboard"]');
        return;
      }
      submit.disabled = false;
      submit.replaceChildren(icon('user', 'icon icon--inline'), t('cohort.join'));
      const problem: Message = { tone: 'error', title: t(PROBLEM_TEXT[outcome.problem], { reason: outcome.reason }) };
      feedback.replaceChildren(messageBlock(problem, 'cohort-message'));
      const field = outcome.problem === 'name-empty' || outcome.problem === 'name-taken' ? name : code;
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    });
  });
  for (const input of [code, name]) input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
  return h('div', { class: 'cohort-grid' },
    block(t('cohort.join-heading'), 'user', form),
    block(t('sub.heading'), 'target', h('p', { class: 'cohort-rules' }, t('cohort.rules'))));
}

function joinedView(
  ctx: ScreenContext, t: CohortTranslate, feature: CohortFeature, membership: Membership, actions: CohortActions,
  message: Message | null, rerender: Rerender,
): HTMLElement[] {
  const language = ctx.language;
  const feedback = h('div', { class: 'cohort-feedback', 'aria-live': 'polite' }, message ? messageBlock(message, 'cohort-message') : null);
  const sendNow = h('button', { type: 'button', class: 'button button--ghost', 'data-action': 'send-now' }, icon('upload', 'icon icon--inline'), t('cohort.send-now'));
  const leave = h('button', { type: 'button', class: 'button button--ghost button--danger', 'data-action': 'leave' }, t('cohort.leave'));
  const buttons = h('div', { class: 'cohort-actions' },
    h('button', { type: 'button', class: 'button button--primary', 'data-action': 'leaderboard', onclick: actions.leaderboard }, icon('chart', 'icon icon--inline'), t('cohort.leaderboard')),
    sendNow, leave);
  sendNow.addEventListener('click', () => {
    sendNow.disabled = true;
    void feature.flush(true).then((report) => {
      sendNow.disabled = false;
      const title = report.waiting > 0 ? t('cohort.still-waiting') : t.count('cohort.sent', report.submitted);
      feedback.replaceChildren(messageBlock({ tone: report.waiting > 0 ? 'info' : 'ok', title }, 'cohort-message'));
    });
  });
  leave.addEventListener('click', () => {
    void feature.submissions().then((all) => {
      const queued = all.filter((s) => s.state === 'queued').length;
      const yes = h('button', { type: 'button', class: 'button button--danger-solid', 'data-action': 'leave-confirm' }, t('cohort.leave-yes'));
      const no = h('button', { type: 'button', class: 'button button--ghost', 'data-action': 'leave-cancel' }, t('cohort.cancel'));
      const confirm = h('div', { class: 'message message--error cohort-confirm', role: 'alertdialog', 'aria-label': t('cohort.leave') },
        h('p', { class: 'message-title' }, t('cohort.leave-confirm', { name: membership.cohortName })),
        queued > 0 ? h('p', {}, t.count('cohort.leave-queued', queued)) : null,
        h('div', { class: 'cohort-actions' }, yes, no));
      feedback.replaceChildren(confirm);
      no.addEventListener('click', () => {
        feedback.replaceChildren();
        leave.focus();
      });
      yes.addEventListener('click', () => {
        yes.disabled = true;
        void feature.leave().then(() => rerender({ tone: 'ok', title: t('cohort.left', { name: membership.cohortName }) }, '[data-field="code"]'));
      });
      no.focus();
    });
  });

  const details = block(t('cohort.membership'), 'user',
    h('dl', { class: 'cohort-facts' },
      h('div', {}, h('dt', {}, t('cohort.member-of')), h('dd', { 'data-testid': 'cohort-name' }, membership.cohortName)),
      h('div', {}, h('dt', {}, t('cohort.you-are')), h('dd', { 'data-testid': 'cohort-display-name' }, membership.displayName)),
      h('div', {}, h('dt', {}, t('cohort.joined-at')), h('dd', {}, formatDateTime(membership.joinedAt, language)))),
    buttons, feedback);

  const counts = h('p', { class: 'section-hint', 'data-testid': 'submission-counts' });
  const table = h('div', { class: 'table-wrap', 'data-testid': 'submissions' });
  const listing = block(t('cohort.submissions'), 'upload', counts, table, h('p', { class: 'cohort-rules muted' }, t('cohort.rules')));
  const fill = (all: Submission[]): void => {
    table.dataset.sending = String(feature.sending);
    const n = (state: Submission['state']): number => all.filter((s) => s.state === state).length;
    counts.textContent = t('cohort.counts', { submitted: n('submitted'), queued: n('queued'), rejected: n('rejected') });
    table.replaceChildren(all.length === 0
      ? h('p', { class: 'muted' }, t('cohort.submissions-none'))
      : h('table', { class: 'data-table submission-table' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('cohort.col-when')), h('th', { scope: 'col' }, t('cohort.col-scenario')),
          h('th', { scope: 'col' }, t('cohort.col-status')), h('th', { scope: 'col', class: 'num' }, t('cohort.col-score')))),
        h('tbody', {}, ...all.map((s) => submissionRow(ctx, t, s, language)))));
  };
  const refresh = (): void => void feature.submissions().then(fill, () => fill([]));
  refresh();
  // Only the table follows later changes; the screen itself re-renders when the membership does.
  const unsubscribe = feature.subscribe(() => {
    if (!listing.isConnected) unsubscribe();
    else refresh();
  });
  return [h('div', { class: 'cohort-grid cohort-grid--joined' }, details, listing)];
}

function submissionRow(ctx: ScreenContext, t: CohortTranslate, s: Submission, language: Language): HTMLElement {
  const status = s.state === 'rejected'
    ? [h('span', { class: 'status-tag status-tag--rejected' }, t('status.rejected')), h('span', { class: 'reason' }, s.rejection?.reason ?? '')]
    : s.state === 'queued'
      ? [h('span', { class: 'status-tag status-tag--queued' }, t('status.queued')),
        s.tries > 0 && s.nextTryAt ? h('span', { class: 'reason' }, t.count('status.retry', s.tries, { time: formatDateTime(s.nextTryAt, language) })) : null]
      : [h('span', { class: 'status-tag status-tag--submitted' }, icon('check', 'icon icon--inline'), t('status.submitted'))];
  // A left exam is on the trainer's record but never ranked: say so wherever it is listed.
  if (s.body.abandoned) status.push(h('span', { class: 'status-tag status-tag--abandoned', 'data-abandoned': 'true' }, t('status.abandoned')));
  // A shared coach run reaches the trainer as practice, never a leaderboard.
  if (s.body.mode === 'coach') status.push(h('span', { class: 'status-tag status-tag--abandoned', 'data-practice': 'true' }, t('status.practice')));
  const score = s.verified ? h('span', { class: `score-pill score-pill--${scoreTone(s.verified.overall)}` }, String(s.verified.overall)) : '—';
  return h('tr', { 'data-submission': s.key, 'data-state': s.state },
    h('td', {}, formatDateTime(s.queuedAt, language)),
    h('th', { scope: 'row' }, titleOf(ctx, s.body.scenarioId, s.body.language)),
    h('td', {}, h('div', { class: 'status-cell' }, ...status)),
    h('td', { class: 'num' }, score));
}
