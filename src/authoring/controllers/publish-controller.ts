// "Publish to cohort", opened from the editor's toolbar: a modal dialog that gathers every
// language file of the open scenario, runs the Studio's checker on each (in its own worker),
// lets the trainer pick one of the cohorts this device holds a trainer key for — or add one by
// pasting its key once — and then publishes each file to that cohort, showing the progress and
// the server's answer per language. The keys are the ones the dashboard keeps too.
import { isApiError } from '../../net/api-error.ts';
import type { CheckerClient } from '../check/checker-client.ts';
import type { StudioTranslate } from '../i18n/translate.ts';
import { identifyTrainerKey, type WhoAmI } from '../publish/add-cohort.ts';
import { cohortErrorText } from '../publish/cohort-error-text.ts';
import { PublishRun, type CheckFile, type ScenarioPublisher } from '../publish/publish-run.ts';
import {
  cohortLabel, languageName, redrawKeepingFocus, renderCheck, renderCohorts, renderResults, type CohortRow, type CohortsView,
} from '../publish/publish-view.ts';
import { scenarioFiles, type ScenarioFiles } from '../publish/scenario-files.ts';
import { fillWith, h, uid } from '../../ui-kit/dom.ts';
import type { HeldCohort, TrainerKeyStore } from '../../ui-kit/trainer-key-store.ts';
import type { LocalScenario } from '../../core/schemas/records.ts';
import type { StudioParts } from './studio-parts.ts';

/** The cohort API client for one trainer key, as far as publishing uses it. */
export type CohortConnection = WhoAmI & ScenarioPublisher;

export interface PublishDeps {
  /** The trainer keys this device holds (shared with the dashboard). */
  keys: TrainerKeyStore;
  /** A client of this page's own cohort server holding `key`. */
  connect(key: string): CohortConnection;
  /** A checker of its own, so the draft's live check and pack imports carry on meanwhile. */
  checker: CheckerClient;
}

const row = (cohort: HeldCohort): CohortRow => ({ cohort, status: cohort.cohortName === null ? 'naming' : 'ready' });

export class PublishController {
  private run: PublishRun | null = null;
  private opening = false;
  private scenario: ScenarioFiles = { id: null, files: [] };
  private title = '';
  /** The cohort the run in progress (or last finished) went to, as named then. */
  private sentTo = '';
  private view: CohortsView = { rows: [], selected: null, keyText: '', adding: false, locked: false, message: null };
  private readonly intro = h('p', { class: 'publish-intro' });
  private readonly cohortsEl = h('section', { class: 'publish-section' });
  private readonly checkEl = h('section', { class: 'publish-section', 'data-testid': 'publish-check' });
  private readonly resultsEl = h('section', { class: 'publish-section', 'aria-live': 'polite', 'data-testid': 'publish-results' });
  private readonly actionsEl = h('div', { class: 'dialog-actions publish-actions' });
  private readonly checkFile: CheckFile = async (source, language, onProgress) => (await this.deps.checker.check(source, language, { onProgress })).report;

  constructor(private readonly parts: StudioParts, private readonly deps: PublishDeps) {
    // Escape must not hide a publish that is still going: its answers would have nowhere to show.
    this.dialog.addEventListener('cancel', (event) => {
      if (this.run?.sending) event.preventDefault();
    });
    // A check still running is of no use once the dialog is gone: its worker is stopped.
    this.dialog.addEventListener('close', () => {
      if (this.run?.checking) {
        this.run.stop();
        this.deps.checker.dispose();
      }
    });
  }

  private get dialog(): HTMLDialogElement {
    return this.parts.shell.publishDialog;
  }

  private get t(): StudioTranslate {
    return this.parts.strings();
  }

