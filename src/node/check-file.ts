// Node adapter: checks one scenario file on disk with the toolchain's checker (its INCLUDEs read
// from disk too). It loads the compiler: the server reaches it only from its checking worker.
import { readFileSync } from 'node:fs';
import { checkScenario, type CheckResult } from '../toolchain/check-scenario.ts';
import type { Rubric } from '../core/schemas/rubric.ts';
import { readSource, toPosix } from './scenario-files.ts';
import { compileInk } from '../toolchain/compile.ts';
import { readFrontMatter } from '../toolchain/front-matter.ts';
import { scanTags } from '../toolchain/source-tags.ts';
import type { ExploreOptions } from '../toolchain/explore.ts';

export function checkFile(
  path: string,
  rubric: Rubric,
  onProgress?: (states: number) => void,
): CheckResult {
  const file = toPosix(path);
  const source = readFileSync(path, 'utf8');
  return checkScenario({ file, source, read: readSource(), rubric, ...(onProgress ? { onProgress } : {}) });
}

/**
 * What the explorers take for one scenario file on disk (compiled, front matter read), for the
 * comparison of the reduced exploration with the full one in tests and `npm run bench`.
 */
export function exploreOptionsForFile(path: string, rubric: Rubric): ExploreOptions {
  const file = toPosix(path);
  const source = readFileSync(path, 'utf8');
  const compiled = compileInk(file, source, readSource());
  const meta = readFrontMatter(scanTags(file, source, true).filter((t) => t.position === 'global').map((t) => t.text)).meta;
  if (compiled.json === null || meta === null) throw new Error(`${file} does not compile: run npm run stories:check -- ${file}`);
  return { storyJson: compiled.json, meta, rubric, significant: compiled.structure.significant };
}
