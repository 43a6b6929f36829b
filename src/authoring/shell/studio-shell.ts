// The Studio's page shell: the top bar (brand, the open draft's title, key and save status, the
// page's actions, the interface language), the editor pane's toolbar, the side tabs and their
// panels, the new-scenario and publish dialogs and the hidden pack-file input; the keys that work anywhere
// (Alt+1…4 for the tabs, Ctrl+S to save, the play-test's keys on its tab); and the interface
// texts, drawn again whenever the language or the draft changes.
import { LANGUAGES, type Language } from '../../core/schemas/scenario-meta.ts';
import { h } from '../../ui-kit/dom.ts';
import type { StudioTranslate } from '../i18n/translate.ts';
import { perTab, tabAfterKey, tabForDigit, TABS, type Tab } from './tabs.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'problem';

/** What the top bar says about the open draft. */
export interface DraftInfo {
  title: string;
  key: string;
  /** Saved at least once (Undo save needs a saved version; "not saved yet" shows otherwise). */
  saved: boolean;
  language: Language;
}

export interface ShellActions {
  newScenario: () => void;
  save: () => void;
  undoSave: () => void;
  exportInk: () => void;
  exportPack: () => void;
  language: (language: Language) => void;
  scenarioLanguage: (language: Language) => void;
  jumpToProblem: () => void;
  importFile: (file: File) => void;
  /** Opens "Publish to cohort" for the scenario in the editor. */
  publish: () => void;
  /** A key for the play-test (its tab is open and the trainer is not typing). */
  playKey: (event: KeyboardEvent) => void;
}

export interface ShellDeps {
  root: HTMLElement;
  strings: () => StudioTranslate;
  language: () => Language;
  draft: () => DraftInfo;
  actions: ShellActions;
  /** Draws a tab's panel; called when it opens and whenever what it shows may have changed. */
  panels: Record<Tab, () => void>;
}

const HEADER_ACTIONS = ['new', 'save', 'undo-save', 'export-ink', 'export-pack'] as const;
type HeaderAction = (typeof HEADER_ACTIONS)[number];

export class StudioShell {
  readonly editorHost = h('div', { class: 'editor-host' });
  readonly dialog = h('dialog', { class: 'new-dialog', 'aria-labelledby': 'new-title' });
  readonly publishDialog = h('dialog', { class: 'new-dialog publish-dialog', 'aria-labelledby': 'publish-title', 'data-testid': 'publish-dialog' });
  readonly checkStatus: HTMLButtonElement;
  readonly progress = h('div', { class: 'progress', hidden: true }, h('div', { class: 'progress-bar' }));
  readonly panel: Record<Tab, HTMLElement>;
  private readonly tabButton: Record<Tab, HTMLButtonElement>;
  private readonly buttons: Record<HeaderAction, HTMLButtonElement>;
  private readonly fileInput: HTMLInputElement;
  private readonly title = h('h1', { class: 'brand-title' });
  private readonly subtitle = h('p', { class: 'brand-sub' });
  private readonly docTitle = h('span', { class: 'doc-title', 'data-testid': 'doc-title' });
  private readonly docKey = h('code', { class: 'doc-key' });
  private readonly saveStatus = h('span', { class: 'save-status', role: 'status', 'data-testid': 'save-status' });
  private readonly langGroup: HTMLElement;
  private readonly traineeLink = h('a', { class: 'link', href: '../' });
  private readonly scenarioLangLabel = h('label', { for: 'scenario-language' });
  private readonly scenarioLang: HTMLSelectElement;
  private readonly shortcuts = h('span', { class: 'muted small shortcuts' });
  private readonly publishButton: HTMLButtonElement;
  private open: Tab = 'report';
  private saveState: SaveState = 'idle';
  private saveText = '';

  constructor(private readonly deps: ShellDeps) {
    const { actions } = deps;
    const handlers: Record<HeaderAction, () => void> = {
      new: actions.newScenario, save: actions.save, 'undo-save': actions.undoSave, 'export-ink': actions.exportInk, 'export-pack': actions.exportPack,
    };
    const button = (name: HeaderAction): HTMLButtonElement =>
      h('button', { class: name === 'new' ? 'btn btn--primary' : 'btn', type: 'button', 'data-action': name, onclick: handlers[name] });
    this.buttons = { new: button('new'), save: button('save'), 'undo-save': button('undo-save'), 'export-ink': button('export-ink'), 'export-pack': button('export-pack') };
    this.langGroup = h('div', { class: 'lang-group', role: 'group' }, ...LANGUAGES.map((l) => h('button', {
      class: 'lang-btn', type: 'button', 'data-language': l, lang: l, onclick: () => actions.language(l),
    }, l === 'en' ? 'EN' : '中文')));
    const scenarioLang = h('select', { id: 'scenario-language', onchange: () => actions.scenarioLanguage(scenarioLang.value as Language) },
      ...LANGUAGES.map((l) => h('option', { value: l }, l === 'en' ? 'English' : '简体中文')));
    this.scenarioLang = scenarioLang;
    this.checkStatus = h('button', { class: 'check-status', type: 'button', 'data-testid': 'check-status', onclick: actions.jumpToProblem });
    this.publishButton = h('button', { class: 'btn btn--primary publish-button', type: 'button', 'data-action': 'publish', onclick: actions.publish });
    const fileInput = h('input', {
      type: 'file', accept: '.json,application/json', hidden: true, 'data-testid': 'pack-file',
      onchange: () => {
        const file = fileInput.files?.[0];
        fileInput.value = '';
        if (file) actions.importFile(file);
      },
    });
    this.fileInput = fileInput;
    this.tabButton = perTab((tab) => h('button', {
      class: 'tab', type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-controls': `panel-${tab}`, 'data-tab': tab,
      onclick: () => this.showTab(tab), onkeydown: (e) => this.onTabKey(e, tab),
    }));
    this.panel = perTab((tab) => h('div', { class: `panel panel--${tab}`, role: 'tabpanel', id: `panel-${tab}`, 'aria-labelledby': `tab-${tab}`, tabindex: 0 }));
  }

