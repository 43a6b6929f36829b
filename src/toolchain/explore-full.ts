// The full exploration: memoised on (Ink state, whole scoring context), so branches that rejoin
// with different histories stay apart and the state space is close to the path tree. It is the
// reference the reduced explorer (explore.ts) is tested against and benchmarked with.
import { Session, type SessionCore } from '../core/session/session.ts';
import { emptyExploration, makeStateKey, runawayFrom, type Exploration, type ExploreOptions, type InkStateJson, type Runaway } from './explore-common.ts';
import { gainVector, summariseGraph, type Node } from './explore-graph.ts';

export function exploreFull(options: ExploreOptions): Exploration {
  const { storyJson, meta, rubric } = options;
  const maxStates = options.maxStates ?? 250_000;
  const progressEvery = options.progressEvery ?? 2_000;
  const session = new Session({ storyJson, meta, rubric, seed: options.seed ?? 0, budget: options.budget });
  const stateKey = makeStateKey(options.significant);
  let runaway: Runaway | null = null;
  try {
    session.start();
  } catch (error) {
    runaway = runawayFrom(error, []);
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
      runaway = runawayFrom(error, stack.map((f) => f.next - 1));
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

  const { bounds, endingBest, bestPath, bestPathsByWin } = summariseGraph(nodes, rootId, rootGain, rubric);
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

