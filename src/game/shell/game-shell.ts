// The game's page shell: the header, the notice bar and the screen area. It swaps screens (the
// old one is disposed, the new one takes the focus), keeps the document's language, title and
// data-screen in step, and moves the one shared stage into whichever screen has a slot for it,
// loading Phaser the first time one asks.
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { Timers } from '../../core/clock.ts';
import { h } from '../../ui-kit/dom.ts';
import { LANGUAGE_TAGS } from '../../ui-kit/locale-format.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Stage } from '../stage/stage-view.ts';
import type { Message } from '../ui/notice.ts';
import type { Screen } from '../ui/screen.ts';
import { Notices } from './notices.ts';
import type { ScreenName, Section } from './router.ts';
import { renderTopBar } from './top-bar.ts';

/** Fetch Phaser this long after start, while the trainee reads the list. */
const STAGE_PRELOAD_MS = 300;

export interface ShellDeps {
  root: HTMLElement;
  timers: Timers;
  loadStage: () => Promise<Stage>;
  /** The interface's current words and switches, read on every render. */
  words: () => { language: Language; t: Translate; sound: boolean };
  section: (section: Section) => void;
  toggleSound: () => void;
  chooseLanguage: (language: Language) => void;
}

export class GameShell {
  private readonly main = h('main', { id: 'screen', class: 'screen', tabindex: '-1' });
  private readonly header = h('header', { class: 'topbar' });
  private readonly notices: Notices;
  private screen: Screen | null = null;
  private name: ScreenName = 'list';
  private stage: Promise<Stage> | null = null;

  constructor(private readonly deps: ShellDeps) {
    this.notices = new Notices(() => deps.words(), () => this.main.focus({ preventScroll: true }));
  }

  /** The screen open now. */
  get current(): ScreenName {
    return this.name;
  }

  mount(): void {
    this.deps.root.replaceChildren(this.header, this.notices.element, this.main);
  }

  /** Once the settings are read: follow the connection in the header, and fetch Phaser early. */
  listen(): void {
    window.addEventListener('online', () => this.renderHeader());
    window.addEventListener('offline', () => this.renderHeader());
    this.deps.timers.after(STAGE_PRELOAD_MS, () => void this.getStage());
  }

  getStage(): Promise<Stage> {
    this.stage ??= this.deps.loadStage();
    return this.stage;
  }

  notify(tone: Message['tone'], text: (t: Translate) => string, sticky: boolean): void {
    this.notices.add(tone, text, sticky);
  }

  /** `focusScreen` false: the caller focuses a control of its own (after an action's message). */
  async show(name: ScreenName, screen: Screen, focusScreen = true): Promise<void> {
    const { language, t } = this.deps.words();
    this.screen?.dispose?.();
    this.name = name;
    this.screen = screen;
    this.notices.screenChanged();
    document.documentElement.lang = LANGUAGE_TAGS[language];
    document.title = screen.title ? `${screen.title} · ${t('app.name')}` : t('app.name');
    document.body.dataset.screen = name;
    this.renderHeader();
    this.notices.render();
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

  /** Draws the screen open now again (what it shows changed): notices, title and scroll stay as they are. */
  redraw(screen: Screen): void {
    this.screen?.dispose?.();
    this.screen = screen;
    this.main.replaceChildren(screen.element);
  }

  renderHeader(): void {
    const { language, t, sound } = this.deps.words();
    renderTopBar(this.header, {
      screen: this.name, language, t, sound, offline: typeof navigator !== 'undefined' && navigator.onLine === false,
    }, {
      section: this.deps.section,
      sound: () => {
        this.deps.toggleSound();
        this.renderHeader();
        this.focusHeader('[data-action="sound"]');
      },
      language: (next) => this.deps.chooseLanguage(next),
    });
  }

  /** Focuses a control of the header (it is drawn anew on every change). */
  focusHeader(selector: string): void {
    this.header.querySelector<HTMLElement>(selector)?.focus();
  }
}
