// What every dashboard card shares: the signed-in client, the current wording, the cohort's
// scenarios and members (for filters and titles), and a way to report a key that stopped working.
import type { CohortClient } from '../../net/cohort-client.ts';
import type { CohortSummary } from '../../contract/cohorts.ts';
import type { Member } from '../../contract/trainer-dashboard.ts';
import type { ScenarioVersion } from '../../contract/scenarios.ts';
import type { Translator } from '../i18n/translate.ts';
import type { LoadState } from '../ui/loadable.ts';

export interface DashboardContext {
  client: CohortClient;
  t(): Translator;
  summary(): CohortSummary | null;
  /** Every version the cohort may play or published: titles and filter options. */
  versions(): ScenarioVersion[];
  members(): Member[];
  /** The shared members list's loading state, and reloading it. */
  membersState(): LoadState<Member[]>;
  reloadMembers(): void;
  /** The current version of every scenario the cohort may play (shipped and published). */
  catalogState(): LoadState<ScenarioVersion[]>;
  /** Every version this cohort published, newest first. */
  publishedState(): LoadState<ScenarioVersion[]>;
  reloadScenarios(): void;
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
