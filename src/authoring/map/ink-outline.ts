// Reads the shape of an Ink source for the branch map: knots and stitches, the choices in each
// with their tags and source lines, and where each choice (or the knot itself) diverts to.
// A light line reader, not a compiler: it works while the file still has errors.

export interface OutlineChoice {
  line: number;
  /** 1 for "*", 2 for "* *", … */
  depth: number;
  /** What the trainee sees on the button. */
  label: string;
  /** Tags that belong to the choice (before its "]"). */
  tags: string[];
  /** Resolved knot/stitch paths this choice leads to ("END" for the end of the story). */
  targets: string[];
  /** Outcome kinds written in the choice's body. */
  outcomes: string[];
}

export interface OutlineKnot {
  /** "" for the story's opening, "knot" or "knot.stitch". */
  path: string;
  line: number;
  isFunction: boolean;
  choices: OutlineChoice[];
  /** Diverts outside any choice body (the opening's "-> first_knot", conditional diverts). */
  targets: string[];
  outcomes: string[];
}

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_]\w*)/;
const STITCH = /^\s*=(?!=)\s*([A-Za-z_]\w*)/;
const CHOICE = /^\s*((?:[*+]\s*)+)(.*)$/;
const GATHER = /^\s*((?:-(?!>)\s*)+)(.*)$/;
const DIVERT = /(?:->|<-)\s*([A-Za-z_][\w.]*)/g;
const OUTCOME = /#\s*outcome\s*:\s*([\w-]+)/g;

/** Drops comments; keeps line count so line numbers stay true. */
function stripComments(source: string): string[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let inBlock = false;
  return lines.map((raw) => {
    let line = raw;
    if (inBlock) {
      const end = line.indexOf('*/');
      if (end < 0) return '';
      line = line.slice(end + 2);
      inBlock = false;
    }
    line = line.replace(/\/\*.*?\*\//g, '');
    const open = line.indexOf('/*');
    if (open >= 0) {
      inBlock = true;
      line = line.slice(0, open);
    }
    return line.replace(/(^|[^:])\/\/.*$/, '$1');
  });
}

/** The button text of a choice line: brackets kept inside, tags, logic and diverts removed. */
export function choiceLabel(content: string): string {
  const close = content.indexOf(']');
  const shown = close >= 0 ? content.slice(0, close + 1) : content;
  return shown
    .replace(/^\s*\([\w]+\)\s*/, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/#[^#\]]*/g, '')
    .replace(/->.*$/, '')
    .replace(/[[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tags Ink attaches to the choice: those before "]", or all of them when there is no "]". */
export function choiceTags(content: string): string[] {
  const close = content.indexOf(']');
  const part = close >= 0 ? content.slice(0, close) : content;
  return part.split('#').slice(1).map((t) => t.trim()).filter((t) => t.length > 0);
}

export function readOutline(source: string): OutlineKnot[] {
  const lines = stripComments(source);
  const knots: OutlineKnot[] = [{ path: '', line: 1, isFunction: false, choices: [], targets: [], outcomes: [] }];
  // First pass: every container, so diverts can be resolved against stitches of the same knot.
  let knot = '';
  lines.forEach((line, i) => {
    const k = KNOT.exec(line);
    if (k) {
      knot = k[2]!;
      knots.push({ path: knot, line: i + 1, isFunction: Boolean(k[1]), choices: [], targets: [], outcomes: [] });
      return;
    }
    const s = STITCH.exec(line);
    if (s) knots.push({ path: knot === '' ? s[1]! : `${knot}.${s[1]}`, line: i + 1, isFunction: false, choices: [], targets: [], outcomes: [] });
  });
  const paths = new Set(knots.map((k) => k.path));
  const resolve = (target: string, within: string): string | null => {
    if (target === 'END' || target === 'DONE') return 'END';
    const top = within.split('.')[0] ?? '';
    if (top !== '' && paths.has(`${top}.${target}`)) return `${top}.${target}`;
    if (paths.has(target)) return target;
    const head = target.split('.')[0]!;
    return paths.has(head) ? head : null;
  };

  let current = knots[0]!;
  let byLine = 1;
  const open: OutlineChoice[] = [];
  const add = (list: string[], value: string): void => {
    if (!list.includes(value)) list.push(value);
  };
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (KNOT.test(line) || STITCH.test(line)) {
      current = knots[byLine++] ?? current;
      open.length = 0;
      return;
    }
    if (current.isFunction) return;
    let body = line;
    const c = CHOICE.exec(line);
    const g = c ? null : GATHER.exec(line);
    if (c) {
      const depth = (c[1]!.match(/[*+]/g) ?? []).length;
      while (open.length > 0 && open[open.length - 1]!.depth >= depth) open.pop();
      const choice: OutlineChoice = {
        line: lineNo, depth, label: choiceLabel(c[2]!), tags: choiceTags(c[2]!), targets: [], outcomes: [],
      };
      current.choices.push(choice);
      open.push(choice);
      body = c[2]!;
    } else if (g) {
      const depth = (g[1]!.match(/-/g) ?? []).length;
      while (open.length > 0 && open[open.length - 1]!.depth >= depth) open.pop();
      body = g[2]!;
    }
    const owner = open[open.length - 1];
    for (const m of body.matchAll(DIVERT)) {
      const target = resolve(m[1]!, current.path);
      if (target !== null) add(owner ? owner.targets : current.targets, target);
    }
    for (const m of body.matchAll(OUTCOME)) add(owner ? owner.outcomes : current.outcomes, m[1]!);
  });
  return knots;
}
