// Explores a scenario's whole state space, memoised on (Ink state, scoring context), and reports
// what is reachable: endings, needs, objections, choice points, and the lowest and highest raw
// points per dimension over all complete paths, with one best path.
import { DIMENSION_IDS, type DimensionId, type Rubric } from '../core/schemas/rubric.ts';
import type { ScenarioMeta } from '../core/schemas/scenario-meta.ts';
import type { EndingBest, RawPoints, ScoreBounds } from '../core/schemas/score.ts';
import { OUTCOME_KINDS } from '../core/story/story-tags.ts';
import { Session, type SessionCore } from '../core/session/session.ts';
import { contextKey } from '../core/scoring/score-state.ts';
import { normaliseDimension } from '../core/scoring/normalise.ts';
import { hash64 } from '../core/util/fast-hash.ts';
import { StoryBudgetError, type BudgetKind, type RunBudget } from '../core/story/run-budget.ts';

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

interface Edge {
  choice: number;
  child: number;
  gain: number[];
}

interface Node {
  edges: Edge[];
  /** For a node where the conversation is over: its outcome, or "none". */
  ending?: string;
}

const DIMS = DIMENSION_IDS;

function gainVector(points: RawPoints): number[] {
  return DIMS.map((d) => points[d]);
}

interface InkStateJson {
  flows?: Record<string, { callstack?: unknown; choiceThreads?: unknown; currentChoices?: unknown }>;
  currentFlowName?: string;
  variablesState?: unknown;
  evalStack?: unknown;
  visitCounts?: Record<string, number>;
  turnIndices?: Record<string, number>;
  turnIdx?: number;
  previousRandom?: number;
}

type StateKeyFn = (core: SessionCore, ink: InkStateJson) => string;

/**
 * The memo key keeps only what can change the rest of the conversation: the call stack,
 * the choices on offer, variables, the counts the story reads, the random state and the scoring
 * context. Printed output and counts nobody reads are left out, so branches that rejoin merge.
 */
function makeStateKey(significant: ExploreOptions['significant']): StateKeyFn {
  if (!significant) return (core) => hash64(`${core.ink}\u0000${contextKey(core.context)}\u0000${core.outcome}\u0000${core.ended}`);
  const visits = new Set(significant.visits);
  const turns = new Set(significant.turns);
  const pick = (counts: Record<string, number> | undefined, keep: Set<string>): Array<[string, number]> =>
    Object.entries(counts ?? {}).filter(([path]) => keep.has(path)).sort(([a], [b]) => a.localeCompare(b));
  return (core, ink) => {
    const flows = Object.entries(ink.flows ?? {}).map(([name, f]) => [name, f.callstack, f.choiceThreads, f.currentChoices]);
    return hash64(JSON.stringify([
      flows, ink.currentFlowName, ink.variablesState, ink.evalStack,
      pick(ink.visitCounts, visits), pick(ink.turnIndices, turns), significant.turnCount ? ink.turnIdx : null,
      ink.previousRandom, contextKey(core.context), core.outcome, core.ended,
    ]));
  };
}

