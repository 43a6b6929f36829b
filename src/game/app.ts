// The trainee's journey: scenario list → briefing → conversation → debrief, plus the progress,
// replay and data screens. Owns the page shell (brand bar, navigation, sound and language
// switches, notices), swaps screens, moves the shared stage between them, and keeps the trainee's
// data: the run in progress after every choice, the attempt when a run ends, settings, imports.
import type { AttemptRecord, PlayMode, Settings } from '../core/schemas/records.ts';
import { DEFAULT_SETTINGS } from '../core/schemas/records.ts';
import type { Language } from '../core/schemas/scenario-meta.ts';
import { LANGUAGES } from '../core/schemas/scenario-meta.ts';
import { courseRubric } from '../core/rubric/course-rubric.ts';
import { localCatalogEntries } from '../authoring/library/local-catalog.ts';
import type { CohortUi } from './cohort/cohort-ui.ts';
import type { TraineeStore } from './data/trainee-store.ts';
import { countText, LANGUAGE_TAGS, translator, type Translate } from './i18n/translate.ts';
import { backupProblem, MAX_BACKUP_BYTES, MAX_PACK_BYTES, packProblem, sizeProblem, type FileProblem } from './library/file-checks.ts';
import { hasFinished } from './progress/counted-attempts.ts';
import { scenarioStats, type ScenarioStats } from './progress/scenario-stats.ts';
import type { Pace } from './run/pace.ts';
import { loadReplay } from './run/replay-data.ts';
import { resumeRun } from './run/resume-run.ts';
import { attemptOf, runInProgressOf, startRun, type Run } from './run/run.ts';
import type { ScenarioEntry } from './run/scenario-entry.ts';
import type { SeedSource } from './run/seed.ts';
import type { SettingsStore } from './settings/settings-store.ts';
import type { SoundPlayer } from './sound/sound-player.ts';
import type { Stage } from './stage/stage-view.ts';
import { renderBriefing } from './ui/briefing-view.ts';
import { renderConversation } from './ui/conversation-view.ts';
import { renderData } from './ui/data-view.ts';
import { renderDebrief } from './ui/debrief-view.ts';
import { h } from '../ui-kit/dom.ts';
import { downloadText } from './ui/files.ts';
import { icon, type IconName } from './ui/icons.ts';
import { messageBlock, type Message } from './ui/notice.ts';
import { renderProgress } from './ui/progress-view.ts';
import { renderReplay } from './ui/replay-view.ts';
import { renderScenarioList } from './ui/scenario-list-view.ts';
import type { Screen, ScreenContext } from './ui/screen.ts';

export interface AppDeps {
  root: HTMLElement;
  /** The shipped scenarios; local ones are read from the store. */
  catalog: readonly ScenarioEntry[];
  store: TraineeStore;
  settings: SettingsStore;
  seed: SeedSource;
  newId: () => string;
  now: () => Date;
  pace: Pace;
  sound: SoundPlayer;
  loadStage: () => Promise<Stage>;
  /** The cohort features (join, submissions, leaderboards); absent, the game plays alone. */
  cohort?: CohortUi;
}

type ScreenName = 'list' | 'briefing' | 'call' | 'debrief' | 'progress' | 'replay' | 'data' | 'cohort' | 'leaderboard';
type Section = 'practice' | 'progress' | 'data';

/** A notice in the bar under the header; worded at render time so it follows the language. */
interface Notice {
  id: number;
  tone: Message['tone'];
  text: (t: Translate) => string;
  /** Kept across screens until dismissed; other notices go with the screen they came with. */
  sticky: boolean;
}

const SECTION_OF: Record<ScreenName, Section> = {
  list: 'practice', briefing: 'practice', call: 'practice', debrief: 'practice', progress: 'progress', replay: 'progress', data: 'data',
  cohort: 'practice', leaderboard: 'practice',
};
/** Screens that show scenario text or a run: their language is fixed while they are open. */
const LANGUAGE_LOCKED: readonly ScreenName[] = ['briefing', 'call', 'debrief', 'replay'];

