// The authoring page: wires the editor, the checking worker, the report, play-test, branch map
// and library panels, saving with history, templates, and pack import and export.
import { courseRubric } from '../core/rubric/course-rubric.ts';
import { LANGUAGES, type Channel, type Language, type ScenarioMeta } from '../core/schemas/scenario-meta.ts';
import type { ScenarioBundle } from '../core/session/scenario-bundle.ts';
import type { SourcePoint } from '../toolchain/compile.ts';
import type { Diagnostic } from '../core/schemas/diagnostic.ts';
import { CheckerClient, SupersededError } from './check/checker-client.ts';
import { frontMatterId, frontMatterTitle, scenarioFile } from './check/check-source.ts';
import { InkEditor } from './editor/ink-editor.ts';
import { STRINGS, type Strings } from './i18n/strings.ts';
import { rememberLanguage } from './i18n/language.ts';
import type { AuthoringLibrary, SaveOutcome } from './library/authoring-library.ts';
import { renderLibrary, titleOf, type LibraryMessage, type LibraryRow } from './library/library-panel.ts';
import { buildBranchGraph } from './map/branch-graph.ts';
import { renderBranchMap } from './map/branch-map-view.ts';
import { buildPack, importPack, inkFileName, packFileName, tooLarge } from './pack/scenario-pack-io.ts';
import { PlaytestPanel } from './playtest/playtest-panel.ts';
import { bestPathSteps } from './playtest/best-path-steps.ts';
import { renderReport, type ReportView } from './report/report-panel.ts';
import { templateFor, withId } from './templates/templates.ts';
import { openNewScenarioDialog } from './templates/new-scenario-dialog.ts';
import { templateId } from './templates/build-template.ts';
import { download, h } from './ui/dom.ts';

type Tab = 'report' | 'play' | 'map' | 'library';
const TABS: Tab[] = ['report', 'play', 'map', 'library'];
const CHECK_DELAY_MS = 350;

interface Doc {
  key: string | null;
  language: Language;
  source: string;
  /** Edited since it was opened or last saved. */
  dirty: boolean;
  origin: 'authored' | 'imported';
}

export interface AuthoringAppOptions {
  root: HTMLElement;
  library: AuthoringLibrary | null;
  storageError: string | null;
  language: Language;
  storage: Storage;
  createWorker: () => Worker;
}

export class AuthoringApp {
  private lang: Language;
  private doc: Doc;
  private tab: Tab = 'report';
  private readonly checker: CheckerClient;
  private readonly importChecker: CheckerClient;
  private editor!: InkEditor;
  private playtest!: PlaytestPanel;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private view: ReportView;
  private bundle: ScenarioBundle | null = null;
  private checkedSource: string | null = null;
  private knots: SourcePoint[] = [];
  private saveText = '';
  private saveState: 'idle' | 'saving' | 'saved' | 'problem' = 'idle';
  private superseded = false;
  private rows: LibraryRow[] = [];
  private selected = new Set<string>();
  private message: LibraryMessage | null = null;
  private readonly fileInput: HTMLInputElement;
  private readonly els: Record<string, HTMLElement> = {};

  constructor(private readonly options: AuthoringAppOptions) {
    this.lang = options.language;
    this.checker = new CheckerClient(options.createWorker);
    this.importChecker = new CheckerClient(options.createWorker);
    this.doc = { key: null, language: this.lang, source: '', dirty: false, origin: 'authored' };
    this.view = { phase: 'idle', states: 0, early: [], report: null, meta: null, bestSteps: [], failure: null, file: '' };
    this.fileInput = h('input', { attrs: { type: 'file', accept: '.json,application/json', hidden: true, 'data-testid': 'pack-file' }, on: { change: () => void this.importChosenFile() } });
  }

  private get s(): Strings {
    return STRINGS[this.lang];
  }

  async start(): Promise<void> {
    this.build();
    await this.refreshLibrary();
    const latest = [...this.rows].sort((a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt))[0];
    if (latest) this.openRecord(latest.record.key);
    else await this.newFromTemplate('outbound-call', this.lang);
    if (this.options.storageError) this.setSave('problem', this.s.storageFailed(this.options.storageError));
  }

  // ——— layout ———