  async open(): Promise<void> {
    if (this.dialog.open || this.opening) return;
    const { editor, library } = this.parts;
    let saved: LocalScenario[] = [];
    this.opening = true;
    try {
      saved = (await library.library?.list()) ?? [];
    } catch {
      // the browser storage failed: the open draft can still go out alone
    } finally {
      this.opening = false;
    }
    this.scenario = scenarioFiles(editor.draft, saved);
    this.title = editor.info().title;
    const run = new PublishRun(this.scenario.files, () => {
      if (this.run === run) this.renderRun();
    });
    this.run = run;
    const held = this.deps.keys.list();
    this.view = { rows: held.map(row), selected: held[0]?.key ?? null, keyText: '', adding: false, locked: false, message: null };
    fillWith(this.dialog, h('h2', { id: 'publish-title' }, this.t('publishTitle')), this.intro, this.cohortsEl, this.checkEl, this.resultsEl, this.actionsEl);
    this.renderIntro();
    this.renderCohorts();
    this.renderRun();
    this.dialog.showModal();
    this.focus(this.view.selected ? `cohort:${this.view.selected}` : 'key');
    void this.nameUnnamed();
    if (this.scenario.files.length > 0) await run.check(this.checkFile);
  }

  private renderIntro(): void {
    const t = this.t;
    if (this.scenario.id === null) {
      this.intro.className = 'notice notice--error';
      this.intro.textContent = t('publishNoId');
      return;
    }
    this.intro.className = 'publish-intro muted';
    this.intro.textContent = t('publishIntro', {
      title: this.title, languages: this.scenario.files.map((f) => languageName(t, f.language)).join(t('listSeparator')),
    });
  }

  private renderCohorts(): void {
    redrawKeepingFocus(this.cohortsEl, () => renderCohorts(this.cohortsEl, this.view, this.t, this.parts.language(), {
      select: (key) => {
        this.view.selected = key;
        this.renderActions();
      },
      forget: (key) => this.forget(key),
      typeKey: (text) => {
        this.view.keyText = text;
      },
      add: () => void this.add(),
    }));
  }

  private renderRun(): void {
    const run = this.run;
    if (!run) return;
    const jump = (line: number): void => {
      this.dialog.close();
      this.parts.editor.goToLine(line);
    };
    if (this.scenario.files.length > 0) redrawKeepingFocus(this.checkEl, () => renderCheck(this.checkEl, run, this.t, jump));
    else fillWith(this.checkEl);
    redrawKeepingFocus(this.resultsEl, () => renderResults(this.resultsEl, run, this.sentTo, this.t, jump));
    this.renderActions();
  }

  private selectedCohort(): HeldCohort | null {
    return this.view.rows.find((r) => r.cohort.key === this.view.selected)?.cohort ?? null;
  }

  private renderActions(): void {
    const t = this.t;
    const run = this.run;
    const close = h('button', {
      class: 'btn', type: 'button', 'data-action': 'close-publish', 'data-focus': 'close', disabled: run?.sending ?? false, onclick: () => this.dialog.close(),
    }, t('close'));
    let primary: HTMLButtonElement | null = null;
    let hint: string | null = null;
    if (run && this.scenario.files.length > 0 && !run.published && (!run.answered || run.sending || run.retryable)) {
      const verdict = run.verdict();
      const cohort = this.selectedCohort();
      const name = cohort ? cohortLabel(t, cohort) : null;
      const retry = run.answered && !run.sending;
      const label = run.sending ? t('publishSending')
        : retry ? t('publishRetry')
          : name === null ? t('publishSendNone')
            : verdict === 'warnings' ? t.count('publishSendWarnings', run.warnings(), { cohort: name })
              : t('publishSend', { cohort: name });
      hint = verdict === 'checking' ? t('publishWaitCheck') : verdict !== 'blocked' && cohort === null ? t('publishPickCohort') : null;
      const hintId = uid('publish-hint');
      primary = h('button', {
        class: 'btn btn--primary', type: 'button', 'data-action': 'send-publish', 'data-focus': 'send',
        disabled: run.sending || verdict === 'checking' || verdict === 'blocked' || cohort === null,
        'aria-busy': run.sending ? 'true' : null, 'aria-describedby': hint ? hintId : null,
        onclick: () => void this.send(),
      }, label);
      redrawKeepingFocus(this.actionsEl, () => fillWith(this.actionsEl, hint ? h('p', { class: 'muted small publish-hint', id: hintId }, hint) : null, close, primary));
      return;
    }
    redrawKeepingFocus(this.actionsEl, () => fillWith(this.actionsEl, close));
  }

