// Explores a scenario's whole state space and reports what is reachable: endings, needs,
// objections, choice points, and the lowest and highest raw points per dimension over all
// complete paths, with one best path.
//
// Two passes, because the story never reads the score: what a choice makes the story say (its
// events) depends on the Ink state alone. The first pass plays the story once per distinct Ink
// state and records each step's events. The second walks those steps with the scoring context,
// without running Ink at all, and merges two states when their Ink state is the same and their
// contexts agree on everything a later event could still read (core/scoring/context-projection).
// The result equals the full exploration of explore-full.ts (tests/toolchain/explore-reduced).
import type { Rubric } from '../core/schemas/rubric.ts';
import type { RunEvent } from '../core/schemas/run-event.ts';
import type { Evidence } from '../core/schemas/score.ts';
import { Session, type SessionCore } from '../core/session/session.ts';
import { addEvidence, contextKey, emptyContext, scoreEvent, zeroPoints, type ScoreContext } from '../core/scoring/score-state.ts';
import { eventItems, projectContext, type FutureItem } from '../core/scoring/context-projection.ts';
import { emptyExploration, makeStateKey, runawayFrom, type Exploration, type ExploreOptions, type InkStateJson, type Runaway } from './explore-common.ts';
import { gainVector, summariseGraph, type Node } from './explore-graph.ts';
import { readFlowGraph } from './flow-graph.ts';

export type { Exploration, ExploreOptions, Runaway } from './explore-common.ts';

/** One step of the story from an Ink state: the choice, where it leads, and what it brought. */
interface InkEdge {
  choice: number;
  child: number;
  events: RunEvent[];
  /** The first `replyEvents` events came from the reply's own tags (see Session.replyEvents). */
  replyEvents: number;
}

interface InkNode {
  edges: InkEdge[];
  /** Source paths of the choices on offer, by Ink index. */
  paths: string[];
  ending?: string;
}

interface InkGraph {
  nodes: InkNode[];
  rootEvents: RunEvent[];
  truncated: boolean;
  runaway: Runaway | null;
}

export interface ExploreStats {
  /** Distinct Ink states the story was played from (the first pass). */
  inkStates: number;
}

export function explore(options: ExploreOptions, stats?: ExploreStats): Exploration {
  const { rubric } = options;
  const maxStates = options.maxStates ?? 250_000;
  const found = {
    endings: new Set<string>(), needs: new Set<string>(), raised: new Set<string>(), resolved: new Set<string>(),
    offered: new Set<string>(), visited: new Set<string>(), problems: new Set<string>(), deadEnds: new Set<string>(),
  };
  const ink = playInkGraph(options, maxStates, found);
  if (stats) stats.inkStates = ink.nodes.length;
  if (ink.nodes.length === 0) return { ...emptyExploration(), runaway: ink.runaway };
  const future = futureItems(ink.nodes, rubric);

  const techniques = new Set<string>();
  const faults = new Set<string>();
  const collect = (evidence: readonly Evidence[]): void => {
    for (const ev of evidence) {
      if (ev.reason === 'technique' && ev.item) techniques.add(ev.item);
      else if ((ev.reason === 'fault' || ev.reason === 'close-before-signal') && ev.item) faults.add(ev.item);
    }
  };

  const nodes: Node[] = [];
  const ids = new Map<string, number>();
  const keyOf = (inkId: number, ctx: ScoreContext): string => `${inkId}\u0000${contextKey(ctx)}`;
  const root = scoreStep(emptyContext(), ink.rootEvents, 0, rubric);
  collect(root.evidence);
  const rootCtx = projectContext(root.context, future(0));
  nodes.push({ edges: [] });
  ids.set(keyOf(0, rootCtx), 0);

  interface Frame { id: number; ink: number; ctx: ScoreContext; next: number }
  const onStack = new Set<number>();
  const stack: Frame[] = [];
  const loops = new Set<string>();
  let edgeCount = 0;
  let truncated = ink.truncated;
  const pushFrame = (id: number, inkId: number, ctx: ScoreContext): void => {
    const at = ink.nodes[inkId]!;
    if (at.ending !== undefined) {
      nodes[id]!.ending = at.ending;
      return;
    }
    onStack.add(id);
    stack.push({ id, ink: inkId, ctx, next: 0 });
  };
  pushFrame(0, 0, rootCtx);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const inkNode = ink.nodes[frame.ink]!;
    if (frame.next >= inkNode.edges.length) {
      onStack.delete(frame.id);
      stack.pop();
      continue;
    }
    const edge = inkNode.edges[frame.next++]!;
    const step = scoreStep(frame.ctx, edge.events, edge.replyEvents, rubric);
    collect(step.evidence);
    edgeCount++;
    const ctx = projectContext(step.context, future(edge.child));
    const key = keyOf(edge.child, ctx);
    let child = ids.get(key);
    if (child !== undefined) {
      if (onStack.has(child)) {
        loops.add(inkNode.paths[edge.choice] ?? '');
        continue; // a loop back to an open state adds nothing a path can keep
      }
      nodes[frame.id]!.edges.push({ choice: edge.choice, child, gain: step.gain });
      continue;
    }
    if (nodes.length >= maxStates) {
      truncated = true;
      continue;
    }
    child = nodes.length;
    nodes.push({ edges: [] });
    ids.set(key, child);
    nodes[frame.id]!.edges.push({ choice: edge.choice, child, gain: step.gain });
    pushFrame(child, edge.child, ctx);
  }

  const { bounds, endingBest, bestPath, bestPathsByWin } = summariseGraph(nodes, 0, root.gain, rubric);
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return {
    states: nodes.length,
    edges: edgeCount,
    truncated,
    endings: sorted(found.endings),
    needsRevealed: sorted(found.needs),
    objectionsRaised: sorted(found.raised),
    objectionsResolved: sorted(found.resolved),
    offeredChoices: sorted(found.offered),
    visitedContainers: sorted(found.visited),
    techniquesUsed: sorted(techniques),
    faultsCommitted: sorted(faults),
    bounds,
    endingBest,
    bestPath,
    bestPathsByWin,
    loops: sorted(loops),
    deadEnds: sorted(found.deadEnds),
    problems: sorted(found.problems),
    runaway: ink.runaway,
  };
}

