// Which scenario versions a cohort's trainees may play now (ScenarioStore.available), a "yes"
// remembered for a while. It saves a query on every later submission or exam start; it is only a
// while because a trainer may retire a publication or hide a shipped scenario. This process
// forgets the cohort's answers at once when its trainer does (forgetPlayable); another process on
// the same PostgreSQL database asks again within KEEP_MS, as it does for a removed member's token
// (known-callers.ts). A "no" is always asked again: the version may be published meanwhile.
import { LRUCache } from 'lru-cache';
import type { ScenarioStore } from '../scenarios/scenario-store.ts';

/** Cohort and version pairs kept; each is a short string. */
const KEPT = 10_000;
/** How long a "yes" is trusted without asking the database again. */
export const KEEP_MS = 60_000;

const byStore = new WeakMap<ScenarioStore, LRUCache<string, string>>();

function knownOf(scenarios: ScenarioStore): LRUCache<string, string> {
  let known = byStore.get(scenarios);
  if (!known) byStore.set(scenarios, known = new LRUCache<string, string>({ max: KEPT, ttl: KEEP_MS }));
  return known;
}

/** ScenarioStore.available as a yes or no, a yes remembered per store (one per app and database). */
export async function playable(scenarios: ScenarioStore, cohortId: string, contentHash: string): Promise<boolean> {
  const known = knownOf(scenarios);
  const key = `${cohortId}/${contentHash}`;
  if (known.get(key) !== undefined) return true;
  if (!await scenarios.available(cohortId, contentHash)) return false;
  known.set(key, cohortId);
  return true;
}

/** After the cohort's trainer withdrew a version or a scenario: every remembered "yes" of the cohort. */
export function forgetPlayable(scenarios: ScenarioStore, cohortId: string): void {
  const known = knownOf(scenarios);
  for (const [key, cohort] of known.entries()) if (cohort === cohortId) known.delete(key);
}
