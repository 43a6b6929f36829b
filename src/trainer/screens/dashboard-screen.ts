// The signed-in trainer's dashboard: the cohort header and four sections (overview, trainees,
// where trainees go wrong, scenarios), each loading its own data when first shown.
import { isApiError } from '../../net/api-error.ts';
import type { CohortClient } from '../../net/cohort-client.ts';
import type { CohortSummary } from '../../contract/cohorts.ts';
import type { Member } from '../../contract/trainer-dashboard.ts';
import type { ScenarioVersion } from '../../contract/scenarios.ts';
import { AttemptsCard } from '../dashboard/attempts-card.ts';
import { cohortHero } from '../dashboard/cohort-hero.ts';
import type { Card, DashboardContext } from '../dashboard/dashboard-context.ts';
import { DecisionsCard } from '../dashboard/decisions-card.ts';
import { DimensionsCard } from '../dashboard/dimensions-card.ts';
import { LeaderboardCard } from '../dashboard/leaderboard-card.ts';
import { MembersCard } from '../dashboard/members-card.ts';
import { PublishCard } from '../dashboard/publish-card.ts';
import { VersionsCard } from '../dashboard/versions-card.ts';
import type { Translator } from '../i18n/translate.ts';
import { fillWith, h } from '../../ui-kit/dom.ts';
import { icon } from '../ui/icons.ts';
import { Loadable } from '../ui/loadable.ts';
import { errorState, loadingState } from '../ui/parts.ts';
import { tabs } from '../ui/tabs.ts';

export type TabKey = 'overview' | 'trainees' | 'decisions' | 'scenarios';
const TAB_KEYS: TabKey[] = ['overview', 'trainees', 'decisions', 'scenarios'];

export interface DashboardDeps {
  client: CohortClient;
  t(): Translator;
  /** A 401: the key stopped working (the cohort is gone, or it was never right). */
  unauthorized(): void;
  announce(message: string): void;
  initialTab?: TabKey;
}

export class DashboardScreen {
  readonly el = h('div', { class: 'dashboard' });
  private tab: TabKey;
  private readonly summary: Loadable<CohortSummary>;
  private readonly members: Loadable<Member[]>;
  private readonly catalog: Loadable<ScenarioVersion[]>;
  private readonly publishedVersions: Loadable<ScenarioVersion[]>;
  private readonly cards: Record<TabKey, Card[]>;
  private readonly loaded = new Set<TabKey>();
  private readonly dimensions: DimensionsCard;
  private heroEl = h('div');
  private tabsEl: HTMLElement = h('div');

  constructor(private readonly deps: DashboardDeps) {
    this.tab = deps.initialTab ?? 'overview';
    const failed = (error: unknown) => this.failed(error);
    this.summary = new Loadable(() => this.renderHero(), failed);
    this.members = new Loadable(() => this.membersChanged(), failed);
    this.catalog = new Loadable(() => this.scenariosChanged(), failed);
    this.publishedVersions = new Loadable(() => this.scenariosChanged(), failed);
    const ctx: DashboardContext = {
      client: deps.client,
      t: deps.t,
      summary: () => this.summary.value,
      versions: () => [...(this.catalog.value ?? []), ...(this.publishedVersions.value ?? [])],
      members: () => this.members.value ?? [],
      membersState: () => this.members.state,
      reloadMembers: () => void this.members.load(() => deps.client.members()),
      catalogState: () => this.catalog.state,
      publishedState: () => this.publishedVersions.state,
      reloadScenarios: () => this.loadScenarios(),
      failed,
      published: () => {
        this.loadScenarios();
        void this.summary.load(() => deps.client.trainerCohort());
      },
      announce: deps.announce,
    };
    this.dimensions = new DimensionsCard(ctx);
    this.cards = {
      overview: [this.dimensions, new LeaderboardCard(ctx)],
      trainees: [new MembersCard(ctx), new AttemptsCard(ctx)],
      decisions: [new DecisionsCard(ctx)],
      scenarios: [new PublishCard(ctx), new VersionsCard(ctx)],
    };
  }

  get selectedTab(): TabKey {
    return this.tab;
  }

  /** Loads the shared data and the first section's. */
  start(): void {
    void this.summary.load(() => this.deps.client.trainerCohort());
    void this.members.load(() => this.deps.client.members());
    this.loadScenarios();
    this.render();
    this.loadTab(this.tab);
  }

  refresh(): void {
    this.loaded.clear();
    this.start();
  }

  focusTitle(): void {
    this.el.querySelector<HTMLElement>('#cohort-name')?.focus();
  }

  private loadScenarios(): void {
    void this.catalog.load(async () => (await this.deps.client.scenarios()).scenarios);
    void this.publishedVersions.load(() => this.deps.client.publishedScenarios());
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
    for (const card of [...this.cards.trainees]) card.render();
  }

  private scenariosChanged(): void {
    // Titles and filter options come from the scenario lists.
    for (const key of TAB_KEYS) for (const card of this.cards[key]) if (!(card instanceof PublishCard)) card.render();
  }

  render(): void {
    this.heroEl = h('div', { class: 'hero-slot' });
    this.renderHero();
    const t = this.deps.t();
    const panels: Record<TabKey, HTMLElement> = {
      overview: h('div', { class: 'panel-grid panel-grid--overview' }, this.cards.overview[0]!.el, this.cards.overview[1]!.el, this.dimensions.matrixEl),
      trainees: h('div', { class: 'panel-stack' }, ...this.cards.trainees.map((c) => c.el)),
      decisions: h('div', { class: 'panel-stack' }, ...this.cards.decisions.map((c) => c.el)),
      scenarios: h('div', { class: 'panel-grid panel-grid--scenarios' }, ...this.cards.scenarios.map((c) => c.el)),
    };
    for (const key of TAB_KEYS) for (const card of this.cards[key]) card.render();
    const icons = { overview: icon('chart'), trainees: icon('users'), decisions: icon('split'), scenarios: icon('book') };
    this.tabsEl = tabs(t('tabs.label'), TAB_KEYS.map((key) => ({ key, label: t(`tab.${key}`), icon: icons[key], panel: panels[key] })), this.tab, (key) => {
      this.tab = key;
      this.loadTab(key);
    });
    fillWith(this.el, this.heroEl, this.tabsEl);
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
