// Every compiled scenario version by content hash, and which cohorts may play which. Shipped
// versions are open to every cohort; published ones to the cohort that published them.
import type { Clock } from '../../core/ports.ts';
import { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { ScenarioMeta } from '../../core/schemas/scenario-meta.ts';
import { ScoreBounds } from '../../core/schemas/score.ts';
import type { Database, Queryable } from '../db/database.ts';

export interface ScenarioVersion {
  contentHash: string;
  scenarioId: string;
  language: string;
  title: string;
  /** 'shipped' with the game, or published to this cohort by its trainer. */
  source: 'shipped' | 'cohort';
  /** When it was last shipped or published: the newest per scenario and language is current. */
  since: string;
}

interface VersionRow {
  content_hash: string;
  scenario_id: string;
  language: string;
  title: string;
  source: 'shipped' | 'cohort';
  since: string;
  [key: string]: unknown;
}

const toVersion = (r: VersionRow): ScenarioVersion => ({
  contentHash: r.content_hash, scenarioId: r.scenario_id, language: r.language, title: r.title, source: r.source, since: r.since,
});

// Both arms name what this cohort may play; a version both shipped and published shows once.
const ACCESSIBLE = `
  SELECT v.content_hash, v.scenario_id, v.language, v.title,
         CASE WHEN v.shipped_at IS NOT NULL THEN 'shipped' ELSE 'cohort' END AS source,
         greatest(v.shipped_at, cs.published_at) AS since
    FROM scenario_versions v
    LEFT JOIN cohort_scenarios cs ON cs.content_hash = v.content_hash AND cs.cohort_id = $1
   WHERE v.shipped_at IS NOT NULL OR cs.cohort_id IS NOT NULL`;

const CACHE_LIMIT = 256;

export class ScenarioStore {
  // Content-addressed, so a cached bundle can never go stale, even with other processes writing.
  private readonly cache = new Map<string, ScenarioBundle>();

  constructor(private readonly db: Database, private readonly clock: Clock) {}

  /** Stores a version (once per hash); marks it shipped now when `shipped`. */
  async save(bundle: ScenarioBundle, bestPath: number[], rubricVersion: string, shipped: boolean, tx: Queryable = this.db): Promise<void> {
    const now = new Date(this.clock.now()).toISOString();
    await tx.query(
      `INSERT INTO scenario_versions
         (content_hash, scenario_id, language, title, meta, bounds, best_path, story_json, rubric_version, shipped_at, created_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8, $9, $10::timestamptz, $11::timestamptz)
       ON CONFLICT (content_hash) DO UPDATE SET shipped_at = coalesce(excluded.shipped_at, scenario_versions.shipped_at)`,
      [
        bundle.contentHash, bundle.meta.id, bundle.language, bundle.meta.title, JSON.stringify(bundle.meta),
        JSON.stringify(bundle.bounds), JSON.stringify(bestPath), bundle.storyJson, rubricVersion,
        shipped ? now : null, now,
      ],
    );
  }

  async markShipped(contentHash: string): Promise<void> {
    await this.db.query('UPDATE scenario_versions SET shipped_at = $2::timestamptz WHERE content_hash = $1', [contentHash, new Date(this.clock.now()).toISOString()]);
  }

  /** Saves the version and opens it to the cohort; publishing an old version again makes it current. */
  async publish(cohortId: string, bundle: ScenarioBundle, bestPath: number[], rubricVersion: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.save(bundle, bestPath, rubricVersion, false, tx);
      await tx.query(
        `INSERT INTO cohort_scenarios (cohort_id, content_hash, published_at) VALUES ($1, $2, $3::timestamptz)
         ON CONFLICT (cohort_id, content_hash) DO UPDATE SET published_at = excluded.published_at`,
        [cohortId, bundle.contentHash, new Date(this.clock.now()).toISOString()],
      );
    });
  }

  /** The version if this cohort may play it; null for unknown hashes and other cohorts' versions alike. */
  async accessible(cohortId: string, contentHash: string): Promise<ScenarioVersion | null> {
    const [row] = await this.db.query<VersionRow>(`SELECT * FROM (${ACCESSIBLE}) a WHERE content_hash = $2`, [cohortId, contentHash]);
    return row ? toVersion(row) : null;
  }

  async bundle(contentHash: string): Promise<ScenarioBundle | null> {
    const cached = this.cache.get(contentHash);
    if (cached) return cached;
    const [row] = await this.db.query<{ meta: unknown; language: string; story_json: string; bounds: unknown }>(
      'SELECT meta, language, story_json, bounds FROM scenario_versions WHERE content_hash = $1',
      [contentHash],
    );
    if (!row) return null;
    const bundle = ScenarioBundle.parse({
      meta: ScenarioMeta.parse(row.meta), language: row.language, storyJson: row.story_json,
      contentHash, bounds: ScoreBounds.parse(row.bounds),
    });
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(contentHash, bundle);
    return bundle;
  }

  async bestPath(contentHash: string): Promise<number[]> {
    const [row] = await this.db.query<{ best_path: number[] }>('SELECT best_path FROM scenario_versions WHERE content_hash = $1', [contentHash]);
    return row?.best_path ?? [];
  }

  /** The current version of each scenario and language this cohort may play. */
  async current(cohortId: string): Promise<ScenarioVersion[]> {
    const rows = await this.db.query<VersionRow>(
      `SELECT DISTINCT ON (scenario_id, language) * FROM (${ACCESSIBLE}) a
        ORDER BY scenario_id, language, since DESC, content_hash`,
      [cohortId],
    );
    return rows.map(toVersion);
  }

  /** Every version this cohort has published, newest first. */
  async published(cohortId: string): Promise<ScenarioVersion[]> {
    const rows = await this.db.query<VersionRow>(
      `SELECT v.content_hash, v.scenario_id, v.language, v.title, 'cohort' AS source, cs.published_at AS since
         FROM cohort_scenarios cs JOIN scenario_versions v ON v.content_hash = cs.content_hash
        WHERE cs.cohort_id = $1 ORDER BY cs.published_at DESC, v.content_hash`,
      [cohortId],
    );
    return rows.map(toVersion);
  }
}