export function explore(options: ExploreOptions): Exploration {
  const { storyJson, meta, rubric } = options;
  const maxStates = options.maxStates ?? 250_000;
  const progressEvery = options.progressEvery ?? 2_000;
  const session = new Session({ storyJson, meta, rubric, seed: options.seed ?? 0, budget: options.budget });
  const stateKey = makeStateKey(options.significant);
  let runaway: Runaway | null = null;
  // A budget error leaves the session unusable: note where and stop exploring, keeping the rest.
  const ranAway = (error: unknown, choices: number[]): boolean => {
    if (!(error instanceof StoryBudgetError)) return false;
    runaway = { kind: error.kind, limit: error.limit, message: error.message, container: error.container, choices };
    return true;
  };
  try {
    session.start();
  } catch (error) {
    if (!ranAway(error, [])) throw error;
    return { ...emptyExploration(), runaway };
  }
  const endings = new Set<string>();
  const needs = new Set<string>();
  const raised = new Set<string>();
  const resolved = new Set<string>();
  const offered = new Set<string>();
  const visited = new Set<string>();
  const techniques = new Set<string>();
  const faults = new Set<string>();
  const loops = new Set<string>();
  const problems = new Set<string>();
  const deadEnds = new Set<string>();
  const collect = (): void => {
    for (const e of session.events) {
      if (e.type === 'need-revealed') needs.add(e.need);
      else if (e.type === 'objection-raised') raised.add(e.objection);
      else if (e.type === 'objection-resolved') { resolved.add(e.objection); raised.add(e.objection); }
      else if (e.type === 'problem' && !e.message.startsWith('the story ended without')) problems.add(e.message);
    }
    for (const ev of session.evidence) {
      if (ev.reason === 'technique' && ev.item) techniques.add(ev.item);
      else if ((ev.reason === 'fault' || ev.reason === 'close-before-signal') && ev.item) faults.add(ev.item);
    }
  };

  const nodes: Node[] = [];
  const ids = new Map<string, number>();
  let edgeCount = 0;
  let truncated = false;

  const rootCore = session.saveCore();
  const parseInk = (core: SessionCore): InkStateJson => {
    const ink = JSON.parse(core.ink) as InkStateJson;
    for (const path of Object.keys(ink.visitCounts ?? {})) visited.add(path);
    return ink;
  };
  collect();
  const rootGain = gainVector(session.rawPoints);

  // Iterative DFS: a frame expands one node; "onStack" detects loops back to an open state.
  const onStack = new Set<number>();
  interface Frame { id: number; core: SessionCore; next: number; count: number; paths: string[] }
  const open = (): number => {
    nodes.push({ edges: [] });
    return nodes.length - 1;
  };
  const rootId = open();
  ids.set(stateKey(rootCore, parseInk(rootCore)), rootId);
  const stack: Frame[] = [];
  const pushFrame = (id: number, core: SessionCore): void => {
    session.loadCore(core);
    if (core.ended) {
      endings.add(core.outcome ?? 'none');
      nodes[id]!.ending = core.outcome ?? 'none';
      return;
    }
    const choices = session.choicesWithTags;
    if (choices.length === 0) {
      endings.add('none');
      nodes[id]!.ending = 'none';
      return;
    }
    for (const c of choices) offered.add(c.sourcePath);
    onStack.add(id);
    stack.push({ id, core, next: 0, count: choices.length, paths: choices.map((c) => c.sourcePath) });
  };
  pushFrame(rootId, rootCore);

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.count) {
      onStack.delete(frame.id);
      stack.pop();
      continue;
    }
    const choice = frame.next++;
    session.loadCore(frame.core);
    try {
      session.choose(choice);
    } catch (error) {
      if (!ranAway(error, stack.map((f) => f.next - 1))) throw error;
      break;
    }
    collect();
    const childCore = session.saveCore();
    if (childCore.ended && childCore.outcome === null) deadEnds.add(frame.paths[choice] ?? '');
    const key = stateKey(childCore, parseInk(childCore));
    const gain = gainVector(session.rawPoints);
    edgeCount++;
    let child = ids.get(key);
    if (child !== undefined) {
      if (onStack.has(child)) {
        loops.add(frame.paths[choice] ?? '');
        continue; // a loop back to an open state adds nothing a path can keep
      }
      nodes[frame.id]!.edges.push({ choice, child, gain });
      continue;
    }
    if (nodes.length >= maxStates) {
      truncated = true;
      continue;
    }
    child = open();
    ids.set(key, child);
    nodes[frame.id]!.edges.push({ choice, child, gain });
    if (nodes.length % progressEvery === 0) options.onProgress?.(nodes.length);
    pushFrame(child, childCore);
  }
  options.onProgress?.(nodes.length);

  const bounds = computeBounds(nodes, rootId, rootGain);
  const endingBest = computeEndingBest(nodes, rootId, rootGain);
  const bestPath = computeBestPath(nodes, rootId, bounds, rubric);
  const bestPathsByWin: Exploration['bestPathsByWin'] = {};
  if (rubric.rules.inContext) {
    for (const kind of ['sale', 'meeting'] as const) {
      const reach = endingBest[kind];
      if (!reach) continue;
      const skip = new Set(DIMS.filter((d) => bounds[d].max > 0 && reach[d] <= 0));
      const path = computeBestPath(nodes, rootId, bounds, rubric, kind, skip);
      if (path.length > 0) bestPathsByWin[kind] = path;
    }
  }
  return {
    states: nodes.length,
    edges: edgeCount,
    truncated,
    endings: [...endings].sort(),
    needsRevealed: [...needs].sort(),
    objectionsRaised: [...raised].sort(),
    objectionsResolved: [...resolved].sort(),
    offeredChoices: [...offered].sort(),
    visitedContainers: [...visited].sort(),
    techniquesUsed: [...techniques].sort(),
    faultsCommitted: [...faults].sort(),
    bounds,
    endingBest,
    bestPath,
    bestPathsByWin,
    loops: [...loops].sort(),
    deadEnds: [...deadEnds].sort(),
    problems: [...problems].sort(),
    runaway,
  };
}

function emptyExploration(): Exploration {
  const zero = Object.fromEntries(DIMS.map((d) => [d, { min: 0, max: 0 }])) as ScoreBounds;
  return {
    states: 0, edges: 0, truncated: false, endings: [], needsRevealed: [], objectionsRaised: [], objectionsResolved: [],
    offeredChoices: [], visitedContainers: [], techniquesUsed: [], faultsCommitted: [], bounds: zero, endingBest: {},
    bestPath: [], bestPathsByWin: {}, loops: [], deadEnds: [], problems: [], runaway: null,
  };
}