export class App {
  private settings: Settings = DEFAULT_SETTINGS;
  private language: Language = 'en';
  private t: Translate = translator('en');
  private screen: Screen | null = null;
  private screenName: ScreenName = 'list';
  private readonly main = h('main', { id: 'screen', class: 'screen', tabindex: '-1' });
  private readonly header = h('header', { class: 'topbar' });
  private readonly noticeBar = h('div', { class: 'notices', 'data-testid': 'notices' });
  private stage: Promise<Stage> | null = null;
  private catalog: ScenarioEntry[];
  private attempts: AttemptRecord[] = [];
  private stats: ScenarioStats = new Map();
  private notices: Notice[] = [];
  private wasSuperseded = false;
  private nextNotice = 1;
  private shownNotices = '';
  /** Store writes run one after another, so a late save never undoes a later clear. */
  private writes: Promise<unknown> = Promise.resolve();
  private saveFailed = false;

  constructor(private readonly deps: AppDeps) {
    this.catalog = [...deps.catalog];
  }

  async start(): Promise<void> {
    const { store } = this.deps;
    this.deps.root.replaceChildren(this.header, this.noticeBar, this.main);
    try {
      this.settings = await this.deps.settings.load();
    } catch {
      // The defaults serve; the settings module already falls back on unreadable storage.
    }
    this.applySettings();
    window.addEventListener('online', () => this.renderHeader());
    window.addEventListener('offline', () => this.renderHeader());
    if (!store.persistent) this.notify('info', (t) => t('notice.memory-only'), true);
    // Fetch Phaser while the trainee reads the list, so the briefing's stage appears at once.
    setTimeout(() => void this.getStage(), 300);
    try {
      const before = (await store.listQuarantine()).length;
      await this.reloadCatalog();
      const saved = await store.getRun();
      await this.reloadAttempts();
      const setAside = (await store.listQuarantine()).length - before;
      if (setAside > 0) this.notify('error', (t) => countText(t, 'notice.quarantined', setAside), true);
      if (saved) {
        const resumed = await resumeRun(saved, this.catalog);
        if (resumed.ok) {
          this.language = resumed.run.entry.language;
          this.t = translator(this.language);
          this.showCall(resumed.run, true);
          this.notify('ok', (t) => t('resume.restored'), false);
          return;
        }
        await this.queue(() => store.clearRun());
        const { title, reason } = resumed;
        this.notify('error', (t) => t('resume.failed', { title, reason: t(`resume.${reason}`) }), true);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.notify('error', (t) => t('notice.startup-failed', { message }), true);
    }
    this.showList();
  }

  // ── shell ──────────────────────────────────────────────

  private applySettings(): void {
    this.language = this.settings.language;
    this.t = translator(this.language);
    this.deps.sound.enabled = this.settings.sound;
  }

  private saveSettings(next: Partial<Settings>): void {
    this.settings = { ...this.settings, ...next };
    const settings = this.settings;
    void this.queue(() => this.deps.settings.save(settings));
  }

  private getStage(): Promise<Stage> {
    this.stage ??= this.deps.loadStage();
    return this.stage;
  }

  private context(): ScreenContext {
    return {
      language: this.language,
      t: this.t,
      catalog: this.catalog,
      stage: () => this.getStage(),
      mode: this.settings.mode,
      setMode: (mode: PlayMode) => this.saveSettings({ mode }),
      pace: this.deps.pace,
      sound: this.deps.sound,
      stats: this.stats,
    };
  }

  private renderHeader(): void {
    const t = this.t;
    const name = this.screenName;
    const languageLocked = LANGUAGE_LOCKED.includes(name);
    const inCall = name === 'call';
    const section = SECTION_OF[name];
    const navItem = (id: Section, iconName: IconName, go: () => void): HTMLElement => h('li', {},
      h('button', {
        type: 'button', class: 'nav-item', 'data-nav': id, 'aria-current': section === id ? 'page' : null,
        disabled: inCall, title: inCall ? t('nav.locked') : t(`nav.${id}`), onclick: go,
      }, icon(iconName, 'icon icon--inline'), h('span', { class: 'nav-text' }, t(`nav.${id}`))));
    const nav = h('nav', { class: 'nav', 'aria-label': t('nav.label') }, h('ul', {},
      navItem('practice', 'practice', () => this.showList()),
      navItem('progress', 'chart', () => void this.showProgress()),
      navItem('data', 'database', () => void this.showData())));
    const sound = this.settings.sound;
    const soundButton = h('button', {
      type: 'button', class: 'icon-button', 'data-action': 'sound', 'aria-pressed': String(sound),
      'aria-label': sound ? t('sound.on') : t('sound.off'), title: `${sound ? t('sound.on') : t('sound.off')} · ${t('sound.hint')}`,
      onclick: () => {
        this.setSound(!this.settings.sound);
        this.header.querySelector<HTMLElement>('[data-action="sound"]')?.focus();
      },
    }, icon(sound ? 'sound-on' : 'sound-off'));
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false
      ? h('span', { class: 'offline-chip', role: 'status', title: t('app.offline-hint') }, icon('offline', 'icon icon--inline'), t('app.offline'))
      : null;
    const switcher = h('div', { class: 'lang', role: 'group', 'aria-label': t('lang.label'), title: languageLocked ? t('lang.locked') : null },
      ...LANGUAGES.map((lang) => h('button', {
        type: 'button',
        class: 'lang-option',
        lang: LANGUAGE_TAGS[lang],
        'aria-pressed': String(lang === this.language),
        'data-language': lang,
        disabled: languageLocked && lang !== this.language,
        onclick: () => void this.setLanguage(lang),
      }, t(`lang.${lang}`))));
    this.header.replaceChildren(
      h('div', { class: 'brand' }, h('span', { class: 'brand-mark' }, icon('brand')),
        h('span', { class: 'brand-text' }, h('span', { class: 'brand-name' }, t('app.name')), h('span', { class: 'brand-tagline' }, t('app.tagline')))),
      nav,
      h('div', { class: 'topbar-tools' }, offline, soundButton, switcher),
    );
  }

  private setSound(on: boolean): void {
    this.deps.sound.enabled = on;
    this.saveSettings({ sound: on });
    this.renderHeader();
  }

  private async setLanguage(language: Language): Promise<void> {
    if (language === this.language || LANGUAGE_LOCKED.includes(this.screenName)) return;
    this.language = language;
    this.t = translator(language);
    this.saveSettings({ language });
    if (this.screenName === 'progress') await this.showProgress();
    else if (this.screenName === 'data') await this.showData();
    else if (this.screenName === 'cohort') this.showCohort();
    else if (this.screenName === 'leaderboard') this.showLeaderboard();
    else this.showList();
    this.header.querySelector<HTMLButtonElement>(`[data-language="${language}"]`)?.focus();
  }

  private notify(tone: Message['tone'], text: (t: Translate) => string, sticky: boolean): void {
    this.notices.push({ id: this.nextNotice++, tone, text, sticky });
    this.renderNotices();
  }

  private renderNotices(): void {
    const t = this.t;
    // Unchanged notices stay in place, so screen readers do not hear them again on every screen.
    const shown = `${this.language}:${this.notices.map((n) => n.id).join(',')}`;
    if (shown === this.shownNotices) return;
    this.shownNotices = shown;
    this.noticeBar.replaceChildren(...this.notices.map((n) => {
      const block = messageBlock({ tone: n.tone, title: n.text(t) }, 'notice');
      block.classList.add('notice');
      block.append(h('button', {
        type: 'button', class: 'notice-close', 'aria-label': t('notice.dismiss'), title: t('notice.dismiss'),
        onclick: () => {
          this.notices = this.notices.filter((x) => x.id !== n.id);
          this.renderNotices();
          this.main.focus({ preventScroll: true });
        },
      }, '×'));
      return block;
    }));
  }

  private async show(name: ScreenName, screen: Screen, focusScreen = true): Promise<void> {
    this.screen?.dispose?.();
    this.screenName = name;
    this.screen = screen;
    this.notices = this.notices.filter((n) => n.sticky);
    document.documentElement.lang = LANGUAGE_TAGS[this.language];
    document.title = screen.title ? `${screen.title} · ${this.t('app.name')}` : this.t('app.name');
    document.body.dataset.screen = name;
    this.renderHeader();
    this.renderNotices();
    this.main.replaceChildren(screen.element);
    this.main.scrollTop = 0;
    if (focusScreen) (screen.focus ?? this.main).focus({ preventScroll: true });
    if (screen.stageSlot) {
      const stage = await this.getStage();
      if (this.screen === screen) stage.attach(screen.stageSlot);
    } else if (this.stage) {
      (await this.stage).detach();
    }
  }

  // ── data ───────────────────────────────────────────────

  private queue<T>(job: () => Promise<T>): Promise<T> {
    const result = this.writes.then(job);
    this.writes = result.catch(() => undefined);
    return result;
  }

  private async reloadCatalog(): Promise<void> {
    let local: ScenarioEntry[] = [];
    try {
      let records = await this.deps.store.localScenarios();
      // Bounds found under another rubric would mis-score every run: check those again first.
      const stale = records.filter((r) => r.bundle !== null && r.bundle.rubricVersion !== courseRubric.version);
      if (stale.length > 0) {
        try {
          const { recheckLocalScenarios } = await import('./library/recheck-local.ts');
          await recheckLocalScenarios(stale, this.deps.store, () => new Date().toISOString());
          records = await this.deps.store.localScenarios();
        } catch {
          // Could not re-check (no worker): leave the stale ones out rather than score them wrongly.
        }
        records = records.filter((r) => r.bundle === null || r.bundle.rubricVersion === courseRubric.version);
      }
      local = localCatalogEntries(records);
    } catch {
      // Unreadable local scenarios: the shipped ones still play.
    }
    this.catalog = [...this.deps.catalog, ...local];
  }

  private async reloadAttempts(): Promise<void> {
    this.attempts = await this.deps.store.listAttempts();
    this.stats = scenarioStats(this.attempts);
  }

  private saveRun(run: Run): void {
    const record = runInProgressOf(run, this.deps.now().toISOString());
    void this.queue(() => this.deps.store.putRun(record)).catch((error: unknown) => this.reportSaveFailure(error));
  }

  /**
   * Stores the attempt a run became, finished or (an exam left before its ending) abandoned; both
   * take this one path, to the store and on to the cohort. Settles with null, or with why it
   * could not be stored.
   */
  private finishRun(run: Run, abandoned = false): Promise<string | null> {
    return this.queue(async () => {
      const attempt = attemptOf(run, this.deps.now().toISOString(), abandoned);
      await this.deps.store.finishRun(attempt);
      this.deps.cohort?.attemptFinished(attempt);
      await this.reloadAttempts();
      return null;
    }).catch((error: unknown) => {
      this.reportSaveFailure(error);
      return error instanceof Error ? error.message : String(error);
    });
  }

  /** Another tab runs a newer release and has taken the database over: this page saves no more. */
  superseded(): void {
    if (this.wasSuperseded) return;
    this.wasSuperseded = true;
    // The save errors that follow would only repeat this notice less clearly.
    this.saveFailed = true;
    this.notify('error', (t) => t('notice.superseded'), true);
  }

  private reportSaveFailure(error: unknown): void {
    if (this.saveFailed) return;
    this.saveFailed = true;
    const message = error instanceof Error ? error.message : String(error);
    this.notify('error', (t) => t('notice.save-failed', { message }), true);
  }

  private fileProblem(problem: FileProblem, wrongFormat: 'file.not-pack' | 'file.not-backup'): string[] {
    const t = this.t;
    switch (problem.kind) {
      case 'too-large':
        return [t('file.too-large', { size: problem.megabytes, limit: problem.limit })];
      case 'not-json':
        return [t('file.not-json'), t(wrongFormat)];
      case 'wrong-format':
        return [t(wrongFormat), t('file.detail', { detail: problem.detail })];
    }
  }

  private async readFile(file: File, limit: number, check: (text: string) => FileProblem | null, wrongFormat: 'file.not-pack' | 'file.not-backup'): Promise<{ text: string } | { problem: string[] }> {
    const big = sizeProblem(file.size, limit);
    if (big) return { problem: this.fileProblem(big, wrongFormat) };
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { problem: [this.t('file.unreadable')] };
    }
    const problem = check(text);
    return problem ? { problem: this.fileProblem(problem, wrongFormat) } : { text };
  }

