// The debrief: first any red line crossed (in words, with the line that crossed it, and the cap
// it put on the overall), then outcome, overall score and the rubric version that scored it, a
// score per rubric dimension (bars and a radar chart; a dimension this ending could not earn is
// said so rather than shown as 0), what the customer was hiding, and the transcript with every
// choice annotated with what it earned or cost and why. A cohort exam played on the server also
// shows the wall time the server timed against the scenario's time limit, and should this build
// ever score its attempt otherwise, the server's verified numbers.
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import { DIMENSION_IDS } from '../../core/schemas/rubric.ts';
import { verifiedResult } from '../run/exam-replay.ts';
import { redLineNotes } from '../run/red-line-notes.ts';
import { replayInputsOf, type Run } from '../run/run.ts';
import { annotateTranscript, type Annotation } from '../../core/analysis/annotate-transcript.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { describeEvidence, rubricLabel } from '../../ui-kit/evidence-words.ts';
import { formatClock } from '../../ui-kit/duration.ts';
import { icon } from './icons.ts';
import { radarChart, scoreRing } from './radar-chart.ts';
import { summariseRun } from './run-summary.ts';
import type { Screen, ScreenContext } from './screen.ts';
import { speakerKind, speakerName } from './speaker.ts';
import { serverTiming } from './server-timing.ts';

export interface DebriefActions {
  again: () => void;
  back: () => void;
  progress: () => void;
  replay: () => void;
}

export function scoreTone(score: number): 'high' | 'mid' | 'low' | 'poor' {
  if (score >= 75) return 'high';
  if (score >= 50) return 'mid';
  if (score >= 25) return 'low';
  return 'poor';
}

/**
 * `saved` settles with null once the attempt is stored, or with the reason it could not be.
 * `sections` (from the game's extensions, such as the cohort's submission line) follow the next steps.
 */
