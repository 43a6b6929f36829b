// Compiles Ink source to story JSON with inkjs's compiler. Only build tools, CLIs, the server and
// the authoring worker import this: the game's runtime bundle never carries the compiler.
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { Diagnostic } from '../core/schemas/diagnostic.ts';
import { joinPath, dirname } from '../core/util/posix-path.ts';

/** Reads an INCLUDEd file by its normalised path; null when it does not exist. */
export type ReadSource = (path: string) => string | null;

/** A knot, stitch or choice of the compiled story with the source line it came from. */
export interface SourcePoint {
  path: string;
  file: string;
  line: number | null;
}

export interface StoryStructure {
  /** Knots and stitches, by their Ink path ("knot" or "knot.stitch"). */
  containers: SourcePoint[];
  /** Every choice point, by the path the runtime reports as Choice.sourcePath. */
  choices: SourcePoint[];
  /**
   * Containers whose visit counts or turn indices the story itself reads. The story is compiled
   * counting every visit (so the checker sees which knots are reached); only these counts can
   * change what happens next, so the explorer may merge states that differ in the others.
   */
  significant: { visits: string[]; turns: string[]; turnCount: boolean };
}

export interface CompileResult {
  json: string | null;
  structure: StoryStructure;
  diagnostics: Diagnostic[];
  /** Every file the compile read, main file first, for watchers and content hashes. */
  files: string[];
}

const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

export function parseCompilerMessage(raw: string, mainFile: string): Diagnostic {
  const m = MESSAGE.exec(raw.trim());
  if (!m) return { severity: 'error', file: mainFile, line: null, message: raw.trim(), code: 'ink-syntax' };
  const [, level, file, line, message] = m;
  const isError = level === 'ERROR' || level === 'RUNTIME ERROR';
  // inkjs names an INCLUDEd file as written in the INCLUDE line, relative to the main file.
  const where = file === undefined || file === mainFile ? mainFile : joinPath(dirname(mainFile), file);
  return {
    severity: isError ? 'error' : 'warning',
    file: where,
    line: line === undefined ? null : Number(line),
    message: (message ?? '').trim(),
    code: level === 'TODO' ? 'ink-todo' : isError ? 'ink-syntax' : 'ink-warning',
  };
}

export function compileInk(mainFile: string, source: string, read: ReadSource): CompileResult {
  const files = [mainFile];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (raw: string): void => {
    if (seen.has(raw)) return; // inkjs repeats some messages
    seen.add(raw);
    diagnostics.push(parseCompilerMessage(raw, mainFile));
  };
  const root = dirname(mainFile);
  const fileHandler = {
    ResolveInkFilename: (name: string): string => joinPath(root, name),
    LoadInkFileContents: (path: string): string => {
      const text = read(path);
      if (text === null) throw new Error(`ERROR: '${mainFile}' line 1: cannot find INCLUDEd file "${path}"`);
      if (!files.includes(path)) files.push(path);
      return text;
    },
  };
  const options = new CompilerOptions(mainFile, [], true, (message: string) => report(message), fileHandler);
  const compiler = new Compiler(source, options);
  let json: string | null = null;
  let structure: StoryStructure = { containers: [], choices: [], significant: { visits: [], turns: [], turnCount: true } };
  try {
    const story = compiler.Compile();
    json = story.ToJson() ?? null;
    structure = readStructure(story.mainContentContainer as unknown as InkNode, mainFile);
    structure.significant = readSignificantCounts(source, mainFile, fileHandler, json ?? '');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message !== 'Compilation failed.') report(message.startsWith('ERROR') ? message : `ERROR: ${message}`);
  }
  for (const raw of [...compiler.errors, ...compiler.warnings]) report(raw);
  if (diagnostics.some((d) => d.severity === 'error')) json = null;
  return { json, structure, diagnostics, files };
}

function readSignificantCounts(
  source: string, mainFile: string, fileHandler: CompilerOptions['fileHandler'], json: string,
): StoryStructure['significant'] {
  const visits: string[] = [];
  const turns: string[] = [];
  const compiler = new Compiler(source, new CompilerOptions(mainFile, [], false, () => undefined, fileHandler));
  const seen = new Set<InkNode>();
  const visit = (node: InkNode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node.visitsShouldBeCounted) visits.push(node.path?.toString() ?? '');
    if (node.turnIndexShouldBeCounted) turns.push(node.path?.toString() ?? '');
    for (const child of node.content ?? []) if (child && typeof child === 'object') visit(child);
    for (const child of node.namedContent?.values() ?? []) visit(child);
  };
  visit(compiler.Compile().mainContentContainer as unknown as InkNode);
  // TURNS() reads the global turn counter; it compiles to the "turn" control command.
  return { visits, turns, turnCount: json.includes('"turn"') };
}

// The compiled object model, duck-typed: inkjs's bundled classes are minified, so instanceof
// and constructor names cannot be relied on.
interface InkNode {
  path?: { toString(): string };
  debugMetadata?: { startLineNumber: number; fileName: string | null } | null;
  content?: InkNode[];
  namedContent?: Map<string, InkNode>;
  pathOnChoice?: unknown;
  onceOnly?: boolean;
  visitsShouldBeCounted?: boolean;
  turnIndexShouldBeCounted?: boolean;
}

function readStructure(root: InkNode, mainFile: string): StoryStructure {
  const containers: SourcePoint[] = [];
  const choices: SourcePoint[] = [];
  const seen = new Set<InkNode>();
  const point = (node: InkNode): SourcePoint => {
    const file = node.debugMetadata?.fileName ?? mainFile;
    return {
      path: node.path?.toString() ?? '',
      file: file === mainFile ? mainFile : joinPath(dirname(mainFile), file),
      line: node.debugMetadata?.startLineNumber ?? null,
    };
  };
  const visit = (node: InkNode, depth: number): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if ('pathOnChoice' in node && typeof node.onceOnly === 'boolean') choices.push(point(node));
    for (const child of node.content ?? []) if (child && typeof child === 'object') visit(child, depth + 1);
    if (node.namedContent) {
      for (const [name, child] of node.namedContent) {
        // Knots sit at depth 0, stitches at depth 1; deeper names are gathers and labels.
        if (depth <= 1 && !name.startsWith('global ') && child.content) containers.push(point(child));
        visit(child, depth + 1);
      }
    }
  };
  visit(root, 0);
  // Gathers, choice bodies and sequences get generated names ("0", "c-1", "g-0", "s-2").
  const generated = /^(\d+|[cgs]-\d+)$/;
  const named = containers.filter((c) => c.path !== '' && !c.path.split('.').some((part) => generated.test(part)));
  return { containers: named, choices, significant: { visits: [], turns: [], turnCount: true } };
}
