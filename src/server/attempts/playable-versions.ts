// Which scenario versions a cohort may play, remembered once known. A version never stops being
// playable (shipped_at is only ever set, a cohort's publications are only ever added), so a
// "yes" from the database stays true and saves a query on every later submission; a "no" is
// always asked again, since the version may be published meanwhile, here or by another process.
import { LRUCache } from 'lru-cache';
import type { ScenarioStore } from '../scenarios/scenario-store.ts';

/** Cohort and version pairs kept; each is a short string. */
const KEPT = 10_000;

const byStore = new WeakMap<ScenarioStore, LRUCache<string, true>>();

/** ScenarioStore.accessible as a yes or no, a yes remembered per store (one per app and database). */
export async function playable(scenarios: ScenarioStore, cohortId: string, contentHash: string): Promise<boolean> {
  let known = byStore.get(scenarios);
  if (!known) byStore.set(scenarios, known = new LRUCache<string, true>({ max: KEPT }));
  const key = `${cohortId}/${contentHash}`;
  if (known.get(key)) return true;
  if (!await scenarios.accessible(cohortId, contentHash)) return false;
  known.set(key, true);
  return true;
}