  private async importPackFile(file: File): Promise<void> {
    const t = this.t;
    const read = await this.readFile(file, MAX_PACK_BYTES, packProblem, 'file.not-pack');
    let message: Message;
    if ('problem' in read) {
      message = { tone: 'error', title: t('list.import-refused'), details: read.problem };
    } else {
      try {
        // The importer and its checking worker (the Ink compiler) load only now.
        const { importScenarioPack } = await import('./library/pack-import.ts');
        const result = await importScenarioPack(read.text, this.deps.store);
        if (!result.ok) {
          message = { tone: 'error', title: t('list.import-refused'), details: result.details.length > 0 ? [t('list.import-failing'), ...result.details] : [result.error] };
        } else {
          await this.reloadCatalog();
          const elsewhere = result.scenarios.some((s) => !s.key.endsWith(`/${this.language}`));
          message = {
            tone: 'ok',
            title: countText(t, 'list.imported', result.scenarios.length),
            details: [...result.scenarios.map((s) => `${s.title} — ${t(`pack.${s.status}`)}`), ...(elsewhere ? [t('list.import-other-language')] : [])],
          };
        }
      } catch (error) {
        message = { tone: 'error', title: t('list.import-refused'), details: [t('list.import-failed', { message: error instanceof Error ? error.message : String(error) })] };
      }
    }
    if (this.screenName === 'list') this.showList(message);
  }

