// Node adapter: finds scenario files under folders and reads Ink sources from disk. It loads no
// compiler, so the server's event loop may use it (checking a file is check-file.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

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