/** Children before parents: nodes are numbered in DFS pre-order and loop edges were dropped. */
function postOrder(nodes: Node[], root: number): number[] {
  const order: number[] = [];
  const done = new Uint8Array(nodes.length);
  const stack: Array<[number, number]> = [[root, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [id, i] = top;
    const edges = nodes[id]!.edges;
    if (i < edges.length) {
      top[1] = i + 1;
      const child = edges[i]!.child;
      if (!done[child]) stack.push([child, 0]);
      continue;
    }
    stack.pop();
    if (!done[id]) {
      done[id] = 1;
      order.push(id);
    }
  }
  return order;
}

function computeBounds(nodes: Node[], root: number, rootGain: number[]): ScoreBounds {
  const order = postOrder(nodes, root);
  const hi = new Map<number, number[]>();
  const lo = new Map<number, number[]>();
  for (const id of order) {
    const edges = nodes[id]!.edges;
    if (edges.length === 0) {
      hi.set(id, DIMS.map(() => 0));
      lo.set(id, DIMS.map(() => 0));
      continue;
    }
    hi.set(id, DIMS.map((_, d) => Math.max(...edges.map((e) => e.gain[d]! + hi.get(e.child)![d]!))));
    lo.set(id, DIMS.map((_, d) => Math.min(...edges.map((e) => e.gain[d]! + lo.get(e.child)![d]!))));
  }
  const out = {} as ScoreBounds;
  DIMS.forEach((d: DimensionId, i) => {
    out[d] = { min: rootGain[i]! + lo.get(root)![i]!, max: rootGain[i]! + hi.get(root)![i]! };
  });
  return out;
}

function computeEndingBest(nodes: Node[], root: number, rootGain: number[]): EndingBest {
  const order = postOrder(nodes, root);
  const out: EndingBest = {};
  for (const kind of OUTCOME_KINDS) {
    // Per node, the best points from here to an ending of this kind; null where none is reachable.
    const best = new Map<number, number[] | null>();
    for (const id of order) {
      const node = nodes[id]!;
      if (node.edges.length === 0) {
        best.set(id, node.ending === kind ? DIMS.map(() => 0) : null);
        continue;
      }
      let acc: number[] | null = null;
      for (const e of node.edges) {
        const child = best.get(e.child);
        if (!child) continue;
        const via = DIMS.map((_, d) => e.gain[d]! + child[d]!);
        acc = acc === null ? via : acc.map((v, d) => Math.max(v, via[d]!));
      }
      best.set(id, acc);
    }
    const atRoot = best.get(root);
    if (atRoot) out[kind] = Object.fromEntries(DIMS.map((d, i) => [d, rootGain[i]! + atRoot[i]!])) as Record<DimensionId, number>;
  }
  return out;
}

/**
 * The path with the best weighted overall, treating each dimension's points as a share of its
 * reachable range; ties go to the lower choice index so the answer is stable.
 */
function computeBestPath(nodes: Node[], root: number, bounds: ScoreBounds, rubric: Rubric, kind?: string, skip: ReadonlySet<DimensionId> = new Set()): number[] {
  const scale = DIMS.map((d) => {
    if (skip.has(d)) return 0;
    const b = bounds[d];
    const weight = rubric.dimensions.find((x) => x.id === d)?.weight ?? 1;
    const full = normaliseDimension(b.max, b.min, b.max);
    const none = normaliseDimension(b.min, b.min, b.max);
    if (full === null || none === null) return 0;
    const range = Math.max(b.max, 0) - (b.max > 0 ? 0 : Math.min(b.min, 0));
    return range === 0 ? 0 : weight / range;
  });
  const value = new Map<number, number>();
  const pick = new Map<number, Edge>();
  for (const id of postOrder(nodes, root)) {
    const node = nodes[id]!;
    if (node.edges.length === 0) {
      // With a kind asked for, only paths that end in it count.
      value.set(id, kind === undefined || node.ending === kind ? 0 : -Infinity);
      continue;
    }
    let best = -Infinity;
    let bestEdge: Edge | undefined;
    for (const edge of node.edges) {
      const v = edge.gain.reduce((sum, g, d) => sum + g * scale[d]!, 0) + value.get(edge.child)!;
      if (v === -Infinity) continue;
      if (bestEdge === undefined || v > best + 1e-9) {
        best = v;
        bestEdge = edge;
      }
    }
    value.set(id, best);
    if (bestEdge) pick.set(id, bestEdge);
  }
  if (kind !== undefined && value.get(root) === -Infinity) return [];
  const path: number[] = [];
  let at: number | undefined = root;
  const guard = new Set<number>();
  while (at !== undefined && !guard.has(at)) {
    guard.add(at);
    const edge = pick.get(at);
    if (!edge) break;
    path.push(edge.choice);
    at = edge.child;
  }
  return path;
}