  private async exportAll(): Promise<void> {
    const t = this.t;
    let message: Message;
    try {
      const text = await this.deps.store.exportBackup();
      const file = `sales-coach-backup-${this.deps.now().toISOString().slice(0, 10)}.json`;
      downloadText(file, text);
      message = { tone: 'ok', title: countText(t, 'data.exported', this.attempts.length, { file }) };
    } catch (error) {
      message = { tone: 'error', title: t('notice.save-failed', { message: error instanceof Error ? error.message : String(error) }) };
    }
    await this.showData(message, '[data-action="export"]');
  }

  private async importBackupFile(file: File): Promise<void> {
    const t = this.t;
    const read = await this.readFile(file, MAX_BACKUP_BYTES, backupProblem, 'file.not-backup');
    let message: Message;
    if ('problem' in read) {
      message = { tone: 'error', title: t('data.import-refused'), details: read.problem };
    } else {
      try {
        const report = await this.queue(() => this.deps.store.importBackup(read.text));
        await this.reloadAttempts();
        message = {
          tone: report.rejected.length > 0 ? 'info' : 'ok',
          title: t('data.import-report', { added: report.added, already: report.alreadyThere, rejected: report.rejected.length }),
          details: report.rejected.map((r) => t('data.rejected-item', { n: r.index + 1, reason: r.reason })),
        };
      } catch (error) {
        message = { tone: 'error', title: t('data.import-refused'), details: [t('file.detail', { detail: error instanceof Error ? error.message : String(error) })] };
      }
    }
    await this.showData(message, '[data-action="backup-file"]');
  }

