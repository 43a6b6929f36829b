// Compares an attempt with the scenario's best path: how many choices they share, where they
// part, and what each path's choice at that step earned.
import type { Evidence } from '../../core/schemas/score.ts';
import type { Walk, WalkStep } from './walk-path.ts';

export interface PathStep {
  text: string;
  evidence: Evidence[];
  points: number;
}

export interface PathComparison {
  /** Leading choices the two paths have in common. */
  shared: number;
  /** The choice number (1-based) where the paths part; null when they never do. */
  divergesAt: number | null;
  yours: PathStep | null;
  best: PathStep | null;
}

const same = (a: WalkStep | undefined, b: WalkStep | undefined): boolean =>
  Boolean(a?.choice && b?.choice && a.choice.index === b.choice.index && a.choice.text === b.choice.text);

const pathStep = (step: WalkStep | undefined): PathStep | null =>
  step?.choice ? { text: step.choice.text, evidence: step.evidence, points: step.evidence.reduce((sum, e) => sum + e.points, 0) } : null;

export function comparePaths(attempt: Walk, best: Walk): PathComparison {
  let shared = 0;
  while (same(attempt.steps[shared + 1], best.steps[shared + 1])) shared += 1;
  const next = shared + 1;
  const yours = pathStep(attempt.steps[next]);
  const bests = pathStep(best.steps[next]);
  return { shared, divergesAt: yours || bests ? next : null, yours, best: bests };
}
