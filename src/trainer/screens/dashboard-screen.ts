// The signed-in trainer's dashboard: the cohort header and five sections (overview, trainees,
// assignments, where trainees go wrong, scenarios), each loading its own data when first shown;
// or, in their place, one attempt's transcript, with a Back to the same section and filters.
// Where the trainer is lives in the address (dashboard-place.ts), so a reload reopens it.
import type { Clock } from '../../core/clock.ts';
import { isApiError } from '../../net/api-error.ts';
import type { CohortClient } from '../../net/cohort-client.ts';
import type { ShippedScenario } from '../../contract/cohort-admin.ts';
import type { CohortSummary } from '../../contract/cohorts.ts';
import type { Member } from '../../contract/trainer-dashboard.ts';
import type { PublishedVersion, ScenarioVersion } from '../../contract/scenarios.ts';
import { AssignmentForm } from '../dashboard/assignment-form.ts';
import { AssignmentsCard } from '../dashboard/assignments-card.ts';
import { AttemptsCard } from '../dashboard/attempts-card.ts';
import { cohortHero } from '../dashboard/cohort-hero.ts';
import type { Card, DashboardContext } from '../dashboard/dashboard-context.ts';
import { DecisionsCard } from '../dashboard/decisions-card.ts';
import { DimensionsCard } from '../dashboard/dimensions-card.ts';
import { LeaderboardCard } from '../dashboard/leaderboard-card.ts';
import { MembersCard } from '../dashboard/members-card.ts';
import { PublishCard } from '../dashboard/publish-card.ts';
import { ShippedCard } from '../dashboard/shipped-card.ts';
import { TranscriptView } from '../dashboard/transcript-view.ts';
import { VersionsCard } from '../dashboard/versions-card.ts';
import type { Translator } from '../i18n/translate.ts';
import { fillWith, h } from '../../ui-kit/dom.ts';
import { icon } from '../ui/icons.ts';
import { Loadable } from '../ui/loadable.ts';
import { errorState, loadingState } from '../ui/parts.ts';
import { tabs } from '../ui/tabs.ts';
import { placeFragment, TAB_KEYS, type DashboardPlace, type TabKey } from './dashboard-place.ts';

export interface DashboardDeps {
  client: CohortClient;
  t(): Translator;
  clock: Clock;
  /** A 401: the key stopped working (the cohort is gone, or it was never right). */
  unauthorized(): void;
  announce(message: string): void;
  /** Where to open (read from the address), and where to record each move. */
  place: DashboardPlace;
  moved(fragment: string): void;
}

export class DashboardScreen {
  readonly el = h('div', { class: 'dashboard' });
  private tab: TabKey;
  private readonly summary: Loadable<CohortSummary>;
  private readonly members: Loadable<Member[]>;
  private readonly catalog: Loadable<ScenarioVersion[]>;
  private readonly publishedVersions: Loadable<PublishedVersion[]>;
  private readonly shipped: Loadable<ShippedScenario[]>;
  private readonly cards: Record<TabKey, Card[]>;
  private readonly loaded = new Set<TabKey>();
  private readonly dimensions: DimensionsCard;
  private readonly ctx: DashboardContext;
  private transcript: TranscriptView | null = null;
  /** The sections' scroll position when a transcript opened, to come back to. */
  private scrollBack = 0;
  private heroEl = h('div');
  private tabsEl: HTMLElement = h('div');

  constructor(private readonly deps: DashboardDeps) {
    this.tab = deps.place.tab;
    const failed = (error: unknown) => this.failed(error);
    this.summary = new Loadable(() => this.renderHero(), failed);
    this.members = new Loadable(() => this.membersChanged(), failed);
    this.catalog = new Loadable(() => this.scenariosChanged(), failed);
    this.publishedVersions = new Loadable(() => this.scenariosChanged(), failed);
    this.shipped = new Loadable(() => this.scenariosChanged(), failed);
    const ctx: DashboardContext = {
      client: deps.client,
      t: deps.t,
      clock: deps.clock,
      summary: () => this.summary.value,
      versions: () => [...(this.catalog.value ?? []), ...(this.publishedVersions.value ?? []), ...(this.shipped.value ?? [])],
      members: () => this.members.value ?? [],
      membersState: () => this.members.state,
      reloadMembers: () => void this.members.load(() => deps.client.members()),
      catalogState: () => this.catalog.state,
      publishedState: () => this.publishedVersions.state,
      shippedState: () => this.shipped.state,
      setShipped: (list) => this.shipped.set(list),
      reloadScenarios: () => void this.loadScenarios(),
      cohortChanged: () => this.reloadData(),
      openAttempt: (attemptId) => this.openAttempt(attemptId, true),
      failed,
      published: () => {
        void this.loadScenarios();
        void this.summary.load(() => deps.client.trainerCohort());
      },
      announce: deps.announce,
    };
    this.ctx = ctx;
    this.dimensions = new DimensionsCard(ctx);
    const assignments = new AssignmentsCard(ctx);
    this.cards = {
      overview: [this.dimensions, new LeaderboardCard(ctx)],
      trainees: [new MembersCard(ctx), new AttemptsCard(ctx)],
      assignments: [new AssignmentForm(ctx, () => assignments.load()), assignments],
      decisions: [new DecisionsCard(ctx)],
      scenarios: [new PublishCard(ctx), new VersionsCard(ctx), new ShippedCard(ctx)],
    };
  }

  get selectedTab(): TabKey {
    return this.tab;
  }