  // ── screens ────────────────────────────────────────────

  showList(message: Message | null = null): void {
    void this.show('list', renderScenarioList(this.context(), {
      open: (entry) => this.showBriefing(entry),
      importPack: (file) => void this.importPackFile(file),
    }, message), message === null);
    if (this.deps.cohort) this.main.querySelector('.list-tools')?.prepend(this.deps.cohort.entry(this.language, () => this.showCohort()));
    if (message) this.main.querySelector<HTMLElement>('[data-action="pack-file"]')?.focus();
  }

  showCohort(): void {
    if (this.deps.cohort) void this.show('cohort', this.deps.cohort.cohortScreen(this.context(), () => this.showLeaderboard(null)));
  }

  /** `scenario`: an id, null for the overall board, or nothing for the board shown last. */
  showLeaderboard(scenario?: string | null): void {
    if (this.deps.cohort) void this.show('leaderboard', this.deps.cohort.leaderboardScreen(this.context(), scenario, () => this.showCohort()));
  }

  showBriefing(entry: ScenarioEntry): void {
    void this.show('briefing', renderBriefing(this.context(), entry, {
      start: () => void this.startCall(entry),
      back: () => this.showList(),
    }));
  }

  async startCall(entry: ScenarioEntry): Promise<void> {
    let run: Run;
    try {
      run = await startRun(entry, { id: this.deps.newId(), seed: this.deps.seed(), mode: this.settings.mode, startedAt: this.deps.now().toISOString() });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.showBriefing(entry);
      this.main.querySelector('.briefing-foot')?.append(h('p', { class: 'error', role: 'alert' }, this.t('error.load', { message })));
      return;
    }
    this.showCall(run, false);
  }

