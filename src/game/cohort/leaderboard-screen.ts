// The cohort leaderboard in the game: overall or one scenario, all time or this week; the top
// rows and the rows around the trainee, whose own row is marked. A select and two pressed-state
// buttons choose the board, so it works by keyboard; results are announced politely.
import { formatDateTime, formatDayMonth } from '../../ui-kit/locale-format.ts';
import { scoreTone } from '../ui/debrief-view.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { icon } from '../ui/icons.ts';
import { messageBlock } from '../ui/notice.ts';
import type { Screen, ScreenContext } from '../ui/screen.ts';
import { isApiError } from '../../net/api-error.ts';
import { boardView, type BoardRow } from './board-view.ts';
import type { Period } from '../../contract/common.ts';
import { LEADERBOARD_SIZE, type CohortFeature } from './cohort-feature.ts';
import { cohortTranslator, type CohortTranslate } from './cohort-strings.ts';
import './cohort.css';

export interface LeaderboardActions {
  back: () => void;
  /** Told of every board the trainee picks (the app shows the same one after a language switch). */
  chose?: (choice: BoardChoice) => void;
}

export interface BoardChoice {
  /** undefined: the overall board. */
  scenario?: string;
  period: Period;
}

const PERIODS: readonly Period[] = ['all', 'week'];

export function renderLeaderboard(ctx: ScreenContext, feature: CohortFeature, initial: BoardChoice, actions: LeaderboardActions): Screen {
  const t = cohortTranslator(ctx.language);
  const membership = feature.current;
  const heading = h('h1', { tabindex: '-1' }, t('lb.heading'));
  const back = h('button', { type: 'button', class: 'button button--ghost button--small', 'data-action': 'back', onclick: actions.back }, icon('prev', 'icon icon--inline'), t('lb.back'));
  const head = h('div', { class: 'page-head lb-head' },
    h('div', {}, heading, h('p', { class: 'list-sub' }, membership ? t('lb.sub', { cohort: membership.cohortName }) : t('lb.not-joined'))),
    back);
  if (!membership) {
    const element = h('div', { class: 'leaderboard-screen page' }, head);
    return { element, title: t('lb.heading'), focus: heading };
  }

  let choice: BoardChoice = { ...initial };
  const scenarios = new Map<string, string>();
  for (const entry of ctx.catalog) {
    if (entry.local) continue;
    if (!scenarios.has(entry.meta.id) || entry.language === ctx.language) scenarios.set(entry.meta.id, entry.meta.title);
  }
  const boardId = uid('lb-board');
  const select = h('select', { id: boardId, class: 'field-input lb-select', 'data-control': 'board' },
    h('option', { value: '' }, t('lb.overall')),
    ...[...scenarios].sort((a, b) => a[1].localeCompare(b[1], ctx.language)).map(([id, title]) => h('option', { value: id }, title)));
  select.value = choice.scenario ?? '';
  select.addEventListener('change', () => {
    choice = select.value === '' ? { period: choice.period } : { scenario: select.value, period: choice.period };
    void load();
  });
  const periodLabel = uid('lb-period');
  const periodButtons = PERIODS.map((p) => h('button', {
    type: 'button', class: 'segment', 'data-period': p, 'aria-pressed': String(p === choice.period),
    onclick: () => {
      if (choice.period === p) return;
      choice = { ...choice, period: p };
      for (const b of periodButtons) b.setAttribute('aria-pressed', String(b.dataset.period === p));
      void load();
    },
  }, t(p === 'all' ? 'lb.all' : 'lb.week')));
  const refresh = h('button', { type: 'button', class: 'button button--ghost button--small', 'data-action': 'refresh', onclick: () => void load() }, icon('replay', 'icon icon--inline'), t('lb.refresh'));
  const controls = h('div', { class: 'card-block lb-controls' },
    h('div', { class: 'field' }, h('label', { for: boardId, class: 'field-label' }, t('lb.board')), select),
    h('div', { class: 'field' }, h('span', { class: 'field-label', id: periodLabel }, t('lb.period')),
      h('div', { class: 'segments', role: 'group', 'aria-labelledby': periodLabel }, ...periodButtons)),
    refresh);
  const results = h('div', { class: 'lb-results', 'aria-live': 'polite', 'aria-busy': 'false', 'data-testid': 'leaderboard' });

  let generation = 0;
  async function load(): Promise<void> {
    const mine = ++generation;
    actions.chose?.(choice);
    results.setAttribute('aria-busy', 'true');
    results.dataset.state = 'loading';
    if (!results.hasChildNodes()) results.replaceChildren(h('p', { class: 'muted lb-loading' }, t('lb.loading')));
    try {
      const data = await feature.leaderboard(choice.scenario, choice.period);
      if (mine !== generation || !membership) return;
      const view = boardView(data.top, data.around, membership.traineeId);
      const boardName = choice.scenario === undefined ? t('lb.overall') : scenarios.get(choice.scenario) ?? choice.scenario;
      const periodName = choice.period === 'all' ? t('lb.all') : data.top.weekStart ? `${t('lb.week')} · ${t('lb.week-from', { date: formatDayMonth(data.top.weekStart, ctx.language) })}` : t('lb.week');
      const caption = t('lb.caption', { board: boardName, period: periodName });
      const overall = choice.scenario === undefined;
      const standing = view.me
        ? h('p', { class: 'lb-standing', 'data-testid': 'my-rank', 'data-rank': view.me.rank }, icon('target', 'icon icon--inline'), t('lb.your-rank', { rank: view.me.rank, score: view.me.score }))
        : h('p', { class: 'lb-standing lb-standing--none', 'data-testid': 'my-rank' }, t('lb.not-ranked'));
      const top = h('section', { class: 'card-block lb-block', 'aria-label': t('lb.top', { n: LEADERBOARD_SIZE }) },
        h('h2', {}, icon('chart', 'icon icon--inline'), t('lb.top', { n: LEADERBOARD_SIZE }), h('span', { class: 'lb-caption' }, caption)),
        view.top.length === 0 ? h('p', { class: 'muted' }, t('lb.empty')) : boardTable(t, view.top, overall, caption, ctx.language, 'top'));
      const around = view.around.length === 0 ? null : h('section', { class: 'card-block lb-block', 'aria-label': t('lb.around') },
        h('h2', {}, icon('target', 'icon icon--inline'), t('lb.around')),
        boardTable(t, view.around, overall, `${caption} · ${t('lb.around')}`, ctx.language, 'around', view.gap));
      results.replaceChildren(standing, top, around ?? '');
      results.dataset.state = 'ready';
      results.dataset.board = choice.scenario ?? 'overall';
      results.dataset.period = choice.period;
    } catch (error) {
      if (mine !== generation) return;
      const offline = isApiError(error) && (error.kind === 'network' || error.kind === 'timeout');
      const reason = isApiError(error) ? error.reason : error instanceof Error ? error.message : String(error);
      results.replaceChildren(messageBlock({ tone: 'error', title: offline ? t('lb.offline') : t('lb.error', { reason }) }, 'leaderboard-error'));
      results.dataset.state = 'error';
    } finally {
      if (mine === generation) results.setAttribute('aria-busy', 'false');
    }
  }
  void load();
  // A submission the server just verified can move the board: show it.
  let lastSeen: string | null = null;
  const unsubscribe = feature.subscribe(() => {
    void feature.submissions().then((all) => {
      const latest = all.find((s) => s.state === 'submitted')?.settledAt ?? null;
      if (latest !== null && latest !== lastSeen) {
        lastSeen = latest;
        void load();
      }
    });
  });
  void feature.submissions().then((all) => {
    lastSeen = all.find((s) => s.state === 'submitted')?.settledAt ?? null;
  });

  const element = h('div', { class: 'leaderboard-screen page', 'data-testid': 'leaderboard-screen' }, head, controls, results);
  return { element, title: t('lb.heading'), focus: heading, dispose: unsubscribe };
}

