// The authoring page (the Scenario Studio): wires its shell (top bar, tabs, keys) to one
// controller per flow — the draft in the editor, checking it, play-testing it, the library of
// saved scenarios, packs in and out, publishing to a cohort — and opens the latest saved
// scenario, or a fresh template.
import type { Clock, Timers } from '../core/clock.ts';
import { LANGUAGES, type Language } from '../core/schemas/scenario-meta.ts';
import type { CheckerClient } from './check/checker-client.ts';
import { CheckController } from './controllers/check-controller.ts';
import { EditorController } from './controllers/editor-controller.ts';
import { LibraryController } from './controllers/library-controller.ts';
import { PackController } from './controllers/pack-controller.ts';
import { PlaytestController } from './controllers/playtest-controller.ts';
import { PublishController, type PublishDeps } from './controllers/publish-controller.ts';
import type { StudioParts } from './controllers/studio-parts.ts';
import { rememberLanguage } from './i18n/language.ts';
import { studioTranslator, type StudioTranslate } from './i18n/translate.ts';
import type { AuthoringLibrary } from './library/authoring-library.ts';
import { StudioShell } from './shell/studio-shell.ts';

// One translator per interface language, made once: the panels are drawn again on every change.
const TRANSLATORS = Object.fromEntries(LANGUAGES.map((l) => [l, studioTranslator(l)])) as Record<Language, StudioTranslate>;

export interface AuthoringAppOptions {
  root: HTMLElement;
  library: AuthoringLibrary | null;
  storageError: string | null;
  language: Language;
  storage: Storage;
  /** Checks the draft as the trainer writes. */
  checker: CheckerClient;
  /** Checks imported packs, so an import never replaces the draft's check. */
  importChecker: CheckerClient;
  /** The trainer keys, the cohort server and a checker for "Publish to cohort". */
  publish: PublishDeps;
  clock: Clock;
  timers: Timers;
}

export class AuthoringApp {
  private lang: Language;
  private readonly shell: StudioShell;
  private readonly parts: StudioParts;
  private readonly editor: EditorController;
  private readonly check: CheckController;
  private readonly playtest: PlaytestController;
  private readonly library: LibraryController;
  private readonly pack: PackController;
  private readonly publish: PublishController;

  constructor(private readonly options: AuthoringAppOptions) {
    this.lang = options.language;
    this.shell = new StudioShell({
      root: options.root,
      strings: () => this.s,
      language: () => this.lang,
      draft: () => this.editor.info(),
      actions: {
        newScenario: () => this.editor.openNewDialog(),
        save: () => void this.library.save(true),
        undoSave: () => void this.library.undoSave(),
        exportInk: () => this.pack.exportInk(),
        exportPack: () => this.pack.exportCurrentPack(),
        language: (language) => this.setLanguage(language),
        scenarioLanguage: (language) => this.editor.setScenarioLanguage(language),
        jumpToProblem: () => this.check.jumpToFirstProblem(),
        importFile: (file) => void this.pack.importFile(file),
        playKey: (event) => this.playtest.handleKey(event),
        publish: () => void this.publish.open(),
      },
      panels: {
        report: () => this.check.renderReport(),
        play: () => this.playtest.render(),
        map: () => this.check.renderMap(),
        library: () => this.library.render(),
      },
    });
    // The controllers reach each other through these getters, once all of them exist.
    const app = (): AuthoringApp => this;
    this.parts = {
      shell: this.shell,
      clock: options.clock,
      strings: () => this.s,
      language: () => this.lang,
      chrome: () => this.renderChrome(),
      get editor() { return app().editor; },
      get check() { return app().check; },
      get playtest() { return app().playtest; },
      get library() { return app().library; },
      get pack() { return app().pack; },
    };
    this.editor = new EditorController(this.parts, this.lang);
    this.check = new CheckController(this.parts, options.checker, options.timers);
    this.playtest = new PlaytestController(this.parts);
    this.library = new LibraryController(this.parts, options.library);
    this.pack = new PackController(this.parts, options.importChecker);
    this.publish = new PublishController(this.parts, options.publish);
  }

  private get s(): StudioTranslate {
    return TRANSLATORS[this.lang];
  }

  async start(): Promise<void> {
    this.shell.mount();
    this.editor.mount();
    this.playtest.mount();
    this.renderChrome();
    this.shell.showTab('report');
    await this.library.refresh();
    const latest = this.library.latest();
    if (latest) this.library.openRecord(latest);
    else await this.editor.newFromTemplate('outbound-call', this.lang);
    if (this.options.storageError) this.shell.setSave('problem', this.s('storageFailed', { message: this.options.storageError }));
  }

  /** Another tab runs a newer release and took the database over: saving here has stopped. */
  storageSuperseded(): void {
    this.library.storageSuperseded();
  }

  private renderChrome(): void {
    this.shell.renderChrome();
    this.editor.setLabel();
    this.check.renderStatus();
  }

  private setLanguage(language: Language): void {
    this.lang = language;
    rememberLanguage(this.options.storage, language);
    this.renderChrome();
    this.shell.renderPanels();
  }
}