interface Found {
  endings: Set<string>; needs: Set<string>; raised: Set<string>; resolved: Set<string>;
  offered: Set<string>; visited: Set<string>; problems: Set<string>; deadEnds: Set<string>;
}

/** The first pass: every distinct Ink state once, every step from it with the events it brought. */
function playInkGraph(options: ExploreOptions, maxStates: number, found: Found): InkGraph {
  const { storyJson, meta, rubric } = options;
  const progressEvery = options.progressEvery ?? 2_000;
  const session = new Session({ storyJson, meta, rubric, seed: options.seed ?? 0, budget: options.budget });
  const flow = options.significant ? readFlowGraph(storyJson, options.significant.visits) : undefined;
  const stateKey = makeStateKey(options.significant, false, flow);
  let runaway: Runaway | null = null;
  const nodes: InkNode[] = [];
  try {
    session.start();
  } catch (error) {
    runaway = runawayFrom(error, []);
    return { nodes, rootEvents: [], truncated: false, runaway };
  }
  const noteEvents = (events: readonly RunEvent[]): void => {
    for (const e of events) {
      if (e.type === 'need-revealed') found.needs.add(e.need);
      else if (e.type === 'objection-raised') found.raised.add(e.objection);
      else if (e.type === 'objection-resolved') { found.resolved.add(e.objection); found.raised.add(e.objection); }
      else if (e.type === 'problem' && !e.message.startsWith('the story ended without')) found.problems.add(e.message);
    }
  };
  const parseInk = (core: SessionCore): InkStateJson => {
    const state = JSON.parse(core.ink) as InkStateJson;
    for (const path of Object.keys(state.visitCounts ?? {})) found.visited.add(path);
    return state;
  };
  const rootEvents = [...session.events];
  noteEvents(rootEvents);
  const ids = new Map<string, number>();
  const rootCore = session.saveCore();
  interface Frame { id: number; core: SessionCore; next: number; count: number }
  const stack: Frame[] = [];
  let truncated = false;
  const open = (core: SessionCore, key: string): number => {
    const id = nodes.length;
    nodes.push({ edges: [], paths: [] });
    ids.set(key, id);
    session.loadCore(core);
    if (core.ended) {
      nodes[id]!.ending = core.outcome ?? 'none';
      found.endings.add(nodes[id]!.ending!);
      return id;
    }
    const choices = session.choicesWithTags;
    if (choices.length === 0) {
      nodes[id]!.ending = 'none';
      found.endings.add('none');
      return id;
    }
    nodes[id]!.paths = choices.map((c) => c.sourcePath);
    for (const c of choices) found.offered.add(c.sourcePath);
    stack.push({ id, core, next: 0, count: choices.length });
    return id;
  };
  open(rootCore, stateKey(rootCore, parseInk(rootCore)));
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.count) {
      stack.pop();
      continue;
    }
    const choice = frame.next++;
    session.loadCore(frame.core);
    try {
      session.choose(choice);
    } catch (error) {
      runaway = runawayFrom(error, stack.map((f) => f.next - 1));
      break;
    }
    const events = [...session.events];
    const replyEvents = session.replyEvents;
    noteEvents(events);
    const childCore = session.saveCore();
    if (childCore.ended && childCore.outcome === null) found.deadEnds.add(nodes[frame.id]!.paths[choice] ?? '');
    const key = stateKey(childCore, parseInk(childCore));
    let child = ids.get(key);
    if (child === undefined) {
      if (nodes.length >= maxStates) {
        truncated = true;
        continue;
      }
      child = open(childCore, key);
      if (nodes.length % progressEvery === 0) options.onProgress?.(nodes.length);
    }
    nodes[frame.id]!.edges.push({ choice, child, events, replyEvents });
  }
  options.onProgress?.(nodes.length);
  return { nodes, rootEvents, truncated, runaway };
}

