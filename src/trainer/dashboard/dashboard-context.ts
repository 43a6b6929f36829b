// What every dashboard card shares: the signed-in client, the current wording, the clock, the
// cohort's scenarios and members (for filters and titles), opening an attempt's transcript,
// reloading what a change touched, and a way to report a key that stopped working.
import type { Clock } from '../../core/clock.ts';
import type { CohortClient } from '../../net/cohort-client.ts';
import type { ShippedScenario } from '../../contract/cohort-admin.ts';
import type { CohortSummary } from '../../contract/cohorts.ts';
import type { Member } from '../../contract/trainer-dashboard.ts';
import type { PublishedVersion, ScenarioVersion } from '../../contract/scenarios.ts';
import type { Translator } from '../i18n/translate.ts';
import type { LoadState } from '../ui/loadable.ts';

export interface DashboardContext {
  client: CohortClient;
  t(): Translator;
  /** Now, for due dates (the page's main.ts hands in the browser's clock). */
  clock: Clock;
  summary(): CohortSummary | null;
  /** Every version the cohort may play, published or hid: titles and filter options. */
  versions(): ScenarioVersion[];
  members(): Member[];
  /** The shared members list's loading state, and reloading it. */
  membersState(): LoadState<Member[]>;
  reloadMembers(): void;
  /** The current version of every scenario the cohort may play (shipped and published). */
  catalogState(): LoadState<ScenarioVersion[]>;
  /** Every version this cohort published, newest first, retired ones included. */
  publishedState(): LoadState<PublishedVersion[]>;
  /** Every shipped scenario version, and whether this cohort hides it. */
  shippedState(): LoadState<ShippedScenario[]>;
  /** The shipped list as a hide or show answered it. */
  setShipped(list: ShippedScenario[]): void;
  reloadScenarios(): void;
  /**
   * After a change that moves counts (a member removed, a version retired, a scenario hidden):
   * reloads the cohort's summary, members and scenarios, and every section's cards as it is shown;
   * settles once the shared lists are in, so the button that made the change can stay busy till then.
   */
  cohortChanged(): Promise<void>;
  /** Opens an attempt's annotated transcript in place of the sections. */
  openAttempt(attemptId: string): void;
  /** Called with every failed load: a 401 signs the trainer out. */
  failed(error: unknown): void;
  /** After publishing: reload the scenario lists and counts. */
  published(): void;
  announce(message: string): void;
}

export interface Card {
  el: HTMLElement;
  /** Rebuilds the whole card (after a language change). */
  render(): void;
  /** Fetches its data (on first showing and on refresh). */
  load(): void;
}
