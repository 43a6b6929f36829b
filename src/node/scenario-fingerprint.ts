// A hash of everything that decides a checked scenario: its folder's and _lib's Ink files, the
// rubric (its version and content) and the engine that checks it — the installed inkjs, which
// compiles and runs the story, and the code of src/core and src/toolchain. Equal fingerprints
// mean checking again would give the same result.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Rubric } from '../core/schemas/rubric.ts';

const SRC_DIR = fileURLToPath(new URL('../', import.meta.url));
const CODE_DIRS = ['core', 'toolchain'].map((dir) => join(SRC_DIR, dir));

/** The engine a check ran on, besides the scenario's own files and the rubric. */
export interface CheckEngine {
  /** The version of the installed inkjs package. */
  inkjsVersion: string;
  /** A hash of the code of src/core and src/toolchain. */
  codeHash: string;
}

function inkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().filter((n) => n.endsWith('.ink')).map((n) => join(dir, n));
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? codeFiles(full) : /\.(ts|js)$/.test(name) ? [full] : [];
  });
}

const PackageJson = z.object({ name: z.string(), version: z.string() });

/** The installed version of a package whose exports hide its package.json: found beside its entry. */
function installedVersion(name: string): string {
  for (let dir = dirname(createRequire(import.meta.url).resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const path = join(dir, 'package.json');
    if (!existsSync(path)) continue;
    const found = PackageJson.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (found.success && found.data.name === name) return found.data.version;
  }
  throw new Error(`cannot find the package.json of ${name}`);
}

function codeHash(): string {
  const hash = createHash('sha256');
  for (const file of CODE_DIRS.flatMap(codeFiles)) hash.update(relative(SRC_DIR, file)).update(readFileSync(file));
  return hash.digest('hex');
}

let installed: CheckEngine | null = null;

/** This checkout's engine, read once per process. */
export function installedEngine(): CheckEngine {
  installed ??= { inkjsVersion: installedVersion('inkjs'), codeHash: codeHash() };
  return installed;
}

export function sourceKey(file: string, storiesDir: string, rubric: Rubric, engine: CheckEngine = installedEngine()): string {
  const hash = createHash('sha256')
    .update(`inkjs ${engine.inkjsVersion}\0`).update(engine.codeHash)
    .update(`rubric ${rubric.version}\0`).update(JSON.stringify(rubric))
    .update(relative(storiesDir, file));
  for (const f of [...inkFiles(dirname(file)), ...inkFiles(join(storiesDir, '_lib'))]) hash.update(f).update(readFileSync(f));
  return hash.digest('hex');
}

export { inkFiles };