  private focus(name: string): void {
    [...this.dialog.querySelectorAll<HTMLElement>('[data-focus]')].find((e) => e.dataset.focus === name)?.focus();
  }

  /** Keys kept before cohorts were named (the dashboard's old single key): the server names them. */
  private async nameUnnamed(): Promise<void> {
    for (const r of this.view.rows.filter((x) => x.status === 'naming')) {
      try {
        const me = await this.deps.connect(r.cohort.key).me();
        if (me.role === 'trainer') {
          this.deps.keys.name(r.cohort.key, { cohortId: me.cohortId, cohortName: me.cohortName });
          r.cohort = { ...r.cohort, cohortId: me.cohortId, cohortName: me.cohortName };
        }
        r.status = me.role === 'trainer' ? 'ready' : 'refused';
      } catch (error) {
        r.status = isApiError(error) && error.unauthorized ? 'refused' : 'ready';
      }
      this.renderCohorts();
      this.renderActions();
    }
  }

  private forget(key: string): void {
    this.deps.keys.forget(key);
    this.view.rows = this.view.rows.filter((r) => r.cohort.key !== key);
    if (this.view.selected === key) this.view.selected = this.view.rows[0]?.cohort.key ?? null;
    this.view.message = null;
    this.renderCohorts();
    this.renderActions();
    this.focus(this.view.selected ? `cohort:${this.view.selected}` : 'key');
  }

  private async add(): Promise<void> {
    const t = this.t;
    if (this.view.keyText.trim() === '') {
      this.view.message = { text: t('publishKeyEmpty'), error: true };
      this.renderCohorts();
      this.focus('key');
      return;
    }
    this.view.adding = true;
    this.view.message = null;
    this.renderCohorts();
    const added = await identifyTrainerKey(this.view.keyText, (key) => this.deps.connect(key));
    this.view.adding = false;
    if (!added.ok) {
      this.view.message = { text: added.problem === 'error' ? cohortErrorText(this.t, added.error) : this.t(`publishKey.${added.problem}`), error: true };
      this.renderCohorts();
      this.focus('key');
      return;
    }
    const kept = this.deps.keys.remember(added.key, { cohortId: added.cohortId, cohortName: added.cohortName });
    const others = this.view.rows.filter((r) => r.cohort.key !== added.key);
    const cohort = this.deps.keys.list().find((c) => c.key === added.key);
    if (cohort) this.view.rows = [row(cohort), ...others];
    this.view.selected = added.key;
    this.view.keyText = '';
    this.view.message = { text: this.t(kept ? 'publishAdded' : 'publishAddedUnkept', { cohort: added.cohortName }), error: false };
    this.renderCohorts();
    this.renderActions();
    this.focus(`cohort:${added.key}`);
  }

  private async send(): Promise<void> {
    const run = this.run;
    const cohort = this.selectedCohort();
    if (!run || !cohort || run.sending) return;
    this.sentTo = cohortLabel(this.t, cohort);
    this.deps.keys.remember(cohort.key);
    this.view.locked = true;
    this.view.message = null;
    this.renderCohorts();
    // What goes to the cohort is kept here too, so its other language finds it next time.
    if (this.scenario.files.some((f) => f.open && f.source === this.parts.editor.draft.source)) await this.parts.library.save(true);
    await run.publish(this.deps.connect(cohort.key));
    this.view.locked = false;
    const refused = run.files.some((r) => r.send.phase === 'key-refused');
    const r = this.view.rows.find((x) => x.cohort.key === cohort.key);
    if (r) r.status = refused ? 'refused' : 'ready';
    if (this.run !== run) return;
    this.renderCohorts();
    this.renderRun();
    this.resultsEl.querySelector<HTMLElement>('[data-testid="publish-summary"]')?.focus();
  }
}
