// The version's bundle bounded under the rubric an attempt is scored under: what both a submitted
// attempt's verification and a server-played exam replay on.
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { ScenarioStore } from '../scenarios/scenario-store.ts';

/**
 * The usual case, the rubric the version was checked under, is the store's in-memory bundle: no
 * query for the best path, which scoring does not need. null for an unknown hash; a refusal when
 * the story is too large to bound under `rubric`.
 */
export async function scoredBundle(scenarios: ScenarioStore, contentHash: string, rubric: Rubric): Promise<
  { ok: true; bundle: ScenarioBundle } | { ok: false; reason: string } | null
> {
  const stored = await scenarios.bundle(contentHash);
  if (!stored) return null;
  if (stored.rubricVersion === rubric.version) return { ok: true, bundle: stored };
  const scored = await scenarios.scoredUnder(contentHash, rubric);
  if (!scored) return null;
  return scored.ok ? { ok: true, bundle: scored.version.bundle } : scored;
}
