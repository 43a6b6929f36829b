// What the progress screen shows, computed from a trainee's stored attempts: attempts and best
// and latest scores per scenario, a trend per rubric dimension, techniques used and never used,
// and which scenario to practise next for the weakest dimension.
import { DIMENSION_IDS, type DimensionId, type Rubric } from '../schemas/rubric.ts';
import type { AttemptRecord } from '../schemas/records.ts';
import type { ScenarioMeta } from '../schemas/scenario-meta.ts';

export interface ScenarioProgress {
  scenarioId: string;
  attempts: number;
  best: number;
  latest: number;
  lastPlayed: string;
}

export interface TrendPoint {
  /** finishedAt of the attempt. */
  at: string;
  attemptId: string;
  score: number;
}

export interface Suggestion {
  dimension: DimensionId;
  average: number;
  scenarioId: string;
  /** Why this scenario: it exercises the dimension and the trainee has played it least. */
  reason: 'never-played' | 'lowest-score';
}

export interface ProgressSummary {
  totalAttempts: number;
  scenarios: ScenarioProgress[];
  trends: Record<DimensionId, TrendPoint[]>;
  averages: Partial<Record<DimensionId, number>>;
  techniquesUsed: string[];
  techniquesNeverUsed: string[];
  faultsCommitted: string[];
  suggestion: Suggestion | null;
}

export interface ScenarioCoverage {
  meta: ScenarioMeta;
  /** Dimensions the scenario can score (from its bounds). */
  dimensions: DimensionId[];
}

const mean = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);

export function summariseProgress(attempts: readonly AttemptRecord[], scenarios: readonly ScenarioCoverage[], rubric: Rubric): ProgressSummary {
  const ordered = [...attempts].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt) || a.id.localeCompare(b.id));
  const byScenario = new Map<string, AttemptRecord[]>();
  for (const a of ordered) byScenario.set(a.scenarioId, [...(byScenario.get(a.scenarioId) ?? []), a]);
  const scenarioRows: ScenarioProgress[] = [...byScenario].map(([scenarioId, list]) => ({
    scenarioId,
    attempts: list.length,
    best: Math.max(...list.map((a) => a.overall)),
    latest: list[list.length - 1]!.overall,
    lastPlayed: list[list.length - 1]!.finishedAt,
  })).sort((a, b) => a.scenarioId.localeCompare(b.scenarioId));

  const trends = Object.fromEntries(DIMENSION_IDS.map((d) => [d, [] as TrendPoint[]])) as Record<DimensionId, TrendPoint[]>;
  for (const a of ordered) {
    for (const d of DIMENSION_IDS) {
      const score = a.scores[d];
      if (score !== undefined) trends[d].push({ at: a.finishedAt, attemptId: a.id, score });
    }
  }
  // Averages over each dimension's five most recent attempts: current skill, not lifetime.
  const averages: Partial<Record<DimensionId, number>> = {};
  for (const d of DIMENSION_IDS) if (trends[d].length > 0) averages[d] = mean(trends[d].slice(-5).map((p) => p.score));

  const used = new Set(ordered.flatMap((a) => a.techniques));
  const faults = new Set(ordered.flatMap((a) => a.faults));
  return {
    totalAttempts: ordered.length,
    scenarios: scenarioRows,
    trends,
    averages,
    techniquesUsed: rubric.techniques.map((t) => t.id).filter((id) => used.has(id)),
    techniquesNeverUsed: rubric.techniques.map((t) => t.id).filter((id) => !used.has(id)),
    faultsCommitted: rubric.faults.map((f) => f.id).filter((id) => faults.has(id)),
    suggestion: suggest(averages, scenarioRows, scenarios, rubric),
  };
}

function suggest(
  averages: Partial<Record<DimensionId, number>>,
  played: ScenarioProgress[],
  scenarios: readonly ScenarioCoverage[],
  rubric: Rubric,
): Suggestion | null {
  const measured = DIMENSION_IDS.filter((d) => averages[d] !== undefined);
  if (measured.length === 0 || scenarios.length === 0) return null;
  // Weakest first; among equals, the dimension the rubric weighs more.
  const weight = (d: DimensionId): number => rubric.dimensions.find((x) => x.id === d)?.weight ?? 1;
  const weakest = [...measured].sort((a, b) => averages[a]! - averages[b]! || weight(b) - weight(a) || a.localeCompare(b))[0]!;
  const candidates = scenarios.filter((s) => s.dimensions.includes(weakest));
  if (candidates.length === 0) return null;
  const best = (id: string): number | undefined => played.find((p) => p.scenarioId === id)?.best;
  const unplayed = candidates.filter((c) => best(c.meta.id) === undefined).sort((a, b) => a.meta.difficulty - b.meta.difficulty || a.meta.id.localeCompare(b.meta.id));
  if (unplayed[0]) return { dimension: weakest, average: averages[weakest]!, scenarioId: unplayed[0].meta.id, reason: 'never-played' };
  const lowest = [...candidates].sort((a, b) => best(a.meta.id)! - best(b.meta.id)! || a.meta.id.localeCompare(b.meta.id))[0]!;
  return { dimension: weakest, average: averages[weakest]!, scenarioId: lowest.meta.id, reason: 'lowest-score' };
}
