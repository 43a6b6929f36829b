// The trainer page: the top bar (language, links, sign out) and one screen at a time: sign in or
// create a cohort, the one-time key reveal, or the dashboard. The key is kept on this device, and
// where the trainer is on the dashboard in the address, so a reload reopens the same place.
import type { Clock, Timers } from '../core/clock.ts';
import type { Language } from '../core/schemas/scenario-meta.ts';
import { isApiError } from '../net/api-error.ts';
import type { CohortClient } from '../net/cohort-client.ts';
import type { CreatedCohort, Me } from '../contract/cohorts.ts';
import { errorText } from './i18n/error-text.ts';
import { translator, type Translator } from './i18n/translate.ts';
import { readPlace, type PlaceStore } from './screens/dashboard-place.ts';
import { DashboardScreen } from './screens/dashboard-screen.ts';
import { RevealScreen } from './screens/reveal-screen.ts';
import { WelcomeScreen } from './screens/welcome-screen.ts';
import { normaliseTrainerKey, type TrainerKeyStore } from '../ui-kit/trainer-key-store.ts';
import { fillWith, h } from '../ui-kit/dom.ts';
import { confirmDialog } from './ui/confirm-dialog.ts';
import { icon } from './ui/icons.ts';

export interface TrainerAppDeps {
  root: HTMLElement;
  keys: TrainerKeyStore;
  /** A client for the server this page came from, with the given secret. */
  client(token: string | null): CohortClient;
  language: Language;
  rememberLanguage(language: Language): void;
  /** Hides the toast; the page's main.ts hands in the browser's timers. */
  timers: Timers;
  /** Now, for due dates: the browser's clock. */
  clock: Clock;
  /** The address's fragment, where the dashboard records the section and transcript shown. */
  place: PlaceStore;
}

type Screen = WelcomeScreen | RevealScreen | DashboardScreen;

export class TrainerApp {
  private language: Language;
  private t: Translator;
  private screen: Screen | null = null;
  /** The key of the cohort signed in to here, forgotten on signing out. */
  private key: string | null = null;
  private readonly bar = h('header', { class: 'topbar' });
  private readonly main = h('main', { id: 'main', class: 'screen', tabindex: -1 });
  private readonly live = h('div', { class: 'sr-only', 'aria-live': 'polite', role: 'status' });
  private readonly toast = h('div', { class: 'toast', 'aria-hidden': 'true', hidden: true });
  private readonly skip = h('a', { class: 'skip-link', href: '#main' });

  constructor(private readonly deps: TrainerAppDeps) {
    this.language = deps.language;
    this.t = translator(deps.language);
  }

  start(): void {
    fillWith(this.deps.root, this.skip, this.bar, this.main, this.live, this.toast);
    const key = this.deps.keys.current()?.key;
    if (key) this.showDashboard(key, false);
    else this.showWelcome(null);
  }

  private get signedIn(): boolean {
    return this.screen instanceof DashboardScreen || this.screen instanceof RevealScreen;
  }

  private renderBar(): void {
    const t = this.t;
    document.documentElement.lang = this.language;
    document.title = t('app.title');
    this.skip.textContent = t('skip');
    const langs: Language[] = ['en', 'zh-CN'];
    fillWith(this.bar,
      h('div', { class: 'brand' },
        h('div', { class: 'brand-mark', 'aria-hidden': 'true' }, icon('brand')),
        h('div', { class: 'brand-text' },
          h('span', { class: 'brand-name' }, t('app.name')),
          h('span', { class: 'brand-tagline' }, t('app.tagline')))),
      h('nav', { class: 'bar-nav', 'aria-label': t('app.name') },
        h('a', { class: 'bar-link', href: '/author/' }, t('nav.studio')),
        h('a', { class: 'bar-link', href: '/' }, t('nav.game')),
        h('div', { class: 'lang', role: 'group', 'aria-label': t('lang.label') }, ...langs.map((l) => h('button', {
          type: 'button', class: 'lang-option', lang: l, 'aria-pressed': String(l === this.language), 'data-lang': l,
          onclick: () => this.setLanguage(l),
        }, t(`lang.${l}`)))),
        this.signedIn ? h('button', { type: 'button', class: 'button button--on-dark button--small', 'data-action': 'sign-out', onclick: () => this.confirmSignOut() },
          icon('logout'), t('signout')) : null));
  }

