// Checks one scenario file of the stories folder for the server's start, through the build's
// check cache (npm start builds first, so this is usually a cache read). Runs inside the checking
// worker, so a hostile file dropped into STORIES_DIR is refused within the limits, not hung on.
import { readFileSync } from 'node:fs';
import { formatDiagnostic } from '../../core/schemas/diagnostic.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import { checkFileCached } from '../../node/check-cache.ts';
import { readSource, toPosix } from '../../node/scenario-files.ts';
import type { ShippedResult } from '../checking/check-jobs.ts';
import { storyReads } from './bounds-under-rubric.ts';

export function checkShippedFile(file: string, storiesDir: string, rubric: Rubric): ShippedResult {
  const { bundle, report } = checkFileCached(file, storiesDir, rubric);
  if (!bundle) return { ok: false, errors: report.errors.map(formatDiagnostic) };
  const reads = storyReads(toPosix(file), readFileSync(file, 'utf8'), readSource());
  return { ok: true, bundle, bestPath: report.bestPath, reads };
}