  private showCall(run: Run, resumed: boolean): void {
    let saved: Promise<string | null> | null = null;
    const finished = (): Promise<string | null> => {
      saved ??= this.finishRun(run);
      return saved;
    };
    void this.show('call', renderConversation(this.context(), run, {
      stepped: () => this.saveRun(run),
      finished: () => void finished(),
      end: () => this.showDebrief(run, finished()),
      leave: () => void this.leaveCall(run, finished),
      abandon: () => {
        // A story that stopped with an error: nothing to score, and nothing worth resuming.
        void this.queue(() => this.deps.store.clearRun()).catch(() => undefined);
        this.showList();
      },
    }, resumed));
  }

  /**
   * After the trainee confirmed Leave. An exam is stored as abandoned, scored as it stood; a coach
   * run is dropped, as before. A conversation that had already ended is stored as finished.
   */
  private async leaveCall(run: Run, finished: () => Promise<string | null>): Promise<void> {
    if (run.session.ended) {
      await finished();
    } else if (run.mode === 'exam') {
      const problem = await this.finishRun(run, true);
      const title = run.entry.meta.title;
      this.showList();
      if (problem === null) this.notify('ok', (t) => t('leave.saved', { title }), false);
      return;
    } else {
      void this.queue(() => this.deps.store.clearRun()).catch(() => undefined);
    }
    this.showList();
  }

  showDebrief(run: Run, saved: Promise<string | null>): void {
    void this.show('debrief', renderDebrief(this.context(), run, {
      again: () => void this.startCall(run.entry),
      back: () => this.showList(),
      progress: () => void this.showProgress(),
      replay: () => {
        const attempt = this.attempts.find((a) => a.id === run.id);
        if (attempt) void this.showReplay(attempt);
      },
    }, saved));
    const panel = this.deps.cohort?.debriefPanel(this.language, { id: run.id, scenarioId: run.entry.meta.id, overall: run.session.result().overall }, {
      leaderboard: (scenarioId) => this.showLeaderboard(scenarioId),
      cohort: () => this.showCohort(),
    });
    if (panel) this.main.querySelector('.debrief-next')?.after(panel);
  }

  async showProgress(): Promise<void> {
    try {
      await this.reloadAttempts();
    } catch {
      // Show what was read last.
    }
    await this.show('progress', renderProgress(this.context(), this.attempts, {
      start: (entry) => this.showBriefing(entry),
      replay: (attempt) => void this.showReplay(attempt),
      practice: () => this.showList(),
    }));
  }

  async showReplay(attempt: AttemptRecord): Promise<void> {
    // The best path is an answer key: it is shown only once the trainee has finished the scenario.
    const loaded = await loadReplay(attempt, this.catalog, { finishedOnce: hasFinished(this.attempts, attempt) });
    if (!loaded.ok) {
      const { problem, detail } = loaded;
      await this.showProgress();
      this.notify('error', (t) => t('replay.unavailable', { reason: `${t(`resume.${problem}`)} (${detail})` }), false);
      return;
    }
    await this.show('replay', renderReplay(this.context(), loaded.data, { back: () => void this.showProgress() }));
  }

  async showData(message: Message | null = null, focusSelector: string | null = null): Promise<void> {
    const { store } = this.deps;
    let quarantine: Awaited<ReturnType<TraineeStore['listQuarantine']>> = [];
    try {
      await this.reloadAttempts();
      quarantine = await store.listQuarantine();
    } catch {
      // Show what can be shown.
    }
    await this.show('data', renderData(this.context(), { persistent: store.persistent, attempts: this.attempts.length, quarantine, message }, {
      exportAll: () => void this.exportAll(),
      importBackup: (file) => void this.importBackupFile(file),
      setSound: (on) => this.setSound(on),
    }), focusSelector === null);
    if (focusSelector) this.main.querySelector<HTMLElement>(focusSelector)?.focus();
  }
}
