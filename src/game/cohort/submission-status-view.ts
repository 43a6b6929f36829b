// The debrief's cohort line: an exam played on the server, with the score it verified and ranked;
// a coach run shared as practice (queued, sent, or refused with the server's reason); or why the
// attempt is not for the cohort; and a way to the leaderboard. It follows the submission live.
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { h } from '../../ui-kit/dom.ts';
import { icon } from '../ui/icons.ts';
import type { CohortFeature, SubmissionStatus } from './cohort-feature.ts';
import { cohortTranslator, type CohortTranslate } from './cohort-strings.ts';
import './cohort.css';

export interface StatusActions {
  leaderboard: (scenarioId: string) => void;
  cohort: () => void;
}

type Shown = 'pending' | 'queued' | 'submitted' | 'rejected' | 'skipped' | 'failed';

function describe(t: CohortTranslate, status: SubmissionStatus | null, cohort: string, localOverall: number): { state: Shown; lines: string[]; key: string | null } {
  if (status === null || status.kind === 'pending') return { state: 'pending', lines: [t('sub.sending', { cohort })], key: null };
  if (status.kind === 'skipped') return { state: 'skipped', lines: [t(`skip.${status.reason}` as const)], key: null };
  if (status.kind === 'failed') return { state: 'failed', lines: [t('sub.failed', { reason: status.reason })], key: null };
  if (status.kind === 'ranked') {
    const { attempt } = status;
    if (attempt.status === 'abandoned') return { state: 'submitted', lines: [t('sub.ranked-abandoned', { cohort })], key: attempt.attemptId };
    const lines = [t('sub.ranked', { cohort, score: attempt.overall })];
    if (attempt.overall !== localOverall) lines.push(t('sub.differs', { server: attempt.overall, local: localOverall }));
    return { state: 'submitted', lines, key: attempt.attemptId };
  }
  const s = status.submission;
  if (s.state === 'queued') return { state: 'queued', lines: [t(s.body.mode === 'coach' ? 'sub.queued-practice' : 'sub.queued', { cohort })], key: s.key };
  if (s.state === 'rejected') return { state: 'rejected', lines: [t('sub.rejected', { reason: s.rejection?.reason ?? '' })], key: s.key };
  const score = s.verified?.overall ?? localOverall;
  if (s.body.abandoned) return { state: 'submitted', lines: [t('sub.abandoned', { cohort })], key: s.key };
  if (s.body.mode === 'coach') return { state: 'submitted', lines: [t('sub.practice', { cohort })], key: s.key };
  const lines = [t('sub.submitted', { cohort, score })];
  if (score !== localOverall) lines.push(t('sub.differs', { server: score, local: localOverall }));
  return { state: 'submitted', lines, key: s.key };
}

export function submissionStatusPanel(language: Language, feature: CohortFeature, attempt: { id: string; scenarioId: string; overall: number }, actions: StatusActions): HTMLElement {
  const t = cohortTranslator(language);
  const panel = h('section', { class: 'cohort-status', 'data-testid': 'cohort-submission', 'aria-label': t('sub.heading') });
  const text = h('div', { class: 'cohort-status-text', role: 'status' });
  const buttons = h('div', { class: 'cohort-status-actions' });
  panel.append(h('span', { class: 'cohort-status-icon', 'aria-hidden': 'true' }), text, buttons);
  let last = '';
  const render = (): void => {
    const membership = feature.current;
    const status = feature.statusOf(attempt.id);
    // Until the attempt is handed over there is nothing to say to a trainee outside any cohort.
    panel.hidden = status === null && membership === null;
    const shown = describe(t, status, membership?.cohortName ?? '', attempt.overall);
    const signature = `${shown.state}|${shown.lines.join('|')}|${membership?.traineeId ?? ''}`;
    if (signature === last) return;
    last = signature;
    panel.dataset.state = shown.state;
    if (shown.key) panel.dataset.key = shown.key;
    if (status?.kind === 'sent' && status.submission.verified) panel.dataset.verified = String(status.submission.verified.overall);
    if (status?.kind === 'ranked') panel.dataset.verified = String(status.attempt.overall);
    panel.querySelector('.cohort-status-icon')?.replaceChildren(icon(shown.state === 'submitted' ? 'check' : shown.state === 'queued' ? 'offline' : 'flag', 'icon'));
    text.replaceChildren(...shown.lines.map((line, i) => h('p', { class: i === 0 ? 'cohort-status-line' : 'cohort-status-note' }, line)));
    const hadFocus = buttons.contains(document.activeElement);
    buttons.replaceChildren(membership
      ? h('button', { type: 'button', class: 'button button--ghost button--small', 'data-action': 'cohort-leaderboard', onclick: () => actions.leaderboard(attempt.scenarioId) },
        icon('chart', 'icon icon--inline'), t('sub.open-leaderboard'))
      : h('button', { type: 'button', class: 'button button--ghost button--small', 'data-action': 'cohort-join', onclick: actions.cohort },
        icon('user', 'icon icon--inline'), t('sub.open-cohort')));
    if (hadFocus) buttons.querySelector('button')?.focus();
  };
  render();
  const unsubscribe = feature.subscribe(() => {
    if (!panel.isConnected && last !== '') unsubscribe();
    else render();
  });
  return panel;
}
