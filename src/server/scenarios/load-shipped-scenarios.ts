// At startup: compiles every scenario under the stories folder (both languages) with the checker
// under the current rubric and stores each version by content hash, open to every cohort. A
// source unchanged since an earlier start (same files, rubric and core code) is taken from the
// database unchecked; any other is checked in the checking worker (through the build's check
// cache), so a file that loops or explodes is reported and skipped instead of hanging the start.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findScenarioFiles } from '../../node/scenario-files.ts';
import { inkFiles, sourceKey } from '../../node/scenario-fingerprint.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Checker } from '../checking/checker.ts';
import type { Database } from '../db/database.ts';
import type { ScenarioStore } from './scenario-store.ts';

export interface ShippedResult {
  loaded: Array<{ scenarioId: string; language: string; contentHash: string }>;
  /** How many of those were unchanged since an earlier start and not checked again. */
  cached: number;
  /** Scenario files that did not compile or broke the contract, with the reasons. */
  rejected: Array<{ file: string; errors: string[] }>;
}

export async function loadShippedScenarios(
  db: Database, store: ScenarioStore, checker: Checker, storiesDir: string, rubric: Rubric,
): Promise<ShippedResult> {
  const result: ShippedResult = { loaded: [], cached: 0, rejected: [] };
  if (!existsSync(storiesDir)) return result;
  for (const file of findScenarioFiles([storiesDir])) {
    const key = sourceKey(file, storiesDir, rubric);
    const [known] = await db.query<{ content_hash: string; scenario_id: string; language: string }>(
      `SELECT s.content_hash, v.scenario_id, v.language FROM shipped_sources s
         JOIN scenario_versions v ON v.content_hash = s.content_hash WHERE s.source_key = $1`,
      [key],
    );
    if (known) {
      await store.markShipped(known.content_hash);
      result.loaded.push({ scenarioId: known.scenario_id, language: known.language, contentHash: known.content_hash });
      result.cached++;
      continue;
    }
    const checked = await checker.checkShipped(file, storiesDir, rubric);
    if (!checked.ok) {
      result.rejected.push({ file, errors: checked.errors });
      continue;
    }
    const { bundle, bestPath, reads } = checked;
    await store.save({ bundle, bestPath, reads }, true);
    await db.query('INSERT INTO shipped_sources (source_key, content_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING', [key, bundle.contentHash]);
    result.loaded.push({ scenarioId: bundle.meta.id, language: bundle.language, contentHash: bundle.contentHash });
  }
  return result;
}

/** The shared library as the checker addresses it: "stories/_lib/<name>.ink" → source. */
export function readInkLibrary(storiesDir: string): Map<string, string> {
  const lib = new Map<string, string>();
  for (const file of inkFiles(join(storiesDir, '_lib'))) {
    lib.set(`stories/_lib/${file.slice(file.lastIndexOf('/') + 1)}`, readFileSync(file, 'utf8'));
  }
  return lib;
}
