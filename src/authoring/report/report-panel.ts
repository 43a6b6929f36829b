// The checker's report: problems with their lines (click to jump), the best path, the points
// each dimension can reach, needs, objections, endings, and the techniques and faults on offer.
import type { ScenarioReport } from '../../toolchain/check-scenario.ts';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Language, ScenarioMeta } from '../../core/schemas/scenario-meta.ts';
import type { StudioTranslate } from '../i18n/translate.ts';
import { h } from '../../ui-kit/dom.ts';

export interface ReportView {
  phase: 'idle' | 'compiling' | 'exploring' | 'done' | 'failed';
  states: number;
  /** Compile findings that arrive before the exploration finishes. */
  early: Diagnostic[];
  report: ScenarioReport | null;
  meta: ScenarioMeta | null;
  /** The best path as the button texts the trainee would press. */
  bestSteps: string[];
  failure: string | null;
  file: string;
}

export interface ReportActions {
  onJump: (line: number) => void;
  onPlayBest: () => void;
}

/** One problem; with `onJump` null (a file not open in the editor) its line is shown but not a link. */
export function problemItem(d: Diagnostic, t: StudioTranslate, file: string, onJump: ((line: number) => void) | null): HTMLElement {
  const where = d.line === null ? t('wholeFile') : d.file === file ? t('line', { n: d.line }) : `${d.file.replace(/^stories\//, '')}:${d.line}`;
  const code = t.find(`code.${d.code}`) ?? d.code;
  const body = [
    h('span', { class: `sev sev--${d.severity}`, 'aria-hidden': 'true' }, d.severity === 'error' ? '✕' : '!'),
    h('span', { class: 'problem-where' }, where),
    h('span', { class: 'problem-code' }, code),
    h('span', { class: 'problem-message' }, d.message),
  ];
  const jump = d.line !== null && d.file === file ? onJump : null;
  return h('li', { class: `problem problem--${d.severity}`, 'data-line': d.line ?? '', 'data-code': d.code },
    jump
      ? h('button', { class: 'problem-button', type: 'button', onclick: () => jump(d.line!) }, ...body)
      : h('div', { class: 'problem-button problem-button--static' }, ...body));
}

function section(title: string, ...children: Array<Node | null>): HTMLElement {
  return h('section', { class: 'report-section' }, h('h2', {}, title), ...children);
}

function chips(items: string[], kind: string, t: StudioTranslate): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('ul', { class: 'chips' }, ...items.map((i) => h('li', { class: `chip chip--${kind}` }, i)));
}

