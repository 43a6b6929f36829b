// Checks one scenario source as the authoring page sees it: the trainer's text as
// stories/<id>/<language>.ink with the shared customer library beside it, so INCLUDE and the
// id-equals-folder rule behave exactly as in the repository. It holds the compiler, so only the
// checking worker (check-worker.ts) runs it (and Node, in tests); the page reads what it needs
// of a source's text with source-fields.ts.
import customerLib from '../../../stories/_lib/customer.ink?raw';
import { checkScenario, type CheckResult } from '../../toolchain/check-scenario.ts';
import { compileInk, type SourcePoint } from '../../toolchain/compile.ts';
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { scenarioFile } from './source-fields.ts';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';

export const LIBRARY_FILES: Readonly<Record<string, string>> = { 'stories/_lib/customer.ink': customerLib };

export const readLibrary = (path: string): string | null => LIBRARY_FILES[path] ?? null;

export interface CompiledOutline {
  diagnostics: Diagnostic[];
  /** Knots and stitches of the trainer's own file (no library functions), in source order. */
  knots: SourcePoint[];
}

/** The quick first pass: Ink errors and the knot list, before the state space is explored. */
export function compileSource(source: string, language: Language): CompiledOutline {
  const file = scenarioFile(source, language);
  const compiled = compileInk(file, source, readLibrary);
  const functions = new Set([...source.matchAll(/^\s*==+\s*function\s+([A-Za-z_]\w*)/gm)].map((m) => m[1]));
  const knots = compiled.structure.containers
    .filter((c) => c.file === file && !functions.has(c.path.split('.')[0]))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { diagnostics: compiled.diagnostics, knots };
}

export function checkSource(source: string, language: Language, onProgress?: (states: number) => void): CheckResult {
  return checkScenario({
    file: scenarioFile(source, language), source, read: readLibrary, rubric: courseRubric,
    ...(onProgress ? { onProgress } : {}),
  });
}
