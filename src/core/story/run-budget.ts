// Run budgets: how much work one advance of a story may do before it is stopped. They count
// work (Ink steps, nesting, lines), never time, so a stopped run stops at the same place on every
// machine and replay stays deterministic. A story that loops without output, prints forever or
// recurses through tunnels is turned into a StoryBudgetError naming where it was, instead of a
// hung tab, a full heap or a blocked server.

export type BudgetKind = 'steps' | 'depth' | 'lines';

export interface RunBudget {
  /** Ink runtime steps one advance may take to reach a choice or an end. */
  steps: number;
  /** Tunnels and functions nested inside each other at once. */
  depth: number;
  /** Lines one advance may print before it reaches a choice or an end. */
  lines: number;
}

/**
 * Measured on the shipped library over every advance the checker makes (all explored states, the
 * best paths and the no-skill plays, 12 files): the largest took 197 steps, nested 1 deep and
 * continued 7 lines. The defaults are 100 to 1,000 times that, yet stop a runaway story within
 * about a second (200,000 steps) and a few megabytes.
 */
export const DEFAULT_RUN_BUDGET: Readonly<RunBudget> = Object.freeze({ steps: 200_000, depth: 100, lines: 2_000 });

/** Where in the story a run was: the knot and, when it is in one, the stitch. */
export interface StoryPlace {
  /** The runtime path, e.g. "spin.0.again.0"; null when Ink reports none. */
  path: string | null;
  knot: string | null;
  stitch: string | null;
}

// Gathers, choice bodies and sequences get generated names; weaves are numbered.
const GENERATED = /^(\d+|[cgs]-\d+)$/;

/** Knot and stitch of a runtime path: labels always sit inside a numbered weave, stitches never. */
export function placeOf(path: string | null): StoryPlace {
  const parts = (path ?? '').split('.').filter((p) => p !== '');
  const knot = parts[0] !== undefined && !GENERATED.test(parts[0]) && parts[0] !== 'global decl' ? parts[0] : null;
  const stitch = knot !== null && parts[1] !== undefined && !GENERATED.test(parts[1]) ? parts[1] : null;
  return { path, knot, stitch };
}

/** "knot \"spin\"", "stitch \"offer.price\"" or "the story's opening (before any knot)". */
export function describePlace(place: StoryPlace): string {
  if (place.knot === null) return 'the story\'s opening (before any knot)';
  return place.stitch === null ? `knot "${place.knot}"` : `stitch "${place.knot}.${place.stitch}"`;
}

export class StoryBudgetError extends Error {
  constructor(readonly kind: BudgetKind, readonly limit: number, readonly place: StoryPlace) {
    super(budgetMessage(kind, limit, place));
    this.name = 'StoryBudgetError';
  }

  /** "knot" or "knot.stitch" where the run was stopped, the way the compiler names containers. */
  get container(): string | null {
    if (this.place.knot === null) return null;
    return this.place.stitch === null ? this.place.knot : `${this.place.knot}.${this.place.stitch}`;
  }
}

function budgetMessage(kind: BudgetKind, limit: number, place: StoryPlace): string {
  const where = `in ${describePlace(place)}`;
  const n = limit.toLocaleString('en');
  if (kind === 'depth') return `tunnels or functions nested more than ${n} deep ${where}`;
  if (kind === 'lines') return `the story printed more than ${n} lines ${where} without reaching a choice or an end`;
  return `the story ran ${n} steps ${where} without reaching a choice or an end`;
}

/** What the author should change, in the checker's words. */
export function budgetAdvice(kind: BudgetKind): string {
  return kind === 'depth'
    ? 'a tunnel or function calls itself without end: make every tunnel return with "->->" and every function stop calling itself'
    : 'a loop never offers a choice: make every loop offer a choice or reach "-> END"';
}

/** A budget with the given overrides, each checked to be a positive whole number. */
export function runBudget(overrides: Partial<RunBudget> = {}): RunBudget {
  const budget = { ...DEFAULT_RUN_BUDGET, ...overrides };
  for (const [key, value] of Object.entries(budget)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`run budget "${key}" must be a whole number of 1 or more, not ${String(value)}`);
  }
  return budget;
}