  /** Loads the shared data and the first section's, or the transcript the address names. */
  start(): void {
    void this.loadShared();
    this.render();
    this.loadTab(this.tab);
    if (this.deps.place.attemptId !== null && this.transcript === null) this.openAttempt(this.deps.place.attemptId, false);
  }

  refresh(): void {
    this.loaded.clear();
    void this.loadShared();
    this.render();
    this.loadTab(this.tab);
    this.transcript?.load();
  }

  focusTitle(): void {
    if (this.transcript) this.transcript.focusTitle();
    else this.el.querySelector<HTMLElement>('#cohort-name')?.focus();
  }

  /** Settles once each has loaded or failed (a failure is shown by its card). */
  private async loadShared(): Promise<void> {
    await Promise.all([
      this.summary.load(() => this.deps.client.trainerCohort()),
      this.members.load(() => this.deps.client.members()),
      this.loadScenarios(),
    ]);
  }

  private async loadScenarios(): Promise<void> {
    await Promise.all([
      this.catalog.load(async () => (await this.deps.client.scenarios()).scenarios),
      this.publishedVersions.load(() => this.deps.client.publishedScenarios()),
      this.shipped.load(() => this.deps.client.shippedScenarios()),
    ]);
  }

  /** Reloads everything a change may have moved without rebuilding the page (focus stays put). */
  private async reloadData(): Promise<void> {
    const shared = this.loadShared();
    this.loaded.clear();
    this.loadTab(this.tab);
    await shared;
  }

  private loadTab(tab: TabKey): void {
    if (this.loaded.has(tab)) return;
    this.loaded.add(tab);
    for (const card of this.cards[tab]) card.load();
  }

  private failed(error: unknown): void {
    if (isApiError(error) && error.unauthorized) this.deps.unauthorized();
  }

  private membersChanged(): void {
    for (const card of [...this.cards.trainees, ...this.cards.assignments]) card.render();
  }

  private scenariosChanged(): void {
    // Titles and filter options come from the scenario lists.
    for (const key of TAB_KEYS) for (const card of this.cards[key]) if (!(card instanceof PublishCard)) card.render();
    this.transcript?.render();
  }

  private openAttempt(attemptId: string, focus: boolean): void {
    const main = this.el.closest('.screen');
    this.scrollBack = main?.scrollTop ?? 0;
    this.transcript = new TranscriptView(this.ctx, attemptId, () => this.closeAttempt());
    this.deps.moved(placeFragment({ tab: this.tab, attemptId }));
    this.show();
    this.transcript.load();
    if (main) main.scrollTop = 0;
    if (focus) this.transcript.focusTitle();
  }

  private closeAttempt(): void {
    const attemptId = this.transcript?.attemptId ?? null;
    this.transcript = null;
    this.deps.moved(placeFragment({ tab: this.tab, attemptId: null }));
    this.show();
    const main = this.el.closest('.screen');
    if (main) main.scrollTop = this.scrollBack;
    // Back on the row it was opened from; failing that (a reload lost the list), the section.
    const row = attemptId === null ? null : this.el.querySelector<HTMLElement>(`[data-open-attempt="${CSS.escape(attemptId)}"]`);
    (row ?? this.el.querySelector<HTMLElement>(`[data-tab="${this.tab}"]`))?.focus();
  }

  /** The sections, or the open transcript in their place. */
  private show(): void {
    if (this.transcript) {
      this.transcript.render();
      fillWith(this.el, this.transcript.el);
    } else {
      fillWith(this.el, this.heroEl, this.tabsEl);
    }
  }

  render(): void {
    this.heroEl = h('div', { class: 'hero-slot' });
    this.renderHero();
    const t = this.deps.t();
    const stack = (key: TabKey) => h('div', { class: 'panel-stack' }, ...this.cards[key].map((c) => c.el));
    const panels: Record<TabKey, HTMLElement> = {
      overview: h('div', { class: 'panel-grid panel-grid--overview' }, this.cards.overview[0]!.el, this.cards.overview[1]!.el, this.dimensions.matrixEl),
      trainees: stack('trainees'),
      assignments: h('div', { class: 'panel-grid panel-grid--assignments' }, ...this.cards.assignments.map((c) => c.el)),
      decisions: stack('decisions'),
      // Publishing on the left; what the cohort has, published and shipped, stacked on the right.
      scenarios: h('div', { class: 'panel-grid panel-grid--scenarios' }, this.cards.scenarios[0]!.el,
        h('div', { class: 'panel-stack' }, ...this.cards.scenarios.slice(1).map((c) => c.el))),
    };
    for (const key of TAB_KEYS) for (const card of this.cards[key]) card.render();
    const icons = { overview: icon('chart'), trainees: icon('users'), assignments: icon('calendar'), decisions: icon('split'), scenarios: icon('book') };
    this.tabsEl = tabs(t('tabs.label'), TAB_KEYS.map((key) => ({ key, label: t(`tab.${key}`), icon: icons[key], panel: panels[key] })), this.tab, (key) => {
      this.tab = key;
      this.deps.moved(placeFragment({ tab: key, attemptId: null }));
      this.loadTab(key);
    });
    this.show();
  }

  private renderHero(): void {
    const t = this.deps.t();
    const state = this.summary.state;
    const value = this.summary.value;
    if (value) {
      fillWith(this.heroEl, cohortHero(t, value, state.status === 'loading', () => this.refresh()));
      if (state.status === 'error') this.heroEl.append(errorState(t, state.error, () => this.refresh()));
    } else if (state.status === 'error') {
      fillWith(this.heroEl, errorState(t, state.error, () => this.refresh()));
    } else {
      fillWith(this.heroEl, h('div', { class: 'hero hero--loading' }, loadingState(t)));
    }
  }
}
