// Node adapter: checks one scenario file on disk with the toolchain's checker (its INCLUDEs read
// from disk too). It loads the compiler: the server reaches it only from its checking worker.
import { readFileSync } from 'node:fs';
import { checkScenario, type CheckResult } from '../toolchain/check-scenario.ts';
import type { Rubric } from '../core/schemas/rubric.ts';
import { readSource, toPosix } from './scenario-files.ts';

export function checkFile(
  path: string,
  rubric: Rubric,
  onProgress?: (states: number) => void,
): CheckResult {
  const file = toPosix(path);
  const source = readFileSync(path, 'utf8');
  return checkScenario({ file, source, read: readSource(), rubric, ...(onProgress ? { onProgress } : {}) });
}
