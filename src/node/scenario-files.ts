// Node adapter: reads scenario sources from disk and finds scenario files under folders.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkScenario, type CheckResult } from '../toolchain/check-scenario.ts';
import type { Rubric } from '../core/schemas/rubric.ts';

const SCENARIO_FILE = /^(en|zh-CN)\.ink$/;

/** Paths are handled relative to `root` with forward slashes, as the core expects. */
export function toPosix(path: string, root = process.cwd()): string {
  const rel = relative(root, resolve(path));
  return (rel.startsWith('..') ? resolve(path) : rel).split(sep).join('/');
}

export function readSource(root = process.cwd()): (path: string) => string | null {
  return (path: string) => {
    const full = resolve(root, path);
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : null;
  };
}

/** Scenario files under the given files or folders: en.ink / zh-CN.ink, skipping _lib. */
export function findScenarioFiles(targets: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('_') || name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (SCENARIO_FILE.test(name)) found.push(full);
    }
  };
  for (const target of targets) {
    if (!existsSync(target)) throw new Error(`${target}: no such file or folder`);
    if (statSync(target).isDirectory()) walk(target);
    else found.push(target);
  }
  return found;
}

export function checkFile(
  path: string,
  rubric: Rubric,
  onProgress?: (states: number) => void,
): CheckResult {
  const file = toPosix(path);
  const source = readFileSync(path, 'utf8');
  return checkScenario({ file, source, read: readSource(), rubric, ...(onProgress ? { onProgress } : {}) });
}
