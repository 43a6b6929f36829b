// The progress screen: what to practise next (the weakest skill and a scenario that trains it),
// attempts with best and latest score per scenario, a trend chart per rubric dimension, the
// techniques used and never used, the faults committed, and every attempt with a replay button.
// Abandoned exams appear in the attempt list, marked so, and in none of the figures.
import { summariseProgress } from '../../core/progress/progress-summary.ts';
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { AttemptRecord } from '../../core/schemas/records.ts';
import { DIMENSION_IDS } from '../../core/schemas/rubric.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { countedAttempts } from '../progress/counted-attempts.ts';
import { coverageOf } from '../progress/coverage.ts';
import { findEntry, type ScenarioEntry } from '../run/scenario-entry.ts';
import { entriesFor } from './scenario-list-view.ts';
import { formatDateTime, formatDayMonth } from '../../ui-kit/locale-format.ts';
import { scoreTone } from './debrief-view.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { rubricLabel } from '../../ui-kit/evidence-words.ts';
import { icon } from './icons.ts';
import type { Screen, ScreenContext } from './screen.ts';
import { trendChart } from './trend-chart.ts';

/** From this average on, the weakest skill is no weakness: the suggestion is worded as practice. */
const STRONG = 80;

export interface ProgressActions {
  start: (entry: ScenarioEntry) => void;
  replay: (attempt: AttemptRecord) => void;
  practice: () => void;
}

/** The scenario's title in the interface language when it exists there, else as played. */
export function scenarioTitle(catalog: readonly ScenarioEntry[], scenarioId: string, local: boolean, language: Language, playedIn?: Language): string | null {
  const here = findEntry(catalog, { scenarioId, language, local }) ?? (playedIn ? findEntry(catalog, { scenarioId, language: playedIn, local }) : null)
    ?? catalog.find((e) => e.meta.id === scenarioId && e.local === local) ?? catalog.find((e) => e.meta.id === scenarioId);
  return here?.meta.title ?? null;
}