export function renderDebrief(ctx: ScreenContext, run: Run, actions: DebriefActions, saved: Promise<string | null>, sections: readonly HTMLElement[] = []): Screen {
  const { t, language } = ctx;
  const { meta } = run.entry;
  const { result, differs } = verifiedResult(run);
  const rubric = courseRubric;
  const outcomeKey = result.outcome ?? 'ended';
  const outcome = t(result.outcome ? `outcome.${result.outcome}` : 'outcome.ended');
  const summary = summariseRun(meta, result.events);
  const notes = annotateTranscript(result.transcript, result.evidence, result.events);

  const heading = h('h1', { class: 'outcome-title', tabindex: '-1', 'data-outcome': outcomeKey }, outcome);

  // Red lines come before everything else, and take the focus, so they are what is heard first.
  const redNotes = redLineNotes(result);
  const redId = uid('red-lines');
  const redHeading = h('h2', { id: redId, tabindex: '-1' }, icon('flag', 'icon icon--inline'), t('debrief.red-lines'));
  const cap = rubric.rules.redLineCap ?? result.overall;
  const redLines = redNotes.length === 0 ? null : h('section', { class: 'red-lines', 'data-testid': 'red-lines', 'aria-labelledby': redId },
    redHeading,
    h('ul', {}, ...redNotes.map((note) => h('li', { 'data-fault': note.fault, 'data-entry': note.entry ?? '' },
      t('debrief.red-line', { fault: rubric.faults.find((f) => f.id === note.fault)?.label[language] ?? note.fault, line: note.line ?? '…', cap })))),
    result.uncapped > result.overall ? h('p', { class: 'uncapped' }, t('debrief.uncapped', { n: result.uncapped })) : null);
  const verdict = result.overall >= 80 ? t('debrief.verdict-high') : result.overall >= 55 ? t('debrief.verdict-mid') : t('debrief.verdict-low');
  const found = summary.needs.filter((n) => n.found).length;
  const resolved = summary.objections.filter((o) => o.status === 'resolved').length;
  const stat = (label: string, value: string, name: string, note: HTMLElement | null = null): HTMLElement =>
    h('div', { class: 'stat', 'data-stat': name }, h('span', { class: 'stat-label' }, label), h('span', { class: 'stat-value' }, value), note);
  // The time limit is the scenario's target length, not a rule: it is reported, never scored.
  const over = meta.timeLimit === undefined ? 0 : Math.floor(run.session.seconds) - meta.timeLimit;
  const timeNote = meta.timeLimit === undefined ? null
    : over > 0 ? h('span', { class: 'stat-note stat-note--over', 'data-over': over }, t('debrief.over-time', { time: formatClock(over), limit: formatClock(meta.timeLimit) }))
      : h('span', { class: 'stat-note' }, t('debrief.within-time', { limit: formatClock(meta.timeLimit) }));

  const hero = h('header', { class: `debrief-hero debrief-hero--${outcomeKey}` },
    h('div', { class: 'hero-main' },
      h('p', { class: 'eyebrow' }, t('debrief.eyebrow'), h('span', { class: 'eyebrow-sep' }, '·'), meta.title),
      h('p', { class: 'outcome-label' }, t('debrief.outcome')),
      heading,
      h('p', { class: 'verdict' }, verdict),
      h('p', { class: 'rubric-version', 'data-rubric': rubric.version }, t('debrief.scored-under', { version: rubric.version })),
      differs ? h('p', { class: 'verified-note', 'data-testid': 'server-scores' }, t('exam.server-scores')) : null,
      h('div', { class: 'stats' },
        stat(t('debrief.mode'), t(`mode.badge-${run.mode}`), 'mode'),
        stat(t('debrief.duration'), formatClock(run.session.seconds), 'duration', timeNote),
        run.exam ? serverTiming(t, run.exam.attempt) : null,
        stat(t('debrief.needs'), t('debrief.of', { n: found, total: summary.needs.length }), 'needs'),
        stat(t('debrief.objections'), t('debrief.of', { n: resolved, total: summary.objections.length }), 'objections'))),
    h('div', { class: `overall overall--${scoreTone(result.overall)}` },
      scoreRing(result.overall),
      h('span', { class: 'overall-value', 'data-overall': result.overall }, String(result.overall)),
      h('span', { class: 'overall-label' }, t('debrief.overall'))),
    h('div', { class: 'hero-actions' },
      h('button', { type: 'button', class: 'button button--primary', 'data-action': 'again', onclick: actions.again }, icon('replay', 'icon icon--inline'), t('debrief.play-again')),
      h('button', { type: 'button', class: 'button button--ghost', 'data-action': 'back', onclick: actions.back }, icon('list', 'icon icon--inline'), t('debrief.back'))));

  const savedNote = h('p', { class: 'save-state', role: 'status', 'data-saved': 'pending' }, t('debrief.saving'));
  const followUps = h('div', { class: 'debrief-next' },
    savedNote,
    h('div', { class: 'debrief-next-actions' },
      h('button', { type: 'button', class: 'button button--ghost button--small', 'data-action': 'replay', onclick: actions.replay, disabled: true }, icon('replay', 'icon icon--inline'), t('debrief.replay')),
      h('button', { type: 'button', class: 'button button--ghost button--small', 'data-action': 'progress', onclick: actions.progress }, icon('chart', 'icon icon--inline'), t('debrief.progress'))));
  void saved.then((problem) => {
    savedNote.dataset.saved = problem === null ? 'yes' : 'no';
    savedNote.replaceChildren(problem === null ? icon('check', 'icon icon--inline') : '', problem === null ? t('debrief.saved') : t('debrief.not-saved', { message: problem }));
    const replay = followUps.querySelector<HTMLButtonElement>('[data-action="replay"]');
    if (replay && problem === null) replay.disabled = false;
  });

  const dims = DIMENSION_IDS.map((id) => {
    const score = result.scores[id];
    const label = rubricLabel(rubric, id, language);
    const dimension = rubric.dimensions.find((d) => d.id === id);
    if (result.outOfReach.includes(id)) {
      return h('li', { class: 'dim dim--na dim--out', 'data-dimension': id, 'data-out-of-reach': 'true' },
        h('div', { class: 'dim-head' }, h('span', { class: 'dim-label' }, label), h('span', { class: 'dim-score dim-score--na' }, t('debrief.out-of-reach'))),
        h('p', { class: 'dim-summary' }, t('debrief.out-of-reach-hint')));
    }
    if (score === undefined) {
      return h('li', { class: 'dim dim--na', 'data-dimension': id },
        h('div', { class: 'dim-head' }, h('span', { class: 'dim-label' }, label), h('span', { class: 'dim-score dim-score--na' }, t('debrief.not-assessed'))),
        h('p', { class: 'dim-summary' }, t('debrief.not-assessed-hint')));
    }
    return h('li', { class: `dim dim--${scoreTone(score)}`, 'data-dimension': id },
      h('div', { class: 'dim-head' }, h('span', { class: 'dim-label' }, label), h('span', { class: 'dim-score', 'data-score': score }, String(score))),
      h('div', { class: 'bar', 'aria-hidden': 'true' }, h('span', { class: 'bar-fill', style: `width: ${score}%` })),
      dimension ? h('p', { class: 'dim-summary' }, dimension.summary[language]) : null);
  });
  const scoresId = uid('scores');
  const scores = h('section', { class: 'card-block scores', 'aria-labelledby': scoresId },
    h('h2', { id: scoresId }, t('debrief.scores')),
    h('div', { class: 'scores-body' },
      h('figure', { class: 'radar-figure' },
        radarChart(DIMENSION_IDS.map((id) => ({
          label: rubricLabel(rubric, id, language), score: result.scores[id] ?? null,
          ...(result.outOfReach.includes(id) ? { note: t('debrief.out-of-reach-short') } : {}),
        })), t('debrief.radar'), t('debrief.not-assessed'))),
      h('ul', { class: 'dims' }, ...dims)));

  const hiddenId = uid('hidden');
  const hidden = h('section', { class: 'card-block hidden-needs', 'aria-labelledby': hiddenId },
    h('h2', { id: hiddenId }, t('debrief.hidden')),
    h('ul', { class: 'checklist' },
      ...summary.needs.map((n) => h('li', { class: n.found ? 'check check--ok' : 'check check--miss' },
        h('span', { class: 'check-tag' }, n.found ? t('debrief.found') : t('debrief.missed')), h('span', {}, n.description))),
      ...summary.objections.map((o) => h('li', { class: `check check--${o.status}` },
        h('span', { class: 'check-tag' }, o.status === 'resolved' ? t('debrief.resolved') : o.status === 'open' ? t('debrief.open') : t('debrief.not-raised')),
        h('span', {}, o.description)))));

  const annotation = (note: Annotation | undefined): HTMLElement => {
    if (!note || (note.evidence.length === 0 && note.tips.length === 0)) return h('p', { class: 'note-none' }, t('debrief.nothing'));
    return h('ul', { class: 'notes-list' },
      ...note.evidence.map((e) => {
        const text = describeEvidence(e, { meta, rubric, language });
        return h('li', { class: `note note--${text.tone}`, 'data-reason': e.reason },
          h('span', { class: 'note-points' }, text.points),
          h('span', { class: 'note-dim' }, text.dimension),
          h('span', { class: 'note-reason' }, text.reason));
      }),
      ...note.tips.map((tip) => h('li', { class: 'note note--tip' },
        icon('bulb', 'icon icon--inline'), h('span', { class: 'note-dim' }, t('debrief.tip')), h('span', { class: 'note-reason' }, tip))));
  };
  const reviewId = uid('review');
  const review = h('section', { class: 'card-block review', 'aria-labelledby': reviewId },
    h('h2', { id: reviewId }, t('debrief.transcript')),
    h('ol', { class: 'review-list' }, ...result.transcript.map((line, index) => {
      const kind = speakerKind(line.speaker);
      const name = speakerName(line.speaker, meta.persona, t);
      const note = notes.get(index);
      const isChoice = kind === 'trainee' && line.choice !== undefined;
      return h('li', { class: `review-line line--${kind}` },
        h('span', { class: 'line-time' }, formatClock(line.at)),
        h('div', { class: 'review-body' },
          name === null ? null : h('span', { class: 'line-who' }, name),
          kind === 'narrator' ? h('p', { class: 'line-text' }, h('em', {}, line.text)) : h('p', { class: 'line-text' }, line.text),
          isChoice || note ? annotation(note) : null));
    })));

  const inputs = replayInputsOf(run);
  const record = h('details', { class: 'run-record' },
    h('summary', {}, t('debrief.record')),
    h('dl', {},
      h('dt', {}, t('debrief.seed')), h('dd', { 'data-seed': inputs.seed }, String(inputs.seed)),
      h('dt', {}, t('debrief.choices')), h('dd', {}, h('code', {}, JSON.stringify(inputs.choices))),
      h('dt', {}, t('debrief.rubric')), h('dd', {}, inputs.rubricVersion),
      h('dt', {}, t('debrief.story')), h('dd', {}, h('code', {}, inputs.contentHash.slice(0, 16)))));

  const element = h('div', { class: 'debrief' }, redLines, hero, followUps, ...sections, h('div', { class: 'debrief-grid' }, scores, hidden), review, record);
  return { element, title: `${t('debrief.eyebrow')}: ${meta.title}`, focus: redLines ? redHeading : heading };
}
