// Which knots and stitches a story can still reach from a point, read from its compiled JSON, so
// the explorer keeps only the visit counts the rest of the story can read. Once-only choices
// ("*") read their own counts, so without this every reply taken stays in the memo key for good
// and branches that rejoin never merge: the state space grows like the path tree.
//
// Conservative by construction: a relative divert stays inside its knot or stitch, a knot
// reaches all its stitches, a variable divert reaches everything, and a knot or stitch reads
// every counted container inside it plus any it names with a read count.

/** A knot ("k"), a stitch ("k.s"), or "" for the story's top-level content. */
type Unit = string;

export interface FlowGraph {
  /** The counted containers (of `counted`) that some code reachable from these paths reads. */
  liveCounts(entryPaths: Iterable<string>): ReadonlySet<string>;
}

const GENERATED = /^(\d+|[cgs]-\d+|\$.*)$/;

export function readFlowGraph(storyJson: string, counted: readonly string[]): FlowGraph {
  const parsed = JSON.parse(storyJson) as { root?: unknown };
  const stitches = new Set<string>();
  const knots = new Set<string>();
  const rootNamed = named(parsed.root);
  for (const [knot, body] of Object.entries(rootNamed)) {
    if (knot === 'global decl') continue;
    knots.add(knot);
    for (const name of Object.keys(named(body))) if (!GENERATED.test(name)) stitches.add(`${knot}.${name}`);
  }
  const unitOf = (path: string): Unit => {
    const parts = path.split('.');
    const first = parts[0] ?? '';
    if (!knots.has(first)) return '';
    const two = parts.length > 1 ? `${first}.${parts[1]}` : '';
    return stitches.has(two) ? two : first;
  };
  const edges = new Map<Unit, Set<Unit>>();
  const reads = new Map<Unit, Set<string>>();
  const everywhere = new Set<Unit>();
  const at = <T>(map: Map<Unit, Set<T>>, unit: Unit): Set<T> => {
    let set = map.get(unit);
    if (!set) map.set(unit, (set = new Set()));
    return set;
  };
  for (const path of counted) at(reads, unitOf(path)).add(path);
  for (const s of stitches) at(edges, s.split('.')[0]!).add(s);

  const walk = (node: unknown, unit: Unit): void => {
    if (Array.isArray(node)) {
      for (const el of node) walk(el, unit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    for (const key of ['->', 'f()', '->t->', '*', '^->']) {
      const target = obj[key];
      if (typeof target !== 'string') continue;
      if (obj.var === true) everywhere.add(unit);
      else if (!target.startsWith('.')) at(edges, unit).add(unitOf(target));
    }
    const read = obj['CNT?'];
    if (typeof read === 'string' && !read.startsWith('.')) at(reads, unit).add(read);
  };
  const walkContainer = (container: unknown, path: string): void => {
    if (!Array.isArray(container)) return;
    const unit = unitOf(path);
    for (let i = 0; i < container.length; i++) {
      const el = container[i];
      if (i === container.length - 1 && el !== null && typeof el === 'object' && !Array.isArray(el)) {
        for (const [name, child] of Object.entries(el as Record<string, unknown>)) {
          if (name === '#f' || name === '#n') continue;
          if (Array.isArray(child)) walkContainer(child, path === '' ? name : `${path}.${name}`);
        }
        continue;
      }
      if (Array.isArray(el)) walkContainer(el, path === '' ? String(i) : `${path}.${i}`);
      else walk(el, unit);
    }
  };
  walkContainer(parsed.root, '');

  const allUnits = new Set<Unit>(['', ...knots, ...stitches]);
  const cache = new Map<string, ReadonlySet<string>>();
  return {
    liveCounts(entryPaths) {
      const entries = [...new Set([...entryPaths].map(unitOf))].sort();
      const key = entries.join('\u0000');
      const known = cache.get(key);
      if (known) return known;
      const seen = new Set<Unit>();
      const todo = [...entries];
      while (todo.length > 0) {
        const unit = todo.pop()!;
        if (seen.has(unit)) continue;
        seen.add(unit);
        const next = everywhere.has(unit) ? allUnits : edges.get(unit);
        for (const n of next ?? []) if (!seen.has(n)) todo.push(n);
      }
      const live = new Set<string>();
      for (const unit of seen) for (const path of reads.get(unit) ?? []) live.add(path);
      cache.set(key, live);
      return live;
    },
  };
}

function named(container: unknown): Record<string, unknown> {
  if (!Array.isArray(container)) return {};
  const last: unknown = container[container.length - 1];
  return last !== null && typeof last === 'object' && !Array.isArray(last) ? (last as Record<string, unknown>) : {};
}

/** Every container path a saved flow points at: where it stands, returns to, and can choose. */
export function flowEntryPaths(flows: unknown): string[] {
  const out: string[] = [];
  const scan = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const el of node) scan(el);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if ((key === 'cPath' || key === 'targetPath') && typeof value === 'string') out.push(value);
      else if (typeof value === 'object') scan(value);
    }
  };
  scan(flows);
  return out;
}
