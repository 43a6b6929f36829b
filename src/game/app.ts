// The trainee's journey: scenario list → briefing → conversation → debrief, plus the progress,
// replay and data screens, and whatever screens the extensions bring (the cohort's). This module
// only wires the parts: the shell (header, notices, screen area, stage), the trainee's data, the
// settings, one controller per flow, and the routes by which the flows reach each other. At
// start it reads the settings and the data, and resumes the run in progress if there is one.
import type { Clock, Timers } from '../core/clock.ts';
import type { Language } from '../core/schemas/scenario-meta.ts';
import { BriefingController } from './controllers/briefing-controller.ts';
import { DebriefController } from './controllers/debrief-controller.ts';
import { extensionOpener, type GameParts } from './controllers/game-parts.ts';
import { ImportController } from './controllers/import-controller.ts';
import { LibraryController } from './controllers/library-controller.ts';
import { ProgressController } from './controllers/progress-controller.ts';
import { RunController } from './controllers/run-controller.ts';
import { SettingsController } from './controllers/settings-controller.ts';
import { errorText, TraineeData } from './data/trainee-data.ts';
import type { TraineeStore } from './data/trainee-store.ts';
import type { Pace } from './run/pace.ts';
import type { ScenarioEntry } from './run/scenario-entry.ts';
import type { SeedSource } from './run/seed.ts';
import type { SettingsStore } from './settings/settings-store.ts';
import type { GameExtension } from './shell/game-extension.ts';
import { GameShell } from './shell/game-shell.ts';
import { languageLocked, showAgain, type Routes, type Section } from './shell/router.ts';
import type { SoundPlayer } from './sound/sound-player.ts';
import type { Stage } from './stage/stage-view.ts';
import type { ScreenContext } from './ui/screen.ts';

export interface AppDeps {
  root: HTMLElement;
  /** The shipped scenarios; local ones are read from the store. */
  catalog: readonly ScenarioEntry[];
  store: TraineeStore;
  settings: SettingsStore;
  seed: SeedSource;
  newId: () => string;
  clock: Clock;
  timers: Timers;
  pace: Pace;
  sound: SoundPlayer;
  loadStage: () => Promise<Stage>;
  /** Starts the checking worker (the Ink compiler) for pack import and re-checking local scenarios. */
  startCheckWorker: () => Worker;
  /** Features hosted through the extension point (the cohort); none, and the game plays alone. */
  extensions: readonly GameExtension[];
}

export class App {
  private readonly shell: GameShell;
  private readonly data: TraineeData;
  private readonly settings: SettingsController;
  private readonly runs: RunController;
  private readonly parts: GameParts;
  private wasSuperseded = false;

