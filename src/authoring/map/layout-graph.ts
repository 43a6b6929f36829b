// A layered top-to-bottom layout for the branch map (it sits in a tall, narrow panel): each
// node's row is its distance from the start, nodes in a row are ordered by where their
// predecessors sit (barycentre sweeps), and nothing the start cannot reach is mixed in with
// what it can.

export interface LayoutNodeInput {
  id: string;
  /** Rows of content under the node's header (its choices). */
  rows: number;
}

export interface LayoutEdgeInput {
  from: string;
  to: string;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rank: number;
  /** False for nodes no path of edges from the root reaches. */
  connected: boolean;
}

export interface GraphLayout {
  nodes: Map<string, PlacedNode>;
  width: number;
  height: number;
}

export const LAYOUT = {
  nodeWidth: 270, header: 34, row: 26, padding: 8, gapX: 64, gapY: 48, margin: 24,
  /** Room right of a node for edges that loop back up or along a column. */
  loopRoom: 64,
} as const;

export function nodeHeight(rows: number): number {
  return LAYOUT.header + (rows > 0 ? rows * LAYOUT.row + LAYOUT.padding : 0);
}

export function layoutGraph(
  inputs: readonly LayoutNodeInput[], edges: readonly LayoutEdgeInput[], root: string, nodeWidth: number = LAYOUT.nodeWidth,
): GraphLayout {
  const known = new Set(inputs.map((n) => n.id));
  const out = new Map<string, string[]>();
  const preds = new Map<string, string[]>();
  for (const n of inputs) {
    out.set(n.id, []);
    preds.set(n.id, []);
  }
  for (const e of edges) {
    if (!known.has(e.from) || !known.has(e.to) || e.from === e.to) continue;
    if (!out.get(e.from)!.includes(e.to)) out.get(e.from)!.push(e.to);
    if (!preds.get(e.to)!.includes(e.from)) preds.get(e.to)!.push(e.from);
  }

  // Ranks: breadth-first distance from the root; then from each still-unplaced node, in source
  // order, in rows below everything already placed.
  const rank = new Map<string, number>();
  const connected = new Set<string>();
  const bfs = (start: string, base: number, mark: boolean): void => {
    rank.set(start, base);
    if (mark) connected.add(start);
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.shift()!;
      for (const next of out.get(id)!) {
        if (rank.has(next)) continue;
        rank.set(next, rank.get(id)! + 1);
        if (mark) connected.add(next);
        queue.push(next);
      }
    }
  };
  if (known.has(root)) bfs(root, 0, true);
  for (const n of inputs) {
    if (rank.has(n.id)) continue;
    bfs(n.id, Math.max(-1, ...rank.values()) + 1, false);
  }

  const columns: string[][] = []; // one per rank: the nodes of a row, left to right
  for (const n of inputs) {
    const r = rank.get(n.id)!;
    (columns[r] ??= []).push(n.id);
  }
  // Barycentre ordering: a few sweeps pulling each node towards its predecessors' positions.
  const position = new Map<string, number>();
  const index = (): void => columns.forEach((col) => col.forEach((id, i) => position.set(id, i)));
  index();
  const sourceOrder = new Map(inputs.map((n, i) => [n.id, i]));
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let r = 1; r < columns.length; r++) {
      const col = columns[r];
      if (!col) continue;
      const key = (id: string): number => {
        const ps = preds.get(id)!.filter((p) => (rank.get(p) ?? 0) < r);
        return ps.length === 0 ? position.get(id)! : ps.reduce((s, p) => s + position.get(p)!, 0) / ps.length;
      };
      const keys = new Map(col.map((id) => [id, key(id)]));
      col.sort((a, b) => keys.get(a)! - keys.get(b)! || sourceOrder.get(a)! - sourceOrder.get(b)!);
      index();
    }
  }

  const rows = new Map(inputs.map((n) => [n.id, n.rows]));
  const nodes = new Map<string, PlacedNode>();
  let y = LAYOUT.margin;
  let width = 0;
  columns.forEach((col, r) => {
    const ids = col ?? [];
    const tallest = Math.max(0, ...ids.map((id) => nodeHeight(rows.get(id)!)));
    ids.forEach((id, i) => {
      const x = LAYOUT.margin + i * (nodeWidth + LAYOUT.gapX);
      nodes.set(id, { id, x, y, width: nodeWidth, height: nodeHeight(rows.get(id)!), rank: r, connected: connected.has(id) });
      width = Math.max(width, x + nodeWidth + LAYOUT.loopRoom);
    });
    y += tallest + LAYOUT.gapY;
  });
  const height = Math.max(LAYOUT.margin * 2, y - LAYOUT.gapY + LAYOUT.margin);
  return { nodes, width: Math.max(width, LAYOUT.margin + nodeWidth + LAYOUT.loopRoom), height };
}

/** The most nodes any row holds, for choosing a node width that fits the panel. */
export function widestRow(layout: GraphLayout): number {
  const counts = new Map<number, number>();
  for (const n of layout.nodes.values()) counts.set(n.rank, (counts.get(n.rank) ?? 0) + 1);
  return Math.max(1, ...counts.values());
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * An edge from a point to a node: straight down into the top of a node below, into the left of
 * a node further right, and otherwise out to the right and into the right end of the target's
 * header, so it never runs underneath a card.
 */
export function routeEdge(x1: number, y1: number, to: Box): string {
  const headY = to.y + LAYOUT.header / 2;
  const centre = to.x + to.width / 2;
  if (to.y > y1 + 8 && x1 >= to.x && x1 <= to.x + to.width) {
    const dy = Math.max(24, Math.round((to.y - y1) / 2));
    return `M${x1},${y1} C${x1},${y1 + dy} ${centre},${to.y - dy} ${centre},${to.y}`;
  }
  if (to.x > x1 + 8) {
    const dx = Math.max(30, Math.round((to.x - x1) / 2));
    return `M${x1},${y1} C${x1 + dx},${y1} ${to.x - dx},${headY} ${to.x},${headY}`;
  }
  const right = to.x + to.width;
  const out = Math.max(x1, right) + LAYOUT.loopRoom - 16;
  return `M${x1},${y1} C${out},${y1} ${out},${headY} ${right},${headY}`;
}
