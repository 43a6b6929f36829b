// The checker's report: problems with their lines (click to jump), the best path, the points
// each dimension can reach, needs, objections, endings, and the techniques and faults on offer.
import type { ScenarioReport } from '../../toolchain/check-scenario.ts';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Language, ScenarioMeta } from '../../core/schemas/scenario-meta.ts';
import type { Strings } from '../i18n/strings.ts';
import { h } from '../ui/dom.ts';

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

export function problemItem(d: Diagnostic, s: Strings, file: string, onJump: (line: number) => void): HTMLElement {
  const where = d.line === null ? s.wholeFile : d.file === file ? s.line(d.line) : `${d.file.replace(/^stories\//, '')}:${d.line}`;
  const code = s.code[d.code] ?? d.code;
  const body = [
    h('span', { class: `sev sev--${d.severity}`, attrs: { 'aria-hidden': 'true' } }, d.severity === 'error' ? '✕' : '!'),
    h('span', { class: 'problem-where' }, where),
    h('span', { class: 'problem-code' }, code),
    h('span', { class: 'problem-message' }, d.message),
  ];
  const canJump = d.line !== null && d.file === file;
  return h('li', { class: `problem problem--${d.severity}`, attrs: { 'data-line': d.line ?? '', 'data-code': d.code } },
    canJump
      ? h('button', { class: 'problem-button', attrs: { type: 'button' }, on: { click: () => onJump(d.line!) } }, ...body)
      : h('div', { class: 'problem-button problem-button--static' }, ...body));
}

function section(title: string, ...children: Array<Node | null>): HTMLElement {
  return h('section', { class: 'report-section' }, h('h2', {}, title), ...children);
}

function chips(items: string[], kind: string, s: Strings): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, s.none);
  return h('ul', { class: 'chips' }, ...items.map((i) => h('li', { class: `chip chip--${kind}` }, i)));
}