  constructor(private readonly deps: AppDeps) {
    const { extensions } = deps;
    this.data = new TraineeData({
      store: deps.store, shipped: deps.catalog, clock: deps.clock, startCheckWorker: deps.startCheckWorker,
      attemptStored: (attempt) => {
        for (const extension of extensions) extension.attemptFinished(attempt);
      },
      saveFailed: (message) => this.shell.notify('error', (t) => t('notice.save-failed', { message }), true),
      shapeCatalog: (entries) => extensions.reduce<ScenarioEntry[]>((catalog, extension) => extension.catalog(catalog), [...entries]),
    });
    this.settings = new SettingsController({ store: deps.settings, sound: deps.sound, queue: (job) => this.data.queue(job) });
    this.shell = new GameShell({
      root: deps.root, timers: deps.timers, loadStage: deps.loadStage,
      words: () => ({ language: this.settings.language, t: this.settings.t, sound: this.settings.settings.sound }),
      section: (section) => this.openSection(section),
      toggleSound: () => this.settings.setSound(!this.settings.settings.sound),
      chooseLanguage: (language) => void this.chooseLanguage(language),
    });

    // The flows reach each other only through these routes.
    const routes: Routes = {
      list: (message) => library.show(message),
      briefing: (entry, problem) => briefing.show(entry, problem),
      call: (entry) => this.runs.start(entry),
      debrief: (run, saved) => debrief.show(run, saved),
      progress: () => progress.show(),
      replay: (attempt) => progress.replay(attempt),
      data: (message, focus) => imports.show(message, focus),
      extension: (name, arg) => this.showExtension(name, arg),
    };
    this.parts = {
      shell: this.shell, data: this.data, settings: this.settings, routes, extensions,
      screenContext: () => this.screenContext(),
    };
    const imports = new ImportController(this.parts, deps.clock, (on) => this.setSound(on), deps.startCheckWorker);
    const library = new LibraryController(this.parts, imports);
    const briefing = new BriefingController(this.parts);
    const debrief = new DebriefController(this.parts);
    const progress = new ProgressController(this.parts);
    this.runs = new RunController(this.parts, { seed: deps.seed, newId: deps.newId, clock: deps.clock });
    // What an extension changes in the catalog or on the list is shown at once; its notices stay until dismissed.
    for (const extension of extensions) {
      extension.connect({
        changed: () => {
          this.data.reshapeCatalog();
          if (this.shell.current === 'list') library.refresh();
        },
        notify: (tone, text) => this.shell.notify(tone, (t) => text(t.language), true),
        settings: () => this.settings.settings,
        setShareCoachRuns: (on) => this.settings.setShareCoachRuns(on),
      });
    }
  }

  async start(): Promise<void> {
    const { store } = this.data;
    this.shell.mount();
    await this.settings.load();
    this.shell.listen();
    if (!store.persistent) this.shell.notify('info', (t) => t('notice.memory-only'), true);
    try {
      const before = (await store.listQuarantine()).length;
      await this.data.reloadCatalog();
      const saved = await store.getRun();
      await this.data.reloadAttempts();
      const setAside = (await store.listQuarantine()).length - before;
      if (setAside > 0) this.shell.notify('error', (t) => t.count('notice.quarantined', setAside), true);
      if (saved && await this.runs.resume(saved)) return;
    } catch (error) {
      const message = errorText(error);
      this.shell.notify('error', (t) => t('notice.startup-failed', { message }), true);
    }
    this.parts.routes.list();
  }

  /** Another tab runs a newer release and has taken the database over: this page saves no more. */
  superseded(): void {
    if (this.wasSuperseded) return;
    this.wasSuperseded = true;
    // The save errors that follow would only repeat this notice less clearly.
    this.data.stopReporting();
    this.shell.notify('error', (t) => t('notice.superseded'), true);
  }

  private screenContext(): ScreenContext {
    const { settings, data } = this;
    return {
      language: settings.language,
      t: settings.t,
      catalog: data.catalog,
      stage: () => this.shell.getStage(),
      mode: settings.settings.mode,
      setMode: (mode) => settings.setMode(mode),
      pace: this.deps.pace,
      timers: this.deps.timers,
      sound: this.deps.sound,
      stats: data.stats,
    };
  }

  private openSection(section: Section): void {
    const { routes } = this.parts;
    if (section === 'practice') routes.list();
    else if (section === 'progress') void routes.progress();
    else void routes.data();
  }

  private showExtension(name: string, arg?: string | null): void {
    const render = this.deps.extensions.find((extension) => Object.hasOwn(extension.screens, name))?.screens[name];
    if (render) void this.shell.show(name, render(this.screenContext(), extensionOpener(this.parts.routes), arg));
  }

  private setSound(on: boolean): void {
    this.settings.setSound(on);
    this.shell.renderHeader();
  }

  private async chooseLanguage(language: Language): Promise<void> {
    if (language === this.settings.language || languageLocked(this.shell.current)) return;
    this.settings.chooseLanguage(language);
    await showAgain(this.shell.current, this.parts.routes);
    this.shell.focusHeader(`[data-language="${language}"]`);
  }
}