  /** The tab open now. */
  get tab(): Tab {
    return this.open;
  }

  get save(): SaveState {
    return this.saveState;
  }

  /** Puts the page together; the panels are drawn once the controllers exist (`showTab`). */
  mount(): void {
    const { root } = this.deps;
    const header = h('header', { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, '✎'), h('div', {}, this.title, this.subtitle)),
      h('div', { class: 'doc-info' }, this.docTitle, h('span', { class: 'doc-line' }, this.docKey, this.saveStatus)),
      h('nav', { class: 'top-actions' }, ...HEADER_ACTIONS.map((name) => this.buttons[name]), this.langGroup, this.traineeLink));
    const editorPane = h('section', { class: 'editor-pane' },
      h('div', { class: 'editor-toolbar' }, this.scenarioLangLabel, this.scenarioLang, this.checkStatus, this.publishButton, this.shortcuts),
      this.progress,
      this.editorHost);
    const side = h('section', { class: 'side-pane' }, h('div', { class: 'tabs', role: 'tablist' }, ...TABS.map((tab) => this.tabButton[tab])), ...TABS.map((tab) => this.panel[tab]));
    root.replaceChildren(header, h('main', { class: 'workspace' }, editorPane, side), this.dialog, this.publishDialog, this.fileInput);
    document.addEventListener('keydown', (e) => this.onKey(e));
    let resizing = 0;
    window.addEventListener('resize', () => {
      cancelAnimationFrame(resizing);
      resizing = requestAnimationFrame(() => { if (this.open === 'map') this.renderPanels(); });
    });
  }

  showTab(tab: Tab, focus = false): void {
    this.open = tab;
    for (const t of TABS) {
      const selected = t === tab;
      this.tabButton[t].setAttribute('aria-selected', String(selected));
      this.tabButton[t].setAttribute('tabindex', selected ? '0' : '-1');
      this.panel[t].hidden = !selected;
    }
    this.renderPanels();
    if (focus) this.tabButton[tab].focus();
  }

  /** Draws the open tab's panel again. */
  renderPanels(): void {
    this.deps.panels[this.open]();
  }

  /** Opens the file chooser for a pack. */
  choosePackFile(): void {
    this.fileInput.click();
  }

  /** Texts that change with the interface language or the draft. */
  renderChrome(): void {
    const t = this.deps.strings();
    const lang = this.deps.language();
    const draft = this.deps.draft();
    document.documentElement.lang = lang;
    document.title = `${t('appTitle')} · ${lang === 'en' ? '场景工作室' : 'Scenario Studio'}`;
    this.title.textContent = t('appTitle');
    this.subtitle.textContent = t('appSubtitle');
    const labels: Record<HeaderAction, string> = {
      new: t('newScenario'), save: t('save'), 'undo-save': t('undoSave'), 'export-ink': t('exportInk'), 'export-pack': t('exportPack'),
    };
    for (const name of HEADER_ACTIONS) this.buttons[name].textContent = labels[name];
    this.buttons['undo-save'].toggleAttribute('disabled', !draft.saved);
    this.langGroup.setAttribute('aria-label', t('interfaceLanguage'));
    for (const b of this.langGroup.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.language === lang));
    this.traineeLink.textContent = t('traineeView');
    this.scenarioLangLabel.textContent = t('scenarioLanguage');
    this.scenarioLang.value = draft.language;
    this.shortcuts.textContent = t('shortcuts');
    this.publishButton.textContent = t('publish');
    const tabNames: Record<Tab, string> = { report: t('tabReport'), play: t('tabPlay'), map: t('tabMap'), library: t('tabLibrary') };
    for (const tab of TABS) this.tabButton[tab].textContent = tabNames[tab];
    this.docTitle.textContent = draft.title;
    this.docKey.textContent = draft.key;
    this.renderSaveStatus();
  }

  /** The save status line: `text` says what happened (saved, a problem, an export). */
  setSave(state: SaveState, text: string): void {
    this.saveState = state;
    this.saveText = text;
    this.renderSaveStatus();
  }

  private renderSaveStatus(): void {
    this.saveStatus.textContent = this.saveText || (this.deps.draft().saved ? '' : this.deps.strings()('notSavedYet'));
    this.saveStatus.className = `save-status save-status--${this.saveState}`;
  }

  private onTabKey(event: KeyboardEvent, tab: Tab): void {
    const next = tabAfterKey(event.key, tab);
    if (next) {
      event.preventDefault();
      this.showTab(next, true);
    }
  }

  private onKey(e: KeyboardEvent): void {
    const digitTab = tabForDigit(e.code);
    const target = e.target instanceof HTMLElement ? e.target : null;
    const typing = target !== null && (target.closest('.cm-editor') !== null || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
    if (e.altKey && !e.ctrlKey && !e.metaKey && digitTab) {
      e.preventDefault();
      this.showTab(digitTab, true);
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      this.deps.actions.save();
    } else if (this.open === 'play' && !typing && !this.dialog.open && !this.publishDialog.open) {
      this.deps.actions.playKey(e);
    }
  }
}
