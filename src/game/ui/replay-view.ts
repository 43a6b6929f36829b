// Replays a stored attempt step by step: the conversation up to the step on one side; on the
// other the replies that were on offer (in the order shown), what the step earned and why under
// the attempt's own rubric, the customer's state after it, and, once the trainee has finished the
// scenario, how it compares with the scenario's best path. Says which rubric scored the attempt,
// and when its scores cannot be replayed shows the stored ones with a note. ← and → move steps.
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import { DIMENSION_IDS } from '../../core/schemas/rubric.ts';
import type { Evidence } from '../../core/schemas/score.ts';
import type { ReplayData } from '../run/replay-data.ts';
import { stepFeedback } from '../run/step-feedback.ts';
import { formatDateTime, formatSigned } from '../../ui-kit/locale-format.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { describeEvidence, rubricLabel } from '../../ui-kit/evidence-words.ts';
import { formatClock } from '../../ui-kit/duration.ts';
import { icon } from './icons.ts';
import type { Screen, ScreenContext } from './screen.ts';
import { speakerKind, speakerName } from './speaker.ts';

export interface ReplayActions {
  back: () => void;
}

export function renderReplay(ctx: ScreenContext, data: ReplayData, actions: ReplayActions): Screen {
  const { t, language } = ctx;
  const { attempt, entry, walk, best, comparison, scores: shown } = data;
  const { meta } = entry;
  // Labels come from the attempt's rubric; an unknown one shows the steps without their points.
  const rubric = data.rubric ?? courseRubric;
  const withPoints = data.rubric !== null;
  const abandoned = attempt.status === 'abandoned';
  const steps = walk.steps;
  const last = steps.length - 1;
  const outcome = (kind: string | null): string => t(kind === 'sale' || kind === 'meeting' || kind === 'follow-up' || kind === 'no-sale' || kind === 'hang-up' ? `outcome.${kind}` : 'outcome.ended');

  const notes = (evidence: readonly Evidence[], tips: readonly string[] = []): HTMLElement =>
    evidence.length === 0 && tips.length === 0
      ? h('p', { class: 'note-none' }, t('debrief.nothing'))
      : h('ul', { class: 'notes-list' },
        ...evidence.map((e) => {
          const text = describeEvidence(e, { meta, rubric, language });
          return h('li', { class: `note note--${text.tone}`, 'data-reason': e.reason },
            h('span', { class: 'note-points' }, text.points), h('span', { class: 'note-dim' }, text.dimension), h('span', { class: 'note-reason' }, text.reason));
        }),
        ...tips.map((tip) => h('li', { class: 'note note--tip' }, icon('bulb', 'icon icon--inline'), h('span', { class: 'note-dim' }, t('debrief.tip')), h('span', { class: 'note-reason' }, tip))));

  // Head: what is being replayed and how it compares overall.
  const heading = h('h1', { class: 'call-title', tabindex: '-1' }, meta.title);
  const summaryLine = best
    ? h('p', { class: 'replay-summary', 'data-testid': 'best-summary' },
      t('replay.summary', { best: best.result.overall, outcome: outcome(best.result.outcome), yours: shown.overall, yourOutcome: abandoned ? t('progress.abandoned') : outcome(walk.result.outcome) }),
      ' ',
      comparison?.divergesAt ? t('replay.diverged-at', { n: comparison.divergesAt }) : t('replay.followed'))
    : entry.bestPath.length === 0 ? h('p', { class: 'replay-summary muted' }, t('replay.no-best'))
      : !data.bestUnlocked ? h('p', { class: 'replay-summary muted', 'data-testid': 'best-locked' }, t('replay.locked'))
        : null;
  const scoreNote = shown.source === 'replayed' ? null
    : h('p', { class: 'replay-note', role: 'note', 'data-testid': 'score-note', 'data-source': shown.source },
      shown.source === 'unknown-rubric'
        ? t('replay.unknown-rubric', { version: attempt.rubricVersion })
        : t('replay.other-rubric', { version: attempt.rubricVersion, current: entry.rubricVersion }));

  // The stepper and the transcript so far.
  const transcript = h('ol', { class: 'transcript replay-transcript', 'aria-label': t('call.transcript') });
  const position = h('span', { class: 'step-position', 'data-testid': 'step-position' });
  const prev = h('button', { type: 'button', class: 'button button--ghost button--small', 'data-action': 'prev', onclick: () => go(current - 1) }, icon('prev', 'icon icon--inline'), t('replay.prev'));
  const next = h('button', { type: 'button', class: 'button button--ghost button--small', 'data-action': 'next', onclick: () => go(current + 1) }, t('replay.next'), icon('next', 'icon icon--inline'));
  const dots = h('ol', { class: 'step-dots', 'aria-hidden': 'true' }, ...steps.map((_, i) => h('li', {
    class: comparison?.divergesAt === i ? 'step-dot step-dot--diverged' : 'step-dot',
    onclick: () => go(i),
  })));
  const detail = h('div', { class: 'replay-detail', 'aria-live': 'polite', 'data-testid': 'step-detail' });
  const stepperId = uid('stepper');

  let current = 0;
  const meter = (name: 'trust' | 'patience' | 'interest', value: number): HTMLElement =>
    h('div', { class: `mini-meter mini-meter--${name}` },
      h('span', { class: 'mini-meter-label' }, t(`meter.${name}`)),
      h('span', { class: 'mini-meter-bar', 'aria-hidden': 'true' }, h('span', { class: 'mini-meter-fill', style: `width: ${Math.max(0, Math.min(100, value))}%` })),
      h('span', { class: 'mini-meter-value' }, String(Math.round(value))));

  const line = (index: number, now: boolean): HTMLElement => {
    const l = walk.result.transcript[index]!;
    const kind = speakerKind(l.speaker);
    const name = speakerName(l.speaker, meta.persona, t);
    return h('li', { class: `line line--${kind}${now ? ' line--now' : ' line--past'}`, 'data-speaker': l.speaker },
      name === null ? null : h('span', { class: 'line-who' }, name),
      kind === 'narrator' ? h('p', { class: 'line-text' }, h('em', {}, l.text)) : h('p', { class: 'line-text' }, l.text));
  };

  const bestBox = (i: number): HTMLElement | null => {
    if (!best || !comparison || i === 0) return null;
    const diverges = comparison.divergesAt;
    if (diverges === null || i < diverges) return h('div', { class: 'best-box best-box--same', 'data-best': 'same' }, icon('check', 'icon icon--inline'), t('replay.same'));
    if (i > diverges) return h('div', { class: 'best-box best-box--after', 'data-best': 'after' }, icon('flag', 'icon icon--inline'), t('replay.after', { n: diverges }));
    const theirs = comparison.best;
    return h('div', { class: 'best-box best-box--diverged', 'data-best': 'diverged' },
      h('p', { class: 'best-box-title' }, icon('flag', 'icon icon--inline'), t('replay.diverged-here')),
      theirs
        ? h('div', {},
          h('p', { class: 'best-choice' }, t('replay.best-chose', { text: theirs.text })),
          h('p', {}, t('replay.best-earned', { points: formatSigned(theirs.points, language), yours: formatSigned(comparison.yours?.points ?? 0, language) })),
          notes(theirs.evidence))
        : h('p', {}, t('replay.best-ended')));
  };

  const render = (): void => {
    const step = steps[current]!;
    position.textContent = current === 0 ? `${t('replay.opening')} · ${t('replay.step', { n: 0, total: last })}` : t('replay.step', { n: current, total: last });
    prev.disabled = current === 0;
    next.disabled = current === last;
    [...dots.children].forEach((d, i) => d.classList.toggle('step-dot--on', i <= current));
    const upTo = step.first + step.entries.length;
    transcript.replaceChildren(...walk.result.transcript.slice(0, upTo).map((_, i) => line(i, i >= step.first)));
    // The whole step in view: its first line if it is long, else down to its last line.
    const now = transcript.querySelectorAll<HTMLElement>('.line--now');
    now[now.length - 1]?.scrollIntoView({ block: 'nearest' });
    now[0]?.scrollIntoView({ block: 'nearest' });
    const feedback = stepFeedback(step);
    detail.replaceChildren(...[
      step.choice ? h('div', { class: 'replay-block' },
        h('h2', { class: 'sub-title' }, t('replay.offered')),
        h('ol', { class: 'offered' }, ...step.offered.map((c) => h('li', { class: c.index === step.choice?.index ? 'offered-item offered-item--picked' : 'offered-item' },
          h('span', { class: 'offered-text' }, c.text),
          c.index === step.choice?.index ? h('span', { class: 'offered-tag' }, t('replay.picked')) : null)))) : null,
      withPoints ? h('div', { class: 'replay-block' },
        h('h2', { class: 'sub-title' }, t('replay.evidence')),
        notes([...(feedback.choice?.evidence ?? []), ...feedback.reply], feedback.choice?.tips ?? [])) : null,
      bestBox(current),
      h('div', { class: 'replay-block' },
        h('h2', { class: 'sub-title' }, meta.persona, h('span', { class: 'count' }, formatClock(step.seconds))),
        h('p', { class: 'sr-only' }, t('call.meters', { ...step.customer })),
        h('div', { class: 'mini-meters', 'aria-hidden': 'true' },
          meter('trust', step.customer.trust), meter('patience', step.customer.patience), meter('interest', step.customer.interest))),
    ].filter((n): n is HTMLElement => n !== null));
  };
  const go = (i: number): void => {
    const target = Math.max(0, Math.min(last, i));
    if (target === current) return;
    current = target;
    render();
  };

  // The attempt's scores, beside the best path's when that is shown.
  const yours = (d: (typeof DIMENSION_IDS)[number]): string => {
    const score = shown.scores[d];
    if (score !== undefined) return String(score);
    return shown.outOfReach.includes(d) ? t('debrief.out-of-reach') : '–';
  };
  const scoreRows = h('details', { class: 'replay-scores', 'data-testid': 'replay-scores' },
    h('summary', {}, best ? t('replay.best') : shown.source === 'replayed' ? t('debrief.scores') : t('replay.stored-scores')),
    h('table', { class: 'data-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('replay.col-skill')), h('th', { scope: 'col', class: 'num' }, t('replay.col-yours')),
        best ? h('th', { scope: 'col', class: 'num' }, t('replay.col-best')) : null)),
      h('tbody', {},
        h('tr', { class: 'overall-row' }, h('th', { scope: 'row' }, t('debrief.overall')), h('td', { class: 'num', 'data-overall': shown.overall }, String(shown.overall)),
          best ? h('td', { class: 'num' }, String(best.result.overall)) : null),
        ...DIMENSION_IDS.filter((d) => shown.scores[d] !== undefined || shown.outOfReach.includes(d) || best?.result.scores[d] !== undefined).map((d) => h('tr', { 'data-dimension': d },
          h('th', { scope: 'row' }, rubricLabel(rubric, d, language)),
          h('td', { class: 'num' }, yours(d)),
          best ? h('td', { class: 'num' }, String(best.result.scores[d] ?? '–')) : null)))));

  const element = h('div', { class: 'replay-screen' },
    h('header', { class: 'replay-head card-block' },
      h('div', { class: 'replay-head-main' },
        h('p', { class: 'eyebrow' }, icon('replay', 'icon icon--inline'), t('replay.eyebrow'), h('span', { class: 'eyebrow-sep' }, '·'),
          h('span', { class: 'eyebrow-detail' }, `${formatDateTime(attempt.finishedAt, language)} · ${t(`mode.badge-${attempt.mode}`)}`)),
        heading,
        h('p', { class: 'rubric-version', 'data-rubric': attempt.rubricVersion }, t('debrief.scored-under', { version: attempt.rubricVersion })),
        summaryLine,
        scoreNote),
      h('div', { class: 'replay-head-side' },
        abandoned
          ? h('span', { class: 'outcome-tag outcome-tag--abandoned', 'data-status': 'abandoned', title: t('progress.not-counted') }, t('progress.abandoned'))
          : h('span', { class: `outcome-tag outcome-tag--${walk.result.outcome ?? 'ended'}` }, outcome(walk.result.outcome)),
        h('span', { class: 'replay-score', 'data-overall': shown.overall, 'data-source': shown.source }, String(shown.overall)),
        h('button', { type: 'button', class: 'button button--ghost button--small', 'data-action': 'back', onclick: actions.back }, icon('prev', 'icon icon--inline'), t('replay.back')))),
    h('div', { class: 'stepper card-block', id: stepperId, role: 'group', 'aria-label': t('replay.eyebrow') }, prev, h('div', { class: 'stepper-mid' }, position, dots), next),
    h('div', { class: 'replay-body' },
      h('section', { class: 'replay-col replay-col--transcript', 'aria-label': t('call.transcript') }, transcript),
      h('section', { class: 'replay-col replay-col--detail', 'aria-labelledby': stepperId }, detail, scoreRows, h('p', { class: 'hint' }, t('replay.keys')))));

  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      go(current + 1);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      go(current - 1);
    }
  };
  document.addEventListener('keydown', onKey);
  render();
  return { element, title: `${t('replay.eyebrow')}: ${meta.title}`, focus: heading, dispose: () => document.removeEventListener('keydown', onKey) };
}
