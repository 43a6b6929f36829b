// Checks scenario files through an on-disk cache keyed by the scenario fingerprint, so builds and
// dev-server restarts re-explore only the scenarios whose Ink, rubric, inkjs or checking code changed.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ScenarioReport } from '../toolchain/check-scenario.ts';
import type { Rubric } from '../core/schemas/rubric.ts';
import { ScenarioBundle } from '../core/session/scenario-bundle.ts';
import { checkFile } from './check-file.ts';
import { installedEngine, sourceKey, type CheckEngine } from './scenario-fingerprint.ts';

const Cached = z.object({ report: z.record(z.string(), z.unknown()), bundle: ScenarioBundle.nullable() });

export interface CachedCheck {
  report: ScenarioReport;
  bundle: ScenarioBundle | null;
  fromCache: boolean;
}

export function checkFileCached(
  file: string, storiesDir: string, rubric: Rubric, cacheDir = '.cache/scenario-checks', engine: CheckEngine = installedEngine(),
): CachedCheck {
  const path = join(cacheDir, `${sourceKey(file, storiesDir, rubric, engine)}.json`);
  if (existsSync(path)) {
    try {
      const hit = Cached.parse(JSON.parse(readFileSync(path, 'utf8')));
      return { report: hit.report as unknown as ScenarioReport, bundle: hit.bundle, fromCache: true };
    } catch {
      // A damaged cache entry is simply checked again and overwritten.
    }
  }
  const { report, bundle } = checkFile(file, rubric);
  mkdirSync(cacheDir, { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ report, bundle }));
  renameSync(temp, path);
  return { report, bundle, fromCache: false };
}
