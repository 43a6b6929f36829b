// Plays a scenario with strategies that need no sales skill (always the first reply shown, the
// longest, the shortest, uniformly random) over several seeds, so the checker can warn when a
// scenario's score can be had by guessing. The same Session as the game, so the figures are real.
import type { Rubric } from '../core/schemas/rubric.ts';
import type { ScenarioBundle } from '../core/session/scenario-bundle.ts';
import { Session, type ChoiceView } from '../core/session/session.ts';
import type { RunBudget } from '../core/story/run-budget.ts';
import { seededRandom } from '../core/util/seeded-random.ts';

export interface NaiveFigure {
  /** Mean overall over the runs, to one decimal. */
  overall: number;
  /** Share of runs ending in a sale or a meeting, 0–1. */
  winRate: number;
}

export interface NaiveReport {
  firstShown: NaiveFigure;
  longest: NaiveFigure;
  shortest: NaiveFigure;
  random: NaiveFigure;
}

export const NAIVE_LIMITS = { meanOverall: 50 } as const;

type Pick = (choices: readonly ChoiceView[], next: () => number) => ChoiceView;

const byLength = (sign: 1 | -1): Pick => (choices) =>
  choices.reduce((best, c) => (sign * (c.text.length - best.text.length) > 0 ? c : best));

const STRATEGIES: Record<keyof NaiveReport, { pick: Pick; runs: number }> = {
  firstShown: { pick: (choices) => choices[0]!, runs: 8 },
  longest: { pick: byLength(1), runs: 8 },
  shortest: { pick: byLength(-1), runs: 8 },
  random: { pick: (choices, next) => choices[Math.floor(next() * choices.length)]!, runs: 32 },
};

const MAX_STEPS = 1_000;

function playOnce(bundle: ScenarioBundle, rubric: Rubric, seed: number, pick: Pick, budget?: Partial<RunBudget>): { overall: number; won: boolean } {
  const session = new Session({
    storyJson: bundle.storyJson, meta: bundle.meta, rubric, seed, bounds: bundle.bounds, budget,
    ...(bundle.endingBest ? { endingBest: bundle.endingBest } : {}),
  });
  const next = seededRandom(seed);
  session.start();
  for (let step = 0; step < MAX_STEPS && !session.ended && session.choices.length > 0; step++) {
    session.choose(pick(session.choices, next).index);
  }
  const result = session.result();
  return { overall: result.overall, won: result.outcome === 'sale' || result.outcome === 'meeting' };
}

/** Throws StoryBudgetError if a play runs away (the checker explores first, so it does not). */
export function playNaive(bundle: ScenarioBundle, rubric: Rubric, budget?: Partial<RunBudget>): NaiveReport {
  const figure = ({ pick, runs }: { pick: Pick; runs: number }): NaiveFigure => {
    let total = 0;
    let wins = 0;
    for (let seed = 0; seed < runs; seed++) {
      const run = playOnce(bundle, rubric, seed + 1, pick, budget);
      total += run.overall;
      if (run.won) wins++;
    }
    return { overall: Math.round((10 * total) / runs) / 10, winRate: Math.round((1000 * wins) / runs) / 1000 };
  };
  return {
    firstShown: figure(STRATEGIES.firstShown),
    longest: figure(STRATEGIES.longest),
    shortest: figure(STRATEGIES.shortest),
    random: figure(STRATEGIES.random),
  };
}

/** Why a naive report makes the scenario guessable; empty when it does not. */
export function guessability(report: NaiveReport): string[] {
  const reasons: string[] = [];
  for (const [name, f] of Object.entries(report) as Array<[keyof NaiveReport, NaiveFigure]>) {
    if (f.overall > NAIVE_LIMITS.meanOverall) reasons.push(`always choosing the ${label(name)} averages ${f.overall} (over ${NAIVE_LIMITS.meanOverall})`);
  }
  if (report.longest.winRate > 0) reasons.push(`always choosing the longest reply wins ${Math.round(report.longest.winRate * 100)} % of runs`);
  if (report.shortest.winRate > 0) reasons.push(`always choosing the shortest reply wins ${Math.round(report.shortest.winRate * 100)} % of runs`);
  return reasons;
}

function label(name: keyof NaiveReport): string {
  return { firstShown: 'first reply shown', longest: 'longest reply', shortest: 'shortest reply', random: 'reply at random' }[name];
}