export function renderReport(root: HTMLElement, view: ReportView, s: Strings, rubric: Rubric, language: Language, actions: ReportActions): void {
  const report = view.report;
  const problems = report ? [...report.errors, ...report.warnings] : view.early;
  const list = problems.length === 0
    ? h('p', { class: 'muted' }, view.phase === 'done' ? s.noProblems : view.phase === 'failed' ? '' : s.checking)
    : h('ul', { class: 'problems', attrs: { 'aria-label': s.problems } }, ...problems.map((d) => problemItem(d, s, view.file, actions.onJump)));
  const parts: HTMLElement[] = [];
  if (view.failure) parts.push(h('p', { class: 'notice notice--error', attrs: { role: 'alert' } }, s.checkerStopped(view.failure)));
  parts.push(section(s.problems, list));

  if (report && view.meta && report.errors.length === 0) {
    const label = (id: string): string => rubric.dimensions.find((d) => d.id === id)?.label[language] ?? id;
    const outcome = report.bestOutcome ? (s.outcome[report.bestOutcome] ?? report.bestOutcome) : s.none;
    parts.push(section(s.bestPath,
      report.bestOverall === null ? h('p', { class: 'muted' }, s.bestPathNone) : h('p', { class: 'best-summary' }, s.bestSummary(report.bestOverall, outcome)),
      h('ol', { class: 'best-path' }, ...view.bestSteps.map((text) => h('li', {}, text))),
      h('button', { class: 'btn btn--small', attrs: { type: 'button', 'data-action': 'play-best' }, on: { click: actions.onPlayBest } }, s.playBest),
    ));

    const dims = rubric.dimensions.filter((d) => report.maxScores[d.id] !== 0 || report.minScores[d.id] !== 0);
    const span = Math.max(1, ...dims.map((d) => Math.abs(report.maxScores[d.id] ?? 0)), ...dims.map((d) => Math.abs(report.minScores[d.id] ?? 0)));
    parts.push(section(s.scoreRange, h('table', { class: 'ranges' }, h('tbody', {}, ...dims.map((d) => {
      const min = report.minScores[d.id] ?? 0;
      const max = report.maxScores[d.id] ?? 0;
      const best = report.bestScores[d.id];
      const pct = (v: number): string => `${50 + (v / span) * 50}%`;
      return h('tr', { attrs: { 'data-dimension': d.id } },
        h('th', { attrs: { scope: 'row' } }, label(d.id)),
        h('td', { class: 'range-cell' }, h('div', { class: 'range-track' },
          h('div', { class: 'range-zero' }),
          h('div', { class: 'range-bar', attrs: { style: `left:${pct(Math.min(min, 0))};right:calc(100% - ${pct(Math.max(max, 0))})` } }),
          h('div', { class: 'range-min', attrs: { style: `left:${pct(min)}` } }),
          h('div', { class: 'range-max', attrs: { style: `left:${pct(max)}` } }))),
        h('td', { class: 'range-figures' }, `${min} … ${max}`),
        h('td', { class: 'range-best', attrs: { title: s.bestMarker } }, best === undefined ? '–' : `${best}`));
    })))));

    if (report.naive) {
      const naive = report.naive;
      const rows = (['firstShown', 'longest', 'shortest', 'random'] as const).map((k) => h('tr', { attrs: { 'data-strategy': k } },
        h('th', { attrs: { scope: 'row' } }, s.naiveStrategy[k]),
        h('td', {}, `${naive[k].overall}`),
        h('td', {}, `${Math.round(naive[k].winRate * 100)} %`)));
      parts.push(section(s.naiveTitle,
        h('p', { class: 'muted' }, s.naiveHelp),
        h('table', { class: 'naive' },
          h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, s.naiveHead[0]), h('th', { attrs: { scope: 'col' } }, s.naiveHead[1]), h('th', { attrs: { scope: 'col' } }, s.naiveHead[2]))),
          h('tbody', {}, ...rows))));
    }

    const needs = view.meta.needs.map((n) => {
      const ok = report.needs[n.id]?.revealed ?? false;
      return h('li', { class: ok ? 'ok' : 'bad' }, h('strong', {}, n.id), ` — ${n.description} `, h('em', {}, ok ? s.revealed : s.notRevealed));
    });
    const objections = view.meta.objections.map((o) => {
      const st = report.objections[o.id];
      const text = !st?.raised ? s.notRaised : st.resolved ? s.raisedResolved : s.raisedOnly;
      return h('li', { class: st?.resolved ? 'ok' : 'bad' }, h('strong', {}, o.id), ` (${o.class}) — ${o.description} `, h('em', {}, text));
    });
    parts.push(h('div', { class: 'report-columns' },
      section(s.needs, needs.length > 0 ? h('ul', { class: 'facts' }, ...needs) : h('p', { class: 'muted' }, s.none)),
      section(s.objections, objections.length > 0 ? h('ul', { class: 'facts' }, ...objections) : h('p', { class: 'muted' }, s.none))));
    const tech = (id: string): string => rubric.techniques.find((x) => x.id === id)?.label[language] ?? id;
    const fault = (id: string): string => rubric.faults.find((x) => x.id === id)?.label[language] ?? id;
    parts.push(section(s.endings, chips(report.endings.map((e) => s.outcome[e] ?? e), 'ending', s)));
    parts.push(section(s.techniques, chips(report.techniques.map(tech), 'good', s)));
    parts.push(section(s.faults, chips(report.faults.map(fault), 'bad', s)));
    parts.push(h('p', { class: 'muted states' }, s.statesExplored(report.states)));
    if (report.truncated) parts.push(h('p', { class: 'notice' }, s.truncated));
  } else if (report && report.errors.length > 0) {
    parts.push(h('p', { class: 'muted' }, s.reportAfterErrors));
  } else if (!report && view.phase === 'exploring' && view.early.every((d) => d.severity !== 'error')) {
    parts.push(h('p', { class: 'notice notice--info', attrs: { role: 'status' } }, view.states > 0 ? s.exploring(view.states) : s.checking));
  } else if (!report && view.phase !== 'failed') {
    parts.push(h('p', { class: 'muted' }, s.reportEmpty));
  }
  root.replaceChildren(...parts);
}