function section(title: string, className: string, ...children: Array<Node | null>): HTMLElement {
  const id = uid('progress-section');
  return h('section', { class: `card-block ${className}`, 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

export function renderProgress(ctx: ScreenContext, attempts: readonly AttemptRecord[], actions: ProgressActions): Screen {
  const { t, language, catalog } = ctx;
  const rubric = courseRubric;
  const playable = entriesFor(catalog, language);
  const summary = summariseProgress(countedAttempts(attempts), coverageOf(playable), rubric);
  const heading = h('h1', { tabindex: '-1' }, t('progress.heading'));
  const title = (id: string, local: boolean, playedIn?: Language): string => scenarioTitle(catalog, id, local, language, playedIn) ?? t('progress.unknown-scenario', { id });
  const head = h('div', { class: 'page-head' }, heading, h('p', { class: 'list-sub' }, t.count('progress.total', summary.totalAttempts)));

  if (attempts.length === 0) {
    const element = h('div', { class: 'progress-screen page' }, head,
      h('div', { class: 'card-block empty-state' },
        icon('chart', 'icon empty-icon'),
        h('p', {}, t('progress.empty')),
        h('button', { type: 'button', class: 'button button--primary', 'data-action': 'practice', onclick: actions.practice }, icon('practice', 'icon icon--inline'), t('nav.practice'))));
    return { element, title: t('progress.heading'), focus: heading };
  }

  // What to practise next.
  const suggestion = summary.suggestion;
  const suggested = suggestion ? playable.find((e) => e.meta.id === suggestion.scenarioId) ?? null : null;
  const next = section(t('progress.suggestion'), 'suggestion', suggestion && suggested
    ? h('div', { class: 'suggestion-body', 'data-dimension': suggestion.dimension, 'data-scenario-id': suggestion.scenarioId },
      h('p', { class: 'suggestion-skill' }, t(suggestion.average >= STRONG ? 'progress.suggest-strong' : 'progress.suggest-text', { skill: rubricLabel(rubric, suggestion.dimension, language), n: suggestion.average })),
      h('p', {}, suggestion.reason === 'never-played' ? t('progress.suggest-never', { title: suggested.meta.title }) : t('progress.suggest-lowest', { title: suggested.meta.title })),
      h('button', { type: 'button', class: 'button button--primary', 'data-action': 'start-suggested', onclick: () => actions.start(suggested) }, icon(suggested.meta.channel, 'icon icon--inline'), t('progress.suggest-start')))
    : h('p', { class: 'muted' }, t('progress.no-suggestion')));

  // Attempts, best and latest per scenario.
  const localOf = (id: string): boolean => !attempts.some((a) => a.scenarioId === id && !a.local);
  const table = h('table', { class: 'data-table scenario-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('progress.col-scenario')), h('th', { scope: 'col', class: 'num' }, t('progress.col-attempts')),
      h('th', { scope: 'col', class: 'num' }, t('progress.col-best')), h('th', { scope: 'col', class: 'num' }, t('progress.col-latest')),
      h('th', { scope: 'col' }, t('progress.col-last')))),
    h('tbody', {}, ...summary.scenarios.map((row) => h('tr', { 'data-scenario-id': row.scenarioId },
      h('th', { scope: 'row' }, title(row.scenarioId, localOf(row.scenarioId))),
      h('td', { class: 'num', 'data-col': 'attempts' }, String(row.attempts)),
      h('td', { class: 'num', 'data-col': 'best' }, h('span', { class: `score-pill score-pill--${scoreTone(row.best)}` }, String(row.best))),
      h('td', { class: 'num', 'data-col': 'latest' }, String(row.latest)),
      h('td', {}, formatDateTime(row.lastPlayed, language))))));
  // Only abandoned exams so far: nothing to rank yet, and the list below still shows them.
  const scenarios = section(t('progress.scenarios'), 'scenario-progress',
    summary.scenarios.length === 0 ? h('p', { class: 'muted' }, t('progress.empty')) : h('div', { class: 'table-wrap' }, table));

  // A trend per dimension.
  const trends = section(t('progress.trends'), 'trends',
    h('p', { class: 'section-hint' }, t('progress.trends-hint')),
    h('div', { class: 'trend-grid-list' }, ...DIMENSION_IDS.map((d) => {
      const points = summary.trends[d];
      const label = rubricLabel(rubric, d, language);
      const average = summary.averages[d];
      const latest = points[points.length - 1]?.score;
      return trendChart(d, points, {
        title: label,
        summary: points.length === 0 ? `${label}: ${t('progress.trend-empty')}` : t('progress.trend-label', { skill: label, n: points.length, latest: latest ?? 0, average: average ?? 0 }),
        empty: t('progress.trend-empty'),
        average: average === undefined ? null : t('progress.average', { n: average }),
        date: (iso) => formatDayMonth(iso, language),
      });
    })));

  // Techniques and faults, in the rubric's own words.
  const chips = (ids: readonly string[], kind: 'used' | 'unused' | 'fault', none: string): HTMLElement => ids.length === 0
    ? h('p', { class: 'muted' }, none)
    : h('ul', { class: `chips chips--${kind}` }, ...ids.map((id) => {
      const item = kind === 'fault' ? rubric.faults.find((f) => f.id === id) : rubric.techniques.find((x) => x.id === id);
      return h('li', { class: `tag tag--${kind}`, 'data-id': id, title: item?.summary[language] ?? null },
        kind === 'used' ? icon('check', 'icon icon--inline') : null, item?.label[language] ?? id);
    }));
  const techniques = section(t('progress.techniques'), 'techniques',
    h('h3', { class: 'sub-title' }, t('progress.used'), h('span', { class: 'count' }, String(summary.techniquesUsed.length))),
    chips(summary.techniquesUsed, 'used', t('progress.none-used')),
    h('h3', { class: 'sub-title' }, t('progress.never-used'), h('span', { class: 'count' }, String(summary.techniquesNeverUsed.length))),
    chips(summary.techniquesNeverUsed, 'unused', t('progress.all-used')));
  const faults = section(t('progress.faults'), 'faults', chips(summary.faultsCommitted, 'fault', t('progress.no-faults')));

  // Every attempt, newest first, each replayable.
  const history = section(t('progress.history'), 'history', h('div', { class: 'table-wrap' }, h('table', { class: 'data-table attempt-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('progress.col-date')), h('th', { scope: 'col' }, t('progress.col-scenario')),
      h('th', { scope: 'col' }, t('progress.col-outcome')), h('th', { scope: 'col' }, t('progress.col-mode')),
      h('th', { scope: 'col', class: 'num' }, t('progress.col-score')), h('th', { scope: 'col' }, t('progress.col-rubric')),
      h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('progress.replay'))))),
    h('tbody', {}, ...[...attempts].reverse().map((a) => {
      const name = title(a.scenarioId, a.local, a.language);
      const date = formatDateTime(a.finishedAt, language);
      const abandoned = a.status === 'abandoned';
      const outcome = abandoned
        ? h('span', { class: 'outcome-tag outcome-tag--abandoned', 'data-status': 'abandoned', title: t('progress.not-counted') }, t('progress.abandoned'))
        : h('span', { class: `outcome-tag outcome-tag--${a.outcome ?? 'ended'}` }, t(a.outcome ? `outcome.${a.outcome}` : 'outcome.ended'));
      const score = abandoned
        ? h('span', { class: 'score-pill score-pill--not-counted', title: t('progress.not-counted') }, String(a.overall), h('span', { class: 'sr-only' }, ` (${t('progress.not-counted')})`))
        : h('span', { class: `score-pill score-pill--${scoreTone(a.overall)}` }, String(a.overall));
      return h('tr', { 'data-attempt-id': a.id, 'data-status': a.status },
        h('td', {}, date),
        h('th', { scope: 'row' }, name, a.local ? h('span', { class: 'chip chip--local chip--tiny' }, t('list.local')) : null),
        h('td', {}, outcome),
        h('td', {}, t(`mode.${a.mode}`)),
        h('td', { class: 'num' }, score),
        h('td', { class: 'rubric-version', 'data-col': 'rubric' }, a.rubricVersion),
        h('td', { class: 'row-action' }, h('button', {
          type: 'button', class: 'button button--ghost button--small', 'data-action': 'replay', 'aria-label': t('progress.replay-label', { date, title: name }),
          onclick: () => actions.replay(a),
        }, icon('replay', 'icon icon--inline'), t('progress.replay'))));
    })))));

  const element = h('div', { class: 'progress-screen page' }, head,
    h('div', { class: 'progress-top' }, next, scenarios),
    trends,
    h('div', { class: 'progress-pair' }, techniques, faults),
    history);
  return { element, title: t('progress.heading'), focus: heading };
}
