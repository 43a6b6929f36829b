// The branch map's model: knots as nodes, each with its choices coloured by what they earn on
// the rubric, edges from a choice (or a knot's own divert) to the knot it leads to, and the
// parts the checker found unreachable marked.
import type { Rubric } from '../../core/schemas/rubric.ts';
import { DIMENSION_IDS } from '../../core/schemas/rubric.ts';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import { splitTag } from '../../core/story/tag-syntax.ts';
import { readOutline } from './ink-outline.ts';

export type Worth = 'positive' | 'negative' | 'neutral';

export interface MapChoice {
  line: number;
  depth: number;
  label: string;
  worth: Worth;
  /** Sum of the points the choice's own tags are worth (techniques, faults, ±N). */
  points: number;
  close: boolean;
  outcomes: string[];
  unreachable: boolean;
}

export interface MapNode {
  id: string;
  line: number;
  choices: MapChoice[];
  outcomes: string[];
  unreachable: boolean;
}

export interface MapEdge {
  from: string;
  /** Index into the source node's choices; null for a divert outside any choice. */
  choice: number | null;
  to: string;
}

export interface BranchGraph {
  nodes: MapNode[];
  edges: MapEdge[];
  root: string;
}

const DIMENSIONS = new Set<string>(DIMENSION_IDS);

/** Points a choice's tags are worth, and whether it is a close attempt. */
export function choiceWorth(tags: readonly string[], rubric: Rubric): { points: number; worth: Worth; close: boolean } {
  let points = 0;
  let close = false;
  for (const tag of tags) {
    const { key, value } = splitTag(tag);
    if (DIMENSIONS.has(key)) {
      const n = Number(value.replace(/^\+/, ''));
      if (Number.isFinite(n)) points += n;
    } else if (key === 'technique') points += rubric.techniques.find((t) => t.id === value)?.points ?? 0;
    else if (key === 'fault') points -= rubric.faults.find((f) => f.id === value)?.penalty ?? 0;
    else if (key === 'close') close = true;
  }
  return { points, worth: points > 0 ? 'positive' : points < 0 ? 'negative' : 'neutral', close };
}

/**
 * Builds the graph from the source, marking as unreachable every knot and choice on whose line
 * the checker reported "unreachable-knot" or "unreachable-choice".
 */
export function buildBranchGraph(source: string, rubric: Rubric, warnings: readonly Diagnostic[] = []): BranchGraph {
  const outline = readOutline(source).filter((k) => !k.isFunction);
  const unreachableKnots = new Set(warnings.filter((w) => w.code === 'unreachable-knot').map((w) => w.line));
  const unreachableChoices = new Set(warnings.filter((w) => w.code === 'unreachable-choice').map((w) => w.line));
  const ids = new Set(outline.map((k) => k.path));
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  for (const knot of outline) {
    nodes.push({
      id: knot.path,
      line: knot.line,
      outcomes: knot.outcomes,
      unreachable: knot.path !== '' && unreachableKnots.has(knot.line),
      choices: knot.choices.map((c) => ({
        line: c.line,
        depth: c.depth,
        label: c.label,
        ...choiceWorth(c.tags, rubric),
        outcomes: c.outcomes,
        unreachable: unreachableChoices.has(c.line) || (knot.path !== '' && unreachableKnots.has(knot.line)),
      })),
    });
    for (const to of knot.targets) if (ids.has(to)) edges.push({ from: knot.path, choice: null, to });
    knot.choices.forEach((c, index) => {
      for (const to of c.targets) if (ids.has(to)) edges.push({ from: knot.path, choice: index, to });
    });
  }
  return { nodes, edges, root: '' };
}
