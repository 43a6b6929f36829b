// The branch map's layered layout.
import { describe, expect, it } from 'vitest';
import { layoutGraph, nodeHeight, routeEdge, widestRow, LAYOUT } from '../../src/authoring/map/layout-graph.ts';
import { buildBranchGraph } from '../../src/authoring/map/branch-graph.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { readFileSync } from 'node:fs';

const nodes = [
  { id: 'start', rows: 0 }, { id: 'a', rows: 2 }, { id: 'b', rows: 3 }, { id: 'c', rows: 1 }, { id: 'orphan', rows: 1 },
];
const edges = [{ from: 'start', to: 'a' }, { from: 'start', to: 'b' }, { from: 'a', to: 'c' }, { from: 'b', to: 'c' }, { from: 'c', to: 'a' }];

const overlaps = (p: { x: number; y: number; width: number; height: number }, q: typeof p): boolean =>
  p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

describe('layoutGraph', () => {
  it('puts each node one row below the nearest node that leads to it', () => {
    const layout = layoutGraph(nodes, edges, 'start');
    expect(['start', 'a', 'b', 'c'].map((id) => layout.nodes.get(id)?.rank)).toEqual([0, 1, 1, 2]);
    expect(layout.nodes.get('c')!.y).toBeGreaterThan(layout.nodes.get('b')!.y + layout.nodes.get('b')!.height);
    expect(layout.nodes.get('a')!.y).toBe(layout.nodes.get('b')!.y);
  });

  it('places what the start cannot reach in a row of its own, after the rest', () => {
    const layout = layoutGraph(nodes, edges, 'start');
    const orphan = layout.nodes.get('orphan')!;
    expect(orphan.connected).toBe(false);
    expect(orphan.rank).toBe(3);
    expect([...layout.nodes.values()].filter((n) => n.id !== 'orphan').every((n) => n.connected)).toBe(true);
  });

  it('sizes nodes by their rows and never overlaps two of them', () => {
    const layout = layoutGraph(nodes, edges, 'start');
    expect(layout.nodes.get('b')!.height).toBe(nodeHeight(3));
    expect(nodeHeight(0)).toBe(LAYOUT.header);
    const placed = [...layout.nodes.values()];
    for (const p of placed) for (const q of placed) if (p !== q) expect(overlaps(p, q)).toBe(false);
    for (const p of placed) {
      expect(p.x + p.width).toBeLessThanOrEqual(layout.width);
      expect(p.y + p.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('is deterministic and lays out a real scenario without overlaps', () => {
    const source = readFileSync('stories/outbound-bundle/en.ink', 'utf8');
    const graph = buildBranchGraph(source, courseRubric);
    const input = graph.nodes.map((n) => ({ id: n.id, rows: n.choices.length }));
    const first = layoutGraph(input, graph.edges, graph.root);
    const second = layoutGraph(input, graph.edges, graph.root);
    expect([...first.nodes.entries()]).toEqual([...second.nodes.entries()]);
    const placed = [...first.nodes.values()];
    expect(placed).toHaveLength(graph.nodes.length);
    for (const p of placed) for (const q of placed) if (p !== q) expect(overlaps(p, q)).toBe(false);
    expect(placed.filter((p) => !p.connected).map((p) => p.id)).toEqual([]);
  });

  it('orders a row by where its predecessors sit, so edges cross less', () => {
    const layout = layoutGraph(
      [{ id: 's', rows: 0 }, { id: 'p1', rows: 0 }, { id: 'p2', rows: 0 }, { id: 'q2', rows: 0 }, { id: 'q1', rows: 0 }],
      [{ from: 's', to: 'p1' }, { from: 's', to: 'p2' }, { from: 'p1', to: 'q1' }, { from: 'p2', to: 'q2' }],
      's',
    );
    expect(layout.nodes.get('q1')!.x).toBeLessThan(layout.nodes.get('q2')!.x);
  });

  it('routes an edge into the top of a node below, the left of a node further right, or round the right', () => {
    const box = { x: 100, y: 200, width: 200, height: 80 };
    expect(routeEdge(150, 100, box)).toBe('M150,100 C150,150 200,150 200,200');
    expect(routeEdge(20, 100, box)).toBe(`M20,100 C60,100 60,${200 + LAYOUT.header / 2} 100,${200 + LAYOUT.header / 2}`);
    const out = 300 + LAYOUT.loopRoom - 16;
    expect(routeEdge(290, 400, box)).toBe(`M290,400 C${out},400 ${out},${200 + LAYOUT.header / 2} 300,${200 + LAYOUT.header / 2}`);
  });

  it('sizes nodes to the width it is given and reports the widest row', () => {
    const layout = layoutGraph(nodes, edges, 'start', 360);
    expect([...layout.nodes.values()].every((n) => n.width === 360)).toBe(true);
    expect(layout.nodes.get('b')!.x).toBe(LAYOUT.margin + 360 + LAYOUT.gapX);
    expect(widestRow(layout)).toBe(2);
  });
});