export function renderReport(root: HTMLElement, view: ReportView, t: StudioTranslate, rubric: Rubric, language: Language, actions: ReportActions): void {
  const report = view.report;
  const problems = report ? [...report.errors, ...report.warnings] : view.early;
  const list = problems.length === 0
    ? h('p', { class: 'muted' }, view.phase === 'done' ? t('noProblems') : view.phase === 'failed' ? '' : t('checking'))
    : h('ul', { class: 'problems', 'aria-label': t('problems') }, ...problems.map((d) => problemItem(d, t, view.file, actions.onJump)));
  const parts: HTMLElement[] = [];
  if (view.failure) parts.push(h('p', { class: 'notice notice--error', role: 'alert' }, t('checkerStopped', { message: view.failure })));
  parts.push(section(t('problems'), list));

  if (report && view.meta && report.errors.length === 0) {
    const label = (id: string): string => rubric.dimensions.find((d) => d.id === id)?.label[language] ?? id;
    const outcome = report.bestOutcome ? (t.find(`outcome.${report.bestOutcome}`) ?? report.bestOutcome) : t('none');
    parts.push(section(t('bestPath'),
      report.bestOverall === null ? h('p', { class: 'muted' }, t('bestPathNone')) : h('p', { class: 'best-summary' }, t('bestSummary', { overall: report.bestOverall, outcome })),
      h('ol', { class: 'best-path' }, ...view.bestSteps.map((text) => h('li', {}, text))),
      h('button', { class: 'btn btn--small', type: 'button', 'data-action': 'play-best', onclick: actions.onPlayBest }, t('playBest')),
    ));

    const dims = rubric.dimensions.filter((d) => report.maxScores[d.id] !== 0 || report.minScores[d.id] !== 0);
    const span = Math.max(1, ...dims.map((d) => Math.abs(report.maxScores[d.id] ?? 0)), ...dims.map((d) => Math.abs(report.minScores[d.id] ?? 0)));
    parts.push(section(t('scoreRange'), h('table', { class: 'ranges' }, h('tbody', {}, ...dims.map((d) => {
      const min = report.minScores[d.id] ?? 0;
      const max = report.maxScores[d.id] ?? 0;
      const best = report.bestScores[d.id];
      const pct = (v: number): string => `${50 + (v / span) * 50}%`;
      return h('tr', { 'data-dimension': d.id },
        h('th', { scope: 'row' }, label(d.id)),
        h('td', { class: 'range-cell' }, h('div', { class: 'range-track' },
          h('div', { class: 'range-zero' }),
          h('div', { class: 'range-bar', style: `left:${pct(Math.min(min, 0))};right:calc(100% - ${pct(Math.max(max, 0))})` }),
          h('div', { class: 'range-min', style: `left:${pct(min)}` }),
          h('div', { class: 'range-max', style: `left:${pct(max)}` }))),
        h('td', { class: 'range-figures' }, `${min} … ${max}`),
        h('td', { class: 'range-best', title: t('bestMarker') }, best === undefined ? '–' : `${best}`));
    })))));

    if (report.naive) {
      const naive = report.naive;
      const rows = (['firstShown', 'longest', 'shortest', 'random'] as const).map((k) => h('tr', { 'data-strategy': k },
        h('th', { scope: 'row' }, t(`naiveStrategy.${k}`)),
        h('td', {}, `${naive[k].overall}`),
        h('td', {}, `${Math.round(naive[k].winRate * 100)} %`)));
      parts.push(section(t('naiveTitle'),
        h('p', { class: 'muted' }, t('naiveHelp')),
        h('table', { class: 'naive' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('naiveHead.strategy')), h('th', { scope: 'col' }, t('naiveHead.mean')), h('th', { scope: 'col' }, t('naiveHead.wins')))),
          h('tbody', {}, ...rows))));
    }

    const needs = view.meta.needs.map((n) => {
      const ok = report.needs[n.id]?.revealed ?? false;
      return h('li', { class: ok ? 'ok' : 'bad' }, h('strong', {}, n.id), ` — ${n.description} `, h('em', {}, ok ? t('revealed') : t('notRevealed')));
    });
    const objections = view.meta.objections.map((o) => {
      const st = report.objections[o.id];
      const text = !st?.raised ? t('notRaised') : st.resolved ? t('raisedResolved') : t('raisedOnly');
      return h('li', { class: st?.resolved ? 'ok' : 'bad' }, h('strong', {}, o.id), ` (${o.class}) — ${o.description} `, h('em', {}, text));
    });
    parts.push(h('div', { class: 'report-columns' },
      section(t('needs'), needs.length > 0 ? h('ul', { class: 'facts' }, ...needs) : h('p', { class: 'muted' }, t('none'))),
      section(t('objections'), objections.length > 0 ? h('ul', { class: 'facts' }, ...objections) : h('p', { class: 'muted' }, t('none')))));
    const tech = (id: string): string => rubric.techniques.find((x) => x.id === id)?.label[language] ?? id;
    const fault = (id: string): string => rubric.faults.find((x) => x.id === id)?.label[language] ?? id;
    parts.push(section(t('endings'), chips(report.endings.map((e) => t.find(`outcome.${e}`) ?? e), 'ending', t)));
    parts.push(section(t('techniques'), chips(report.techniques.map(tech), 'good', t)));
    parts.push(section(t('faults'), chips(report.faults.map(fault), 'bad', t)));
    parts.push(h('p', { class: 'muted states' }, t.count('statesExplored', report.states)));
    if (report.truncated) parts.push(h('p', { class: 'notice' }, t('truncated')));
  } else if (report && report.errors.length > 0) {
    parts.push(h('p', { class: 'muted' }, t('reportAfterErrors')));
  } else if (!report && view.phase === 'exploring' && view.early.every((d) => d.severity !== 'error')) {
    parts.push(h('p', { class: 'notice notice--info', role: 'status' }, view.states > 0 ? t.count('exploring', view.states) : t('checking')));
  } else if (!report && view.phase !== 'failed') {
    parts.push(h('p', { class: 'muted' }, t('reportEmpty')));
  }
  root.replaceChildren(...parts);
}