  private setLanguage(language: Language): void {
    if (language === this.language) return;
    this.language = language;
    this.t = translator(language);
    this.deps.rememberLanguage(language);
    this.renderBar();
    this.screen?.render();
    this.bar.querySelector<HTMLElement>(`[data-lang="${language}"]`)?.focus();
  }

  private show(screen: Screen, focus: boolean): void {
    this.screen = screen;
    this.renderBar();
    fillWith(this.main, screen.el);
    if (screen instanceof DashboardScreen) screen.start();
    else screen.render();
    this.main.scrollTop = 0;
    if (focus) screen.focusTitle();
  }

  private showWelcome(notice: string | null): void {
    this.show(new WelcomeScreen(() => this.t, {
      create: (name, passMark) => this.create(name, passMark),
      signIn: (key) => this.signIn(key),
    }, notice), notice !== null);
  }

  private showDashboard(key: string, focus: boolean): void {
    this.key = key;
    const screen = new DashboardScreen({
      client: this.deps.client(key),
      t: () => this.t,
      clock: this.deps.clock,
      unauthorized: () => this.expired(screen),
      announce: (message) => this.announce(message),
      place: readPlace(this.deps.place.read()),
      moved: (fragment) => {
        if (this.screen === screen) this.deps.place.write(fragment);
      },
    });
    this.show(screen, focus);
  }

  private expired(screen: DashboardScreen): void {
    if (this.screen !== screen) return;
    if (this.key) this.deps.keys.forget(this.key);
    this.deps.place.write('');
    this.showWelcome(this.t('signin.expired'));
  }

  private async create(name: string, passMark: number): Promise<string | null> {
    let cohort: CreatedCohort;
    try {
      cohort = await this.deps.client(null).createCohort({ name, passMark });
    } catch (error) {
      return errorText(this.t, error);
    }
    // Stored at once: a reload on the reveal screen must not lose the only copy.
    this.key = cohort.trainerKey;
    this.deps.keys.remember(cohort.trainerKey, { cohortId: cohort.cohortId, cohortName: cohort.name });
    this.show(new RevealScreen(() => this.t, cohort, () => this.showDashboard(cohort.trainerKey, true)), true);
    return null;
  }

  private async signIn(text: string): Promise<string | null> {
    const key = normaliseTrainerKey(text);
    if (key === null) return this.t(text.trim().startsWith('trt_') ? 'signin.trainee-token' : 'signin.not-key');
    let me: Me;
    try {
      me = await this.deps.client(key).me();
      if (me.role !== 'trainer') return this.t('signin.trainee-token');
    } catch (error) {
      if (isApiError(error) && error.unauthorized) return this.t('signin.unknown');
      return errorText(this.t, error);
    }
    this.deps.keys.remember(key, { cohortId: me.cohortId, cohortName: me.cohortName });
    this.showDashboard(key, true);
    return null;
  }

  private confirmSignOut(): void {
    const t = this.t;
    confirmDialog(t, {
      title: t('signout.title'),
      body: [h('p', {}, t('signout.body'))],
      confirmLabel: t('signout'),
      busyLabel: t('signout'),
      icon: 'logout',
      action: 'confirm-sign-out',
      run: async () => {
        if (this.key) this.deps.keys.forget(this.key);
        this.deps.place.write('');
        this.showWelcome(null);
      },
      returnFocus: () => this.main.querySelector<HTMLElement>('h1'),
    });
  }

  private announce(message: string): void {
    this.live.textContent = message;
    this.toast.textContent = message;
    this.toast.hidden = false;
    this.deps.timers.after(4000, () => {
      if (this.toast.textContent === message) this.toast.hidden = true;
    });
  }
}