function boardTable(t: CohortTranslate, rows: BoardRow[], overall: boolean, caption: string, language: ScreenContext['language'], part: string, gap = false): HTMLElement {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data-table lb-table', 'data-part': part },
    h('caption', { class: 'sr-only' }, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'num lb-rank' }, t('lb.col-rank')),
      h('th', { scope: 'col' }, t('lb.col-name')),
      h('th', { scope: 'col', class: 'num' }, t('lb.col-score')),
      overall ? h('th', { scope: 'col', class: 'num' }, t('lb.col-scenarios')) : null,
      h('th', { scope: 'col' }, t('lb.col-when')))),
    h('tbody', {},
      gap ? h('tr', { class: 'lb-gap', 'aria-hidden': 'true' }, h('td', { colspan: overall ? 5 : 4 }, '⋯')) : null,
      ...rows.map((row) => h('tr', {
        class: row.mine ? 'lb-row lb-row--me' : 'lb-row', 'data-rank': row.rank, 'data-trainee': row.displayName, 'aria-current': row.mine ? 'true' : null,
      },
      h('td', { class: 'num lb-rank' }, h('span', { class: `lb-medal lb-medal--${Math.min(row.rank, 4)}` }, String(row.rank))),
      h('th', { scope: 'row' }, row.displayName, row.mine ? h('span', { class: 'chip lb-you' }, t('lb.you')) : null),
      h('td', { class: 'num', 'data-col': 'score' }, overall
        ? h('strong', {}, String(row.score))
        : h('span', { class: `score-pill score-pill--${scoreTone(row.score)}` }, String(row.score))),
      overall ? h('td', { class: 'num' }, String(row.scenarios)) : null,
      h('td', { class: 'muted' }, formatDateTime(row.reachedAt, language)))))));
}