  private build(): void {
    const root = this.options.root;
    const s = this.s;
    this.els.title = h('h1', { class: 'brand-title' });
    this.els.subtitle = h('p', { class: 'brand-sub' });
    this.els.docTitle = h('span', { class: 'doc-title', attrs: { 'data-testid': 'doc-title' } });
    this.els.docKey = h('code', { class: 'doc-key' });
    this.els.saveStatus = h('span', { class: 'save-status', attrs: { role: 'status', 'data-testid': 'save-status' } });
    const button = (name: string, action: () => void, cls = 'btn'): HTMLButtonElement => {
      const b = h('button', { class: cls, attrs: { type: 'button', 'data-action': name }, on: { click: action } });
      this.els[`btn-${name}`] = b;
      return b;
    };
    const langButtons = LANGUAGES.map((l) => h('button', {
      class: 'lang-btn', attrs: { type: 'button', 'data-language': l, lang: l }, on: { click: () => this.setLanguage(l) },
    }, l === 'en' ? 'EN' : '中文'));
    this.els.langGroup = h('div', { class: 'lang-group', attrs: { role: 'group' } }, ...langButtons);
    this.els.traineeLink = h('a', { class: 'link', attrs: { href: '../' } });
    const header = h('header', { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'logo', attrs: { 'aria-hidden': 'true' } }, '✎'), h('div', {}, this.els.title, this.els.subtitle)),
      h('div', { class: 'doc-info' }, this.els.docTitle, h('span', { class: 'doc-line' }, this.els.docKey, this.els.saveStatus)),
      h('nav', { class: 'top-actions' },
        button('new', () => this.openNewDialog(), 'btn btn--primary'),
        button('save', () => void this.save(true)),
        button('undo-save', () => void this.undoSave()),
        button('export-ink', () => this.exportInk()),
        button('export-pack', () => this.exportCurrentPack()),
        this.els.langGroup, this.els.traineeLink));

    this.els.scenarioLangLabel = h('label', { attrs: { for: 'scenario-language' } });
    const langSelect = h('select', { attrs: { id: 'scenario-language' }, on: { change: () => this.setScenarioLanguage(langSelect.value as Language) } },
      ...LANGUAGES.map((l) => h('option', { attrs: { value: l } }, l === 'en' ? 'English' : '简体中文')));
    this.els.scenarioLang = langSelect;
    this.els.checkStatus = h('button', { class: 'check-status', attrs: { type: 'button', 'data-testid': 'check-status' }, on: { click: () => this.jumpToFirstProblem() } });
    this.els.progress = h('div', { class: 'progress', attrs: { hidden: true } }, h('div', { class: 'progress-bar' }));
    this.els.shortcuts = h('span', { class: 'muted small shortcuts' });
    const editorHost = h('div', { class: 'editor-host' });
    const editorPane = h('section', { class: 'editor-pane' },
      h('div', { class: 'editor-toolbar' }, this.els.scenarioLangLabel, langSelect, this.els.checkStatus, this.els.shortcuts),
      this.els.progress,
      editorHost);

    this.els.tablist = h('div', { class: 'tabs', attrs: { role: 'tablist' } });
    for (const tab of TABS) {
      const b = h('button', {
        class: 'tab', attrs: { type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-controls': `panel-${tab}`, 'data-tab': tab },
        on: { click: () => this.showTab(tab), keydown: (e) => this.onTabKey(e, tab) },
      });
      this.els[`tab-${tab}`] = b;
      this.els.tablist.append(b);
      this.els[`panel-${tab}`] = h('div', { class: `panel panel--${tab}`, attrs: { role: 'tabpanel', id: `panel-${tab}`, 'aria-labelledby': `tab-${tab}`, tabindex: 0 } });
    }
    const side = h('section', { class: 'side-pane' }, this.els.tablist, ...TABS.map((t) => this.els[`panel-${t}`]!));
    this.els.dialog = h('dialog', { class: 'new-dialog', attrs: { 'aria-labelledby': 'new-title' } });
    root.replaceChildren(header, h('main', { class: 'workspace' }, editorPane, side), this.els.dialog, this.fileInput);

    this.editor = new InkEditor({
      parent: editorHost, source: '', label: s.editorLabel,
      onChange: (source, byUser) => this.onSourceChange(source, byUser),
      onSave: () => void this.save(true),
    });
    this.playtest = new PlaytestPanel(this.els['panel-play']!, { rubric: courseRubric, strings: () => this.s, language: () => this.lang });
    document.addEventListener('keydown', (e) => {
      const digit = /^Digit([1-4])$/.exec(e.code);
      const target = e.target instanceof HTMLElement ? e.target : null;
      const typing = target !== null && (target.closest('.cm-editor') !== null || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
      if (e.altKey && !e.ctrlKey && !e.metaKey && digit) {
        e.preventDefault();
        this.showTab(TABS[Number(digit[1]) - 1]!, true);
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void this.save(true);
      } else if (this.tab === 'play' && !typing && !(this.els.dialog as HTMLDialogElement).open) {
        this.playtest.handleKey(e);
      }
    });
    let resizing = 0;
    window.addEventListener('resize', () => {
      cancelAnimationFrame(resizing);
      resizing = requestAnimationFrame(() => { if (this.tab === 'map') this.renderPanels(); });
    });
    this.renderChrome();
    this.showTab('report');
  }

  /** Texts that change with the interface language or the document. */
  private renderChrome(): void {
    const s = this.s;
    document.documentElement.lang = this.lang;
    document.title = `${s.appTitle} · ${this.lang === 'en' ? '场景工作室' : 'Scenario Studio'}`;
    this.els.title!.textContent = s.appTitle;
    this.els.subtitle!.textContent = s.appSubtitle;
    const labels: Record<string, string> = {
      new: s.newScenario, save: s.save, 'undo-save': s.undoSave, 'export-ink': s.exportInk, 'export-pack': s.exportPack,
    };
    for (const [name, text] of Object.entries(labels)) this.els[`btn-${name}`]!.textContent = text;
    this.els['btn-undo-save']!.toggleAttribute('disabled', this.doc.key === null);
    this.els.langGroup!.setAttribute('aria-label', s.interfaceLanguage);
    for (const b of this.els.langGroup!.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.language === this.lang));
    this.els.traineeLink!.textContent = s.traineeView;
    this.els.scenarioLangLabel!.textContent = s.scenarioLanguage;
    (this.els.scenarioLang as HTMLSelectElement).value = this.doc.language;
    this.els.shortcuts!.textContent = s.shortcuts;
    const tabNames: Record<Tab, string> = { report: s.tabReport, play: s.tabPlay, map: s.tabMap, library: s.tabLibrary };
    for (const t of TABS) this.els[`tab-${t}`]!.textContent = tabNames[t];
    this.editor.setLabel(s.editorLabel);
    const title = frontMatterTitle(this.doc.source) ?? this.view.meta?.title ?? '—';
    this.els.docTitle!.textContent = title;
    this.els.docKey!.textContent = this.doc.key ?? `${frontMatterId(this.doc.source) ?? '?'}/${this.doc.language}`;
    this.renderSaveStatus();
    this.renderCheckStatus();
  }

  private setLanguage(language: Language): void {
    this.lang = language;
    rememberLanguage(this.options.storage, language);
    this.renderChrome();
    this.renderPanels();
  }

  // ——— tabs ———

  private showTab(tab: Tab, focus = false): void {
    this.tab = tab;
    for (const t of TABS) {
      const selected = t === tab;
      this.els[`tab-${t}`]!.setAttribute('aria-selected', String(selected));
      this.els[`tab-${t}`]!.setAttribute('tabindex', selected ? '0' : '-1');
      this.els[`panel-${t}`]!.hidden = !selected;
    }
    this.renderPanels();
    if (focus) this.els[`tab-${tab}`]!.focus();
  }

  private onTabKey(event: KeyboardEvent, tab: Tab): void {
    const i = TABS.indexOf(tab);
    const next = event.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : event.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length]
      : event.key === 'Home' ? TABS[0] : event.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (next) {
      event.preventDefault();
      this.showTab(next, true);
    }
  }

  private renderPanels(): void {
    const s = this.s;
    if (this.tab === 'report') {
      renderReport(this.els['panel-report']!, this.view, s, courseRubric, this.lang, {
        onJump: (line) => this.editor.goToLine(line),
        onPlayBest: () => {
          this.showTab('play');
          this.playtest.playPath(this.view.report?.bestPath ?? []);
        },
      });
    } else if (this.tab === 'play') {
      this.playtest.render();
    } else if (this.tab === 'map') {
      const warnings: Diagnostic[] = this.checkedSource === this.doc.source ? (this.view.report?.warnings ?? []) : [];
      renderBranchMap(this.els['panel-map']!, buildBranchGraph(this.doc.source, courseRubric, warnings), s, (line) => this.editor.goToLine(line));
    } else {
      renderLibrary(this.els['panel-library']!, this.rows, this.doc.key, this.selected, this.message, s, this.lang, {
        onOpen: (key) => this.openRecord(key),
        onDelete: (key) => void this.deleteRecord(key),
        onToggle: (key, on) => {
          if (on) this.selected.add(key);
          else this.selected.delete(key);
          this.renderPanels();
        },
        onExportSelected: () => this.exportSelected(),
        onImport: () => this.fileInput.click(),
      });
    }
  }

  // ——— editing and checking ———

  private onSourceChange(source: string, byUser: boolean): void {
    this.doc.source = source;
    if (byUser) this.doc.dirty = true;
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.view = { ...this.view, phase: 'compiling' };
    this.renderChrome();
    this.checkTimer = setTimeout(() => void this.runCheck(), byUser ? CHECK_DELAY_MS : 0);
    if (this.tab === 'map') this.renderPanels();
  }

  private async runCheck(): Promise<void> {
    this.checkTimer = null;
    const source = this.doc.source;
    const language = this.doc.language;
    const file = scenarioFile(source, language);
    this.view = { ...this.view, phase: 'compiling', states: 0, failure: null, file };
    this.renderCheckStatus();
    try {
      const answer = await this.checker.check(source, language, {
        onCompiled: (diagnostics, knots) => {
          this.knots = knots;
          this.view = { ...this.view, phase: 'exploring', early: diagnostics, report: null, meta: null, bestSteps: [] };
          this.editor.showDiagnostics(diagnostics, file);
          this.renderCheckStatus();
          if (this.tab === 'report') this.renderPanels();
        },
        onProgress: (states) => {
          this.view = { ...this.view, states };
          this.renderCheckStatus();
          if (this.tab === 'report') this.renderPanels();
        },
      });
      if (source !== this.doc.source || language !== this.doc.language) return;
      const { report, bundle } = answer;
      this.bundle = bundle;
      this.checkedSource = source;
      const meta: ScenarioMeta | null = bundle?.meta ?? null;
      const bestSteps = bundle ? bestPathSteps(bundle, report.bestPath, courseRubric) : [];
      this.view = { phase: 'done', states: report.states, early: [], report, meta, bestSteps, failure: null, file };
      this.editor.showDiagnostics([...report.errors, ...report.warnings], file);
      this.playtest.setScenario(bundle, this.knots);
      this.renderChrome();
      this.renderPanels();
      if (this.doc.dirty || this.doc.key !== null) await this.save(false);
    } catch (error) {
      if (error instanceof SupersededError) return;
      this.view = { ...this.view, phase: 'failed', failure: error instanceof Error ? error.message : String(error) };
      this.renderCheckStatus();
      this.renderPanels();
    }
  }

  private renderCheckStatus(): void {
    const s = this.s;
    const el = this.els.checkStatus!;
    const progress = this.els.progress!;
    const v = this.view;
    progress.hidden = !(v.phase === 'compiling' || v.phase === 'exploring');
    el.classList.remove('check-status--ok', 'check-status--bad', 'check-status--busy');
    if (v.phase === 'done' && v.report) {
      const e = v.report.errors.length;
      const w = v.report.warnings.length;
      el.classList.add(e === 0 ? 'check-status--ok' : 'check-status--bad');
      el.textContent = `${e === 0 ? `✓ ${s.ready}` : `✕ ${s.notReady}`} · ${s.errors(e)} · ${s.warnings(w)}`;
      el.dataset.errors = String(e);
    } else if (v.phase === 'failed') {
      el.classList.add('check-status--bad');
      el.textContent = s.checkerStopped(v.failure ?? '');
    } else {
      el.classList.add('check-status--busy');
      const early = v.early.filter((d) => d.severity === 'error').length;
      el.textContent = v.phase === 'exploring' && v.states > 0 ? s.exploring(v.states) : early > 0 ? `${s.checking} · ${s.errors(early)}` : s.checking;
      delete el.dataset.errors;
    }
  }

  private jumpToFirstProblem(): void {
    const first = [...(this.view.report?.errors ?? this.view.early), ...(this.view.report?.warnings ?? [])].find((d) => d.line !== null && d.file === this.view.file);
    this.showTab('report');
    if (first?.line) this.editor.goToLine(first.line);
  }

  private setScenarioLanguage(language: Language): void {
    if (language === this.doc.language) return;
    this.doc.language = language;
    this.doc.dirty = true;
    this.renderChrome();
    this.onSourceChange(this.doc.source, false);
  }

  // ——— saving ———

  private renderSaveStatus(): void {
    const el = this.els.saveStatus!;
    el.textContent = this.saveText || (this.doc.key === null ? this.s.notSavedYet : '');
    el.className = `save-status save-status--${this.saveState}`;
  }

  /** Another tab runs a newer release and took the database over: saving here has stopped. */
  storageSuperseded(): void {
    this.superseded = true;
    this.setSave('problem', this.s.superseded);
  }

  private setSave(state: AuthoringApp['saveState'], text: string): void {
    this.saveState = state;
    this.saveText = text;
    this.renderSaveStatus();
  }

  private time(iso = new Date().toISOString()): string {
    return new Intl.DateTimeFormat(this.lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(iso));
  }

  /** Saves the draft; `explicit` when the trainer asked (Ctrl+S), which also saves an unedited draft. */
  private async save(explicit: boolean): Promise<SaveOutcome | null> {
    const library = this.options.library;
    if (!library) return null;
    if (this.superseded) {
      this.setSave('problem', this.s.superseded);
      return null;
    }
    if (!explicit && !this.doc.dirty && this.doc.key === null) return null;
    const source = this.doc.source;
    const bundle = this.checkedSource === source ? this.bundle : null;
    this.setSave('saving', this.s.saving);
    let outcome: SaveOutcome;
    try {
      outcome = await library.save({ key: this.doc.key, source, language: this.doc.language, bundle, origin: this.doc.origin });
    } catch (error) {
      this.setSave('problem', this.s.storageFailed(error instanceof Error ? error.message : String(error)));
      return null;
    }
    if (!outcome.ok) {
      this.setSave('problem', outcome.reason === 'no-id' ? this.s.noId : this.s.taken(outcome.key));
      return outcome;
    }
    this.doc.key = outcome.key;
    if (this.doc.source === source) this.doc.dirty = false;
    this.setSave('saved', outcome.movedFrom ? this.s.movedTo(outcome.key) : this.s.savedAt(this.time()));
    if (outcome.changed || outcome.movedFrom) await this.refreshLibrary();
    this.renderChrome();
    return outcome;
  }

  private async undoSave(): Promise<void> {
    const library = this.options.library;
    const key = this.doc.key;
    if (!library || !key) return;
    if (this.doc.dirty) await this.save(true);
    const previous = await library.undo(key);
    if (!previous) {
      this.setSave('idle', this.s.nothingToUndo);
      return;
    }
    this.editor.setSource(previous.source);
    this.doc.dirty = true; // re-save once checked, so the restored version gets its bundle back
    this.setSave('saved', this.s.restored(this.time(previous.savedAt)));
    await this.refreshLibrary();
  }

  private async refreshLibrary(): Promise<void> {
    const library = this.options.library;
    if (!library) return;
    const records = await library.list();
    this.rows = await Promise.all(records.map(async (record) => ({ record, versions: (await library.versions(record.key)).length })));
    for (const key of [...this.selected]) if (!records.some((r) => r.key === key && r.bundle)) this.selected.delete(key);
    if (this.tab === 'library') this.renderPanels();
  }

  private openRecord(key: string): void {
    const row = this.rows.find((r) => r.record.key === key);
    if (!row) return;
    this.doc = { key, language: row.record.language, source: row.record.source, dirty: false, origin: row.record.origin };
    this.setSave('idle', '');
    this.editor.setSource(row.record.source);
    this.renderChrome();
    if (this.tab === 'library') this.renderPanels();
  }

  private async deleteRecord(key: string): Promise<void> {
    const row = this.rows.find((r) => r.record.key === key);
    if (!row || !this.options.library) return;
    if (!window.confirm(this.s.confirmDelete(titleOf(row.record)))) return;
    await this.options.library.remove(key);
    this.selected.delete(key);
    if (this.doc.key === key) {
      this.doc.key = null;
      this.doc.dirty = true;
      this.setSave('idle', '');
    }
    await this.refreshLibrary();
    this.renderChrome();
    this.renderPanels();
  }

  // ——— templates ———

  private openNewDialog(): void {
    openNewScenarioDialog(this.els.dialog as HTMLDialogElement, this.s, this.lang, (channel, language) => void this.newFromTemplate(channel, language));
  }

  private async newFromTemplate(channel: Channel, language: Language): Promise<void> {
    if (this.doc.dirty) await this.save(false);
    const id = this.options.library ? await this.options.library.freeId(templateId(channel), language) : templateId(channel);
    const source = withId(templateFor(channel, language).source, id);
    this.doc = { key: null, language, source, dirty: false, origin: 'authored' };
    this.setSave('idle', '');
    this.editor.setSource(source);
    this.renderChrome();
    this.showTab('report');
    this.editor.focus();
  }

  // ——— export and import ———

  private exportInk(): void {
    const file = inkFileName(frontMatterId(this.doc.source), this.doc.language);
    download(file, this.doc.source, 'text/plain;charset=utf-8');
    this.setSave(this.saveState, this.s.exported(file));
  }

  private exportCurrentPack(): void {
    const id = frontMatterId(this.doc.source);
    const bundle = this.checkedSource === this.doc.source ? this.bundle : null;
    if (!id || !bundle) {
      this.showMessage({ kind: 'error', title: this.s.exportNothing, details: [] });
      return;
    }
    const record = { key: `${id}/${this.doc.language}`, id, language: this.doc.language, source: this.doc.source, bundle, origin: this.doc.origin, updatedAt: new Date().toISOString() };
    this.downloadPack(buildPack([record], new Date().toISOString()).pack);
  }

  private exportSelected(): void {
    const records = this.rows.map((r) => r.record).filter((r) => this.selected.has(r.key));
    const { pack, skipped } = buildPack(records, new Date().toISOString());
    if (!pack) {
      this.showMessage({ kind: 'error', title: this.s.exportNothing, details: [] });
      return;
    }
    this.downloadPack(pack, skipped);
  }

  private downloadPack(pack: ReturnType<typeof buildPack>['pack'], skipped: string[] = []): void {
    if (!pack) return;
    const file = packFileName(pack);
    download(file, JSON.stringify(pack, null, 2), 'application/json');
    this.showMessage({ kind: 'info', title: this.s.exported(file), details: skipped.length > 0 ? [this.s.exportSkipped(skipped.join(', '))] : [] }, false);
  }

  private showMessage(message: LibraryMessage, switchTab = true): void {
    this.message = message;
    if (switchTab) this.showTab('library');
    else if (this.tab === 'library') this.renderPanels();
    this.setSave(this.saveState, message.title);
  }

  private async importChosenFile(): Promise<void> {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = '';
    if (!file) return;
    const s = this.s;
    const big = tooLarge(file.size);
    if (big) {
      this.showMessage({ kind: 'error', title: s.importRefused, details: [big] });
      return;
    }
    const library = this.options.library;
    if (!library) {
      this.showMessage({ kind: 'error', title: s.importRefused, details: [s.storageFailed('IndexedDB')] });
      return;
    }
    this.showMessage({ kind: 'info', title: s.importChecking, details: [] });
    const result = await importPack(await file.text(), {
      get: (key) => library.get(key),
      save: (record) => library.saveRecord(record),
      check: (source, language) => this.importChecker.check(source, language),
      now: () => new Date().toISOString(),
    });
    if (!result.ok) {
      this.showMessage({ kind: 'error', title: `${s.importRefused}: ${result.error}`, details: result.details });
      return;
    }
    await this.refreshLibrary();
    this.showMessage({ kind: 'info', title: s.importDone(result.scenarios.length), details: result.scenarios.map((x) => `${x.title} (${x.key}) — ${s.importStatus[x.status]}`) });
    // The open draft is one of the imported scenarios: show the stored one (it now owns the key).
    const derived = `${frontMatterId(this.doc.source) ?? ''}/${this.doc.language}`;
    const same = result.scenarios.find((x) => (x.key === this.doc.key && x.status === 'updated' && !this.doc.dirty) || (this.doc.key === null && x.key === derived));
    if (same) this.openRecord(same.key);
  }
}
