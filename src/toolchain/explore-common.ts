// What both explorers take and report, and the memo key of an Ink state. The reduced explorer
// (explore.ts) is the one the checker uses; the full one (explore-full.ts) is its reference.
import type { Rubric } from '../core/schemas/rubric.ts';
import type { ScenarioMeta } from '../core/schemas/scenario-meta.ts';
import type { EndingBest, ScoreBounds } from '../core/schemas/score.ts';
import type { SessionCore } from '../core/session/session.ts';
import { contextKey } from '../core/scoring/score-state.ts';
import { hash64 } from '../core/util/fast-hash.ts';
import { StoryBudgetError, type BudgetKind, type RunBudget } from '../core/story/run-budget.ts';
import { zeroBounds } from './explore-graph.ts';
import { flowEntryPaths, type FlowGraph } from './flow-graph.ts';

export interface ExploreOptions {
  storyJson: string;
  meta: ScenarioMeta;
  rubric: Rubric;
  seed?: number;
  /** Stop after this many distinct states and report the result as truncated. */
  maxStates?: number;
  onProgress?: (states: number) => void;
  progressEvery?: number;
  /** From the compile: which counts the story reads. Without it every count is kept. */
  significant?: { visits: readonly string[]; turns: readonly string[]; turnCount: boolean };
  /** Overrides of the run budget each advance gets (story/run-budget.ts). */
  budget?: Partial<RunBudget>;
}

/** A run budget the story broke while being explored: exploring stopped there. */
export interface Runaway {
  kind: BudgetKind;
  limit: number;
  message: string;
  /** "knot" or "knot.stitch" the story was in; null before any knot. */
  container: string | null;
  /** Ink choice indices from the start to the advance that ran away (replay inputs). */
  choices: number[];
}

export interface Exploration {
  states: number;
  edges: number;
  truncated: boolean;
  /** Outcome kinds some path reaches; "none" for paths that end without an outcome tag. */
  endings: string[];
  needsRevealed: string[];
  objectionsRaised: string[];
  objectionsResolved: string[];
  offeredChoices: string[];
  visitedContainers: string[];
  techniquesUsed: string[];
  faultsCommitted: string[];
  bounds: ScoreBounds;
  /** Best raw points per dimension over the paths to each ending kind some path reaches. */
  endingBest: EndingBest;
  bestPath: number[];
  /**
   * In-context rubrics only: per won ending kind, the best path to that kind, valuing only the
   * dimensions that ending can earn (the checker replays each candidate and keeps the best).
   */
  bestPathsByWin: Partial<Record<'sale' | 'meeting', number[]>>;
  /** Ink path of a choice point where a loop returns to an identical state. */
  loops: string[];
  /** Source paths of choices after which the story ends with no outcome tag. */
  deadEnds: string[];
  problems: string[];
  /** Set when an advance broke its run budget; the figures then cover only what came before. */
  runaway: Runaway | null;
}

export interface InkStateJson {
  flows?: Record<string, { callstack?: unknown; choiceThreads?: unknown; currentChoices?: unknown }>;
  currentFlowName?: string;
  variablesState?: unknown;
  evalStack?: unknown;
  visitCounts?: Record<string, number>;
  turnIndices?: Record<string, number>;
  turnIdx?: number;
  previousRandom?: number;
}

export type StateKeyFn = (core: SessionCore, ink: InkStateJson) => string;

/**
 * The memo key keeps only what can change the rest of the conversation: the call stack,
 * the choices on offer, variables, the counts the story reads, the random state and (for the
 * full exploration) the whole scoring context. Printed output and counts nobody reads are left out, so branches that rejoin merge.
 */
export function makeStateKey(significant: ExploreOptions['significant'], withContext = true, flow?: FlowGraph): StateKeyFn {
  const context = (core: SessionCore): string => (withContext ? contextKey(core.context) : '');
  if (!significant) return (core) => hash64(`${core.ink}\u0000${context(core)}\u0000${core.outcome}\u0000${core.ended}`);
  const visits = new Set(significant.visits);
  const turns = new Set(significant.turns);
  const pick = (counts: Record<string, number> | undefined, keep: ReadonlySet<string>): Array<[string, number]> =>
    Object.entries(counts ?? {}).filter(([path]) => keep.has(path)).sort(([a], [b]) => a.localeCompare(b));
  return (core, ink) => {
    const flows = Object.entries(ink.flows ?? {}).map(([name, f]) => [name, f.callstack, f.choiceThreads, f.currentChoices]);
    // With the flow graph, a count matters only while code that reads it can still be reached.
    const live = flow ? flow.liveCounts(flowEntryPaths(ink.flows)) : visits;
    return hash64(JSON.stringify([
      flows, ink.currentFlowName, ink.variablesState, ink.evalStack,
      pick(ink.visitCounts, live), pick(ink.turnIndices, turns), significant.turnCount ? ink.turnIdx : null,
      ink.previousRandom, context(core), core.outcome, core.ended,
    ]));
  };
}


export function emptyExploration(): Exploration {
  return {
    states: 0, edges: 0, truncated: false, endings: [], needsRevealed: [], objectionsRaised: [], objectionsResolved: [],
    offeredChoices: [], visitedContainers: [], techniquesUsed: [], faultsCommitted: [], bounds: zeroBounds(), endingBest: {},
    bestPath: [], bestPathsByWin: {}, loops: [], deadEnds: [], problems: [], runaway: null,
  };
}

/**
 * A budget error leaves the session unusable: the explorers note where (replay inputs to the
 * advance that ran away) and stop, keeping the rest. Any other error is not theirs to keep.
 */
export function runawayFrom(error: unknown, choices: number[]): Runaway {
  if (!(error instanceof StoryBudgetError)) throw error;
  return { kind: error.kind, limit: error.limit, message: error.message, container: error.container, choices };
}
