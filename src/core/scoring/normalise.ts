// Turns raw points into 0–100 per dimension against what the scenario can actually reach.
import { DIMENSION_IDS, type Rubric } from '../schemas/rubric.ts';
import type { RawPoints, ScoreBounds, Scores } from '../schemas/score.ts';

export interface Normalised {
  scores: Scores;
  overall: number;
  /** Dimensions this scenario gives no way to win or lose points in. */
  notAssessed: string[];
}

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

export function normalise(raw: RawPoints, bounds: ScoreBounds, rubric: Rubric): Normalised {
  const scores: Scores = {};
  const notAssessed: string[] = [];
  let weighted = 0;
  let weights = 0;
  for (const id of DIMENSION_IDS) {
    const b = bounds[id];
    const score = normaliseDimension(raw[id], b.min, b.max);
    if (score === null) {
      notAssessed.push(id);
      continue;
    }
    scores[id] = score;
    const weight = rubric.dimensions.find((d) => d.id === id)?.weight ?? 1;
    weighted += weight * score;
    weights += weight;
  }
  return { scores, overall: weights === 0 ? 0 : Math.round(weighted / weights), notAssessed };
}
