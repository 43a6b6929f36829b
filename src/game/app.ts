// The trainee's journey: scenario list → briefing → conversation → debrief. Owns the page
// shell (brand bar, language switch), swaps screens and moves the shared stage between them.
import type { ScenarioEntry } from './run/scenario-entry.ts';
import type { Language } from '../core/schemas/scenario-meta.ts';
import { LANGUAGES } from '../core/schemas/scenario-meta.ts';
import { LANGUAGE_TAGS, translator, type Translate } from './i18n/translate.ts';
import type { SeedSource } from './run/seed.ts';
import { startRun, type Run } from './run/run.ts';
import type { SettingsStore } from './settings/settings-store.ts';
import type { Stage } from './stage/stage-view.ts';
import { h } from './ui/dom.ts';
import { icon } from './ui/icons.ts';
import { renderScenarioList } from './ui/scenario-list-view.ts';
import { renderBriefing } from './ui/briefing-view.ts';
import { renderConversation } from './ui/conversation-view.ts';
import { renderDebrief } from './ui/debrief-view.ts';
import type { Screen, ScreenContext } from './ui/screen.ts';

export interface AppDeps {
  root: HTMLElement;
  catalog: readonly ScenarioEntry[];
  settings: SettingsStore;
  seed: SeedSource;
  loadStage: () => Promise<Stage>;
}

type ScreenName = 'list' | 'briefing' | 'call' | 'debrief';

export class App {
  private language: Language = 'en';
  private t: Translate = translator('en');
  private screen: Screen | null = null;
  private screenName: ScreenName = 'list';
  private readonly main = h('main', { id: 'screen', class: 'screen', tabindex: '-1' });
  private readonly header = h('header', { class: 'topbar' });
  private stage: Promise<Stage> | null = null;

  constructor(private readonly deps: AppDeps) {}

  async start(): Promise<void> {
    this.language = (await this.deps.settings.load()).language;
    this.t = translator(this.language);
    this.deps.root.replaceChildren(this.header, this.main);
    this.showList();
    // Fetch Phaser while the trainee reads the list, so the briefing's stage appears at once.
    setTimeout(() => void this.getStage(), 300);
  }

  private getStage(): Promise<Stage> {
    this.stage ??= this.deps.loadStage();
    return this.stage;
  }

  private context(): ScreenContext {
    return {
      language: this.language,
      t: this.t,
      catalog: this.deps.catalog,
      stage: () => this.getStage(),
    };
  }

  private renderHeader(): void {
    const t = this.t;
    const locked = this.screenName !== 'list';
    const switcher = h('div', { class: 'lang', role: 'group', 'aria-label': t('lang.label'), title: locked ? t('lang.locked') : null },
      ...LANGUAGES.map((lang) => h('button', {
        type: 'button',
        class: 'lang-option',
        lang: LANGUAGE_TAGS[lang],
        'aria-pressed': String(lang === this.language),
        'data-language': lang,
        disabled: locked && lang !== this.language,
        onclick: () => void this.setLanguage(lang),
      }, t(`lang.${lang}`))));
    this.header.replaceChildren(
      h('div', { class: 'brand' }, h('span', { class: 'brand-mark' }, icon('brand')),
        h('span', { class: 'brand-text' }, h('span', { class: 'brand-name' }, t('app.name')), h('span', { class: 'brand-tagline' }, t('app.tagline')))),
      switcher,
    );
  }

  private async setLanguage(language: Language): Promise<void> {
    if (language === this.language || this.screenName !== 'list') return;
    this.language = language;
    this.t = translator(language);
    await this.deps.settings.save({ language });
    this.showList();
    this.header.querySelector<HTMLButtonElement>(`[data-language="${language}"]`)?.focus();
  }

  private async show(name: ScreenName, screen: Screen, focusScreen = true): Promise<void> {
    this.screen?.dispose?.();
    this.screenName = name;
    this.screen = screen;
    document.documentElement.lang = LANGUAGE_TAGS[this.language];
    document.title = screen.title ? `${screen.title} · ${this.t('app.name')}` : this.t('app.name');
    document.body.dataset.screen = name;
    this.renderHeader();
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

  showList(): void {
    void this.show('list', renderScenarioList(this.context(), (entry) => this.showBriefing(entry)));
  }

  showBriefing(entry: ScenarioEntry): void {
    void this.show('briefing', renderBriefing(this.context(), entry, {
      start: () => this.startCall(entry),
      back: () => this.showList(),
    }));
  }

  async startCall(entry: ScenarioEntry): Promise<void> {
    let run: Run;
    try {
      run = await startRun(entry, this.deps.seed());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.showBriefing(entry);
      this.main.querySelector('.briefing-foot')?.append(h('p', { class: 'error', role: 'alert' }, this.t('error.load', { message })));
      return;
    }
    void this.show('call', renderConversation(this.context(), run, {
      end: () => this.showDebrief(run),
      leave: () => this.showList(),
    }));
  }

  showDebrief(run: Run): void {
    void this.show('debrief', renderDebrief(this.context(), run, {
      again: () => void this.startCall(run.entry),
      back: () => this.showList(),
    }));
  }
}
