// The explored state graph and what is computed over it once exploration is done: score bounds,
// best points per ending kind, and the best path. Shared by the reduced explorer (explore.ts)
// and the full one it is checked against (explore-full.ts).
import { DIMENSION_IDS, type DimensionId, type Rubric } from '../core/schemas/rubric.ts';
import type { EndingBest, RawPoints, ScoreBounds } from '../core/schemas/score.ts';
import { OUTCOME_KINDS } from '../core/story/story-tags.ts';
import { normaliseDimension } from '../core/scoring/normalise.ts';

export interface Edge {
  choice: number;
  child: number;
  gain: number[];
}

export interface Node {
  edges: Edge[];
  /** For a node where the conversation is over: its outcome, or "none". */
  ending?: string;
}

const DIMS = DIMENSION_IDS;

export function gainVector(points: RawPoints): number[] {
  return DIMS.map((d) => points[d]);
}

export interface GraphSummary {
  bounds: ScoreBounds;
  endingBest: EndingBest;
  bestPath: number[];
  bestPathsByWin: Partial<Record<'sale' | 'meeting', number[]>>;
}

export function summariseGraph(nodes: Node[], rootId: number, rootGain: number[], rubric: Rubric): GraphSummary {
  const bounds = computeBounds(nodes, rootId, rootGain);
  const endingBest = computeEndingBest(nodes, rootId, rootGain);
  const bestPath = computeBestPath(nodes, rootId, bounds, rubric);
  const bestPathsByWin: GraphSummary['bestPathsByWin'] = {};
  if (rubric.rules.inContext) {
    for (const kind of ['sale', 'meeting'] as const) {
      const reach = endingBest[kind];
      if (!reach) continue;
      const skip = new Set(DIMS.filter((d) => bounds[d].max > 0 && reach[d] <= 0));
      const path = computeBestPath(nodes, rootId, bounds, rubric, kind, skip);
      if (path.length > 0) bestPathsByWin[kind] = path;
    }
  }
  return { bounds, endingBest, bestPath, bestPathsByWin };
}

export function zeroBounds(): ScoreBounds {
  return Object.fromEntries(DIMS.map((d) => [d, { min: 0, max: 0 }])) as ScoreBounds;
}

/** Children before parents: nodes are numbered in DFS pre-order and loop edges were dropped. */
export function postOrder(nodes: Node[], root: number): number[] {
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
