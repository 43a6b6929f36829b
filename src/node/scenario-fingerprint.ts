// A hash of everything that decides a checked scenario: its folder's and _lib's Ink files, the
// rubric and the core's code. Equal fingerprints mean checking again would give the same result.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { Rubric } from '../core/schemas/rubric.ts';

const CORE_DIR = fileURLToPath(new URL('../core/', import.meta.url));

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

let coreFingerprint: string | null = null;

export function sourceKey(file: string, storiesDir: string, rubric: Rubric): string {
  coreFingerprint ??= codeFiles(CORE_DIR).reduce((h, f) => h.update(relative(CORE_DIR, f)).update(readFileSync(f)), createHash('sha256')).digest('hex');
  const hash = createHash('sha256').update(coreFingerprint).update(JSON.stringify(rubric)).update(relative(storiesDir, file));
  for (const f of [...inkFiles(dirname(file)), ...inkFiles(join(storiesDir, '_lib'))]) hash.update(f).update(readFileSync(f));
  return hash.digest('hex');
}

export { inkFiles };
