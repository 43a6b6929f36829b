// Checking the draft as the trainer writes: a pause after typing (CHECK_DELAY_MS on the injected
// Timers), then the checking worker compiles it (its problems show at once) and explores it (the
// states count up) until the report is in. A newer check replaces one still running. The report
// tab and the branch map show what it found; a checked draft is saved with its bundle.
import type { Timers } from '../../core/clock.ts';
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import type { ScenarioMeta } from '../../core/schemas/scenario-meta.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { SourcePoint } from '../../toolchain/compile.ts';
import { SupersededError, type CheckerClient } from '../check/checker-client.ts';
import { scenarioFile } from '../check/source-fields.ts';
import { buildBranchGraph } from '../map/branch-graph.ts';
import { renderBranchMap } from '../map/branch-map-view.ts';
import { bestPathSteps } from '../playtest/best-path-steps.ts';
import { renderReport, type ReportView } from '../report/report-panel.ts';
import type { StudioParts } from './studio-parts.ts';

/** How long the trainer may pause typing before the draft is checked. */
export const CHECK_DELAY_MS = 350;

export class CheckController {
  private view: ReportView = { phase: 'idle', states: 0, early: [], report: null, meta: null, bestSteps: [], failure: null, file: '' };
  private bundle: ScenarioBundle | null = null;
  private checkedSource: string | null = null;
  private knots: SourcePoint[] = [];
  private cancelTimer: (() => void) | null = null;

  constructor(private readonly parts: StudioParts, private readonly checker: CheckerClient, private readonly timers: Timers) {}

  /** The checked scenario's front matter (the title, before the source's own is readable). */
  get meta(): ScenarioMeta | null {
    return this.view.meta;
  }

  /** The bundle of exactly the draft's text as it is now, or null (not checked yet, or errors). */
  checkedBundle(): ScenarioBundle | null {
    return this.checkedSource === this.parts.editor.draft.source ? this.bundle : null;
  }

  /** The draft changed: check it after a pause (at once when the change was not typed). */
  schedule(typed: boolean): void {
    this.cancelTimer?.();
    this.view = { ...this.view, phase: 'compiling' };
    this.parts.chrome();
    this.cancelTimer = this.timers.after(typed ? CHECK_DELAY_MS : 0, () => void this.run());
    if (this.parts.shell.tab === 'map') this.parts.shell.renderPanels();
  }

  renderReport(): void {
    const { shell, editor, playtest } = this.parts;
    renderReport(shell.panel.report, this.view, this.parts.strings(), courseRubric, this.parts.language(), {
      onJump: (line) => editor.goToLine(line),
      onPlayBest: () => playtest.playPath(this.view.report?.bestPath ?? []),
    });
  }

  renderMap(): void {
    const { shell, editor } = this.parts;
    const { source } = editor.draft;
    const warnings: Diagnostic[] = this.checkedSource === source ? (this.view.report?.warnings ?? []) : [];
    renderBranchMap(shell.panel.map, buildBranchGraph(source, courseRubric, warnings), this.parts.strings(), (line) => editor.goToLine(line));
  }

  /** The check status in the editor's toolbar, and the progress bar while it runs. */
  renderStatus(): void {
    const t = this.parts.strings();
    const { checkStatus: el, progress } = this.parts.shell;
    const v = this.view;
    progress.hidden = !(v.phase === 'compiling' || v.phase === 'exploring');
    el.classList.remove('check-status--ok', 'check-status--bad', 'check-status--busy');
    if (v.phase === 'done' && v.report) {
      const e = v.report.errors.length;
      const w = v.report.warnings.length;
      el.classList.add(e === 0 ? 'check-status--ok' : 'check-status--bad');
      el.textContent = `${e === 0 ? `✓ ${t('ready')}` : `✕ ${t('notReady')}`} · ${t.count('errors', e)} · ${t.count('warnings', w)}`;
      el.dataset.errors = String(e);
    } else if (v.phase === 'failed') {
      el.classList.add('check-status--bad');
      el.textContent = t('checkerStopped', { message: v.failure ?? '' });
    } else {
      el.classList.add('check-status--busy');
      const early = v.early.filter((d) => d.severity === 'error').length;
      el.textContent = v.phase === 'exploring' && v.states > 0 ? t.count('exploring', v.states) : early > 0 ? `${t('checking')} · ${t.count('errors', early)}` : t('checking');
      delete el.dataset.errors;
    }
  }

  /** The status button: the report, and the editor at the first problem in this file. */
  jumpToFirstProblem(): void {
    const first = [...(this.view.report?.errors ?? this.view.early), ...(this.view.report?.warnings ?? [])].find((d) => d.line !== null && d.file === this.view.file);
    this.parts.shell.showTab('report');
    if (first?.line) this.parts.editor.goToLine(first.line);
  }

  private renderReportIfOpen(): void {
    if (this.parts.shell.tab === 'report') this.parts.shell.renderPanels();
  }

  private async run(): Promise<void> {
    const { editor, shell, playtest, library } = this.parts;
    this.cancelTimer = null;
    const { source, language } = editor.draft;
    const file = scenarioFile(source, language);
    this.view = { ...this.view, phase: 'compiling', states: 0, failure: null, file };
    this.renderStatus();
    try {
      const answer = await this.checker.check(source, language, {
        onCompiled: (diagnostics, knots) => {
          this.knots = knots;
          this.view = { ...this.view, phase: 'exploring', early: diagnostics, report: null, meta: null, bestSteps: [] };
          editor.showDiagnostics(diagnostics, file);
          this.renderStatus();
          this.renderReportIfOpen();
        },
        onProgress: (states) => {
          this.view = { ...this.view, states };
          this.renderStatus();
          this.renderReportIfOpen();
        },
      });
      if (source !== editor.draft.source || language !== editor.draft.language) return;
      const { report, bundle } = answer;
      this.bundle = bundle;
      this.checkedSource = source;
      const meta: ScenarioMeta | null = bundle?.meta ?? null;
      const bestSteps = bundle ? bestPathSteps(bundle, report.bestPath, courseRubric) : [];
      this.view = { phase: 'done', states: report.states, early: [], report, meta, bestSteps, failure: null, file };
      editor.showDiagnostics([...report.errors, ...report.warnings], file);
      playtest.setScenario(bundle, this.knots);
      this.parts.chrome();
      shell.renderPanels();
      if (editor.draft.dirty || editor.draft.key !== null) await library.save(false);
    } catch (error) {
      if (error instanceof SupersededError) return;
      this.view = { ...this.view, phase: 'failed', failure: error instanceof Error ? error.message : String(error) };
      this.renderStatus();
      shell.renderPanels();
    }
  }
}