/** Applies one step's events to a context, as Session.emit does, and totals their points. */
function scoreStep(ctx: ScoreContext, events: readonly RunEvent[], replyEvents: number, rubric: Rubric): { context: ScoreContext; evidence: Evidence[]; gain: number[] } {
  const faulted = events.slice(0, replyEvents).some((e) => e.type === 'fault');
  const evidence: Evidence[] = [];
  let context = ctx;
  events.forEach((event, i) => {
    const scored = scoreEvent(context, event, rubric, { faulted: faulted && i < replyEvents });
    context = scored.context;
    evidence.push(...scored.evidence);
  });
  return { context, evidence, gain: gainVector(addEvidence(zeroPoints(), evidence)) };
}

/**
 * Per Ink state, the items some step from it (or after it) can bring, as a predicate. Computed
 * backwards over the Ink graph until nothing changes (a story with a loop needs a second round).
 */
function futureItems(nodes: InkNode[], rubric: Rubric): (inkId: number) => (item: FutureItem) => boolean {
  const index = new Map<FutureItem, number>();
  const edgeBits: number[][][] = nodes.map((n) => n.edges.map((e) => {
    const bits: number[] = [];
    for (const event of e.events) {
      for (const item of eventItems(event, rubric)) {
        let i = index.get(item);
        if (i === undefined) index.set(item, (i = index.size));
        bits.push(i);
      }
    }
    return bits;
  }));
  const words = Math.max(1, Math.ceil(index.size / 32));
  const sets = nodes.map(() => new Uint32Array(words));
  for (let changed = true; changed;) {
    changed = false;
    for (let id = nodes.length - 1; id >= 0; id--) {
      const set = sets[id]!;
      nodes[id]!.edges.forEach((edge, k) => {
        for (const bit of edgeBits[id]![k]!) {
          const w = bit >>> 5;
          const m = 1 << (bit & 31);
          if ((set[w]! & m) === 0) { set[w] = set[w]! | m; changed = true; }
        }
        const child = sets[edge.child]!;
        for (let w = 0; w < words; w++) {
          // ">>> 0": bit 31 makes "|" negative, and a Uint32Array reads it back positive.
          const merged = (set[w]! | child[w]!) >>> 0;
          if (merged !== set[w]) { set[w] = merged; changed = true; }
        }
      });
    }
  }
  return (inkId) => {
    const set = sets[inkId]!;
    return (item) => {
      const bit = index.get(item);
      return bit !== undefined && (set[bit >>> 5]! & (1 << (bit & 31))) !== 0;
    };
  };
}
