// Turns raw points into 0–100 per dimension against what the scenario can actually reach, then
// applies the rubric's overall rules: red lines cap the overall, and a won ending leaves out the
// dimensions that no path to that ending could earn.
import { DIMENSION_IDS, type DimensionId, type Rubric } from '../schemas/rubric.ts';
import type { EndingBest, Evidence, RawPoints, ScoreBounds, Scores } from '../schemas/score.ts';
import type { OutcomeKind } from '../story/story-tags.ts';

export interface Normalised {
  scores: Scores;
  overall: number;
  /** Dimensions this scenario gives no way to win or lose points in. */
  notAssessed: string[];
  /** Red-line faults committed, in the order first committed; any one caps the overall. */
  redLines: string[];
  /** Dimensions the ending reached gave no chance to earn: left out of this run's overall. */
  outOfReach: string[];
  /** The overall before the red-line cap (equal to overall when nothing capped it). */
  uncapped: number;
}

export interface OverallRules {
  redLines?: readonly string[];
  outOfReach?: readonly string[];
}

const WINS: readonly string[] = ['sale', 'meeting'];

/**
 * A dimension with reachable positive points scores earned/best (below zero counts as zero).
 * A penalty-only dimension (best 0, worst below 0) starts at 100 and falls to 0 at the worst
 * reachable path. A dimension nothing can move is not assessed and leaves the overall alone.
 */
export function normaliseDimension(raw: number, min: number, max: number): number | null {
  const high = Math.max(max, 0);
  const low = max > 0 ? 0 : Math.min(min, 0);
  if (high === low) return null;
  const ratio = (raw - low) / (high - low);
  return Math.round(100 * Math.min(1, Math.max(0, ratio)));
}

/** Red-line fault ids in the evidence, each once, in the order they were committed. */
export function redLinesOf(evidence: readonly Evidence[], rubric: Rubric): string[] {
  const lines: string[] = [];
  for (const e of evidence) {
    if (e.reason !== 'fault' || e.item === null || lines.includes(e.item)) continue;
    if (rubric.faults.find((f) => f.id === e.item)?.redLine) lines.push(e.item);
  }
  return lines;
}

/**
 * On a won ending (in-context rubrics only), the dimensions that can earn points somewhere in the
 * scenario but on no path to this kind of ending: a sale is not marked down for lacking the
 * follow-up plan that only a "call me next week" ending could hold.
 */
export function outOfReachFor(outcome: OutcomeKind | null, raw: RawPoints, bounds: ScoreBounds, endingBest: EndingBest | undefined, rubric: Rubric): DimensionId[] {
  if (!rubric.rules.inContext || outcome === null || !WINS.includes(outcome)) return [];
  const best = endingBest?.[outcome];
  if (!best) return [];
  // A penalty the trainee could have avoided on the way to this ending still counts.
  return DIMENSION_IDS.filter((d) => bounds[d].max > 0 && best[d] <= 0 && raw[d] >= best[d]);
}

export function normalise(raw: RawPoints, bounds: ScoreBounds, rubric: Rubric, rules: OverallRules = {}): Normalised {
  const scores: Scores = {};
  const notAssessed: string[] = [];
  const outOfReach = new Set(rules.outOfReach ?? []);
  let weighted = 0;
  let weights = 0;
  for (const id of DIMENSION_IDS) {
    const b = bounds[id];
    const score = normaliseDimension(raw[id], b.min, b.max);
    if (score === null) {
      notAssessed.push(id);
      continue;
    }
    if (outOfReach.has(id)) continue;
    scores[id] = score;
    const weight = rubric.dimensions.find((d) => d.id === id)?.weight ?? 1;
    weighted += weight * score;
    weights += weight;
  }
  const uncapped = weights === 0 ? 0 : Math.round(weighted / weights);
  const redLines = [...(rules.redLines ?? [])];
  const cap = rubric.rules.redLineCap;
  const overall = redLines.length > 0 && cap !== undefined ? Math.min(uncapped, cap) : uncapped;
  return { scores, overall, notAssessed, redLines, outOfReach: DIMENSION_IDS.filter((d) => outOfReach.has(d)), uncapped };
}
