// Every compiled scenario version by content hash, and which cohorts may play which. Shipped
// versions are open to every cohort; published ones to the cohort that published them. A cohort's
// trainer may withdraw either from its trainees without losing a thing: a retired publication
// (cohort_scenarios.retired_at) or a hidden shipped scenario (cohort_hidden_shipped) leaves the
// trainees' list and cannot be fetched or started by them, while its attempts stay. A version
// keeps the score bounds of the rubric it was checked under, and gets those of any other rubric
// an attempt names the first time one does (bounds-under-rubric.ts, run in the checking worker),
// kept per (hash, rubric).
import type { ShippedScenario } from '../../contract/cohort-admin.ts';
import type { PublishedVersion, ScenarioVersion } from '../../contract/scenarios.ts';
import type { Clock } from '../../core/clock.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { ScenarioMeta, type Language } from '../../core/schemas/scenario-meta.ts';
import { EndingBest, ScoreBounds } from '../../core/schemas/score.ts';
import type { Database, Queryable } from '../db/database.ts';
import type { Checker } from '../checking/checker.ts';
import type { StoryReads } from './bounds-under-rubric.ts';

interface VersionRow {
  content_hash: string;
  scenario_id: string;
  language: Language;
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

// What the cohort's trainees may play now: ACCESSIBLE less retired publications and hidden shipped
// scenarios. A version reached by both arms keeps the one still open (its source and since).
const AVAILABLE = `
  SELECT content_hash, scenario_id, language, title,
         CASE WHEN shipped_open THEN 'shipped' ELSE 'cohort' END AS source,
         greatest(CASE WHEN shipped_open THEN shipped_at END, CASE WHEN published_open THEN published_at END) AS since
    FROM (SELECT v.content_hash, v.scenario_id, v.language, v.title, v.shipped_at, cs.published_at,
                 v.shipped_at IS NOT NULL AND h.scenario_id IS NULL AS shipped_open,
                 cs.cohort_id IS NOT NULL AND cs.retired_at IS NULL AS published_open
            FROM scenario_versions v
            LEFT JOIN cohort_scenarios cs ON cs.content_hash = v.content_hash AND cs.cohort_id = $1
            LEFT JOIN cohort_hidden_shipped h ON h.cohort_id = $1 AND h.scenario_id = v.scenario_id) o
   WHERE shipped_open OR published_open`;

// A cohort's own publications, retired ones too.
const PUBLISHED = `
  SELECT v.content_hash, v.scenario_id, v.language, v.title, 'cohort' AS source, cs.published_at AS since,
         cs.retired_at IS NOT NULL AS retired
    FROM cohort_scenarios cs JOIN scenario_versions v ON v.content_hash = cs.content_hash`;

/** A version ready to score under one rubric: bounds and reach found under it, and its best path there. */
export interface ScoredVersion {
  bundle: ScenarioBundle;
  bestPath: number[];
}

/** A version as the checker leaves it: bounded under `bundle.rubricVersion`, with the counts its story reads. */
export interface CheckedVersion extends ScoredVersion {
  reads: StoryReads | null;
}

export type ScoredLookup = { ok: true; version: ScoredVersion } | { ok: false; reason: string };

const CACHE_LIMIT = 256;

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
}

export class ScenarioStore {
  // Content-addressed, so a cached bundle can never go stale, even with other processes writing.
  private readonly cache = new Map<string, ScenarioBundle>();
  /** Per "<hash>/<rubric version>"; a promise, so requests arriving together explore once. */
  private readonly scored = new Map<string, Promise<ScoredLookup>>();

  /**
   * `checker` re-bounds a version under another rubric in a worker, off the event loop;
   * `maxStates`: the most states a version is explored to when re-bounded.
   */
  constructor(
    private readonly db: Database, private readonly clock: Clock, private readonly checker: Checker, private readonly maxStates = 250_000,
  ) {}

  /**
   * Stores a version (once per hash) with the bounds of the rubric it was checked under; marks it
   * shipped now when `shipped`. A version stored earlier under another rubric keeps its row, and
   * these bounds are kept beside it for attempts under this rubric.
   */
  async save(version: CheckedVersion, shipped: boolean, tx: Queryable = this.db): Promise<void> {
    const { bundle, bestPath, reads } = version;
    const now = new Date(this.clock.now()).toISOString();
    // A version stored before its reads were kept gets them now.
    const [row] = await tx.query<{ rubric_version: string }>(
      `INSERT INTO scenario_versions
         (content_hash, scenario_id, language, title, meta, bounds, ending_best, best_path, story_json, rubric_version,
          story_reads, shipped_at, created_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8::jsonb, $9, $10, $11::jsonb, $12::timestamptz, $13::timestamptz)
       ON CONFLICT (content_hash) DO UPDATE SET shipped_at = coalesce(excluded.shipped_at, scenario_versions.shipped_at),
                                                story_reads = coalesce(scenario_versions.story_reads, excluded.story_reads)
       RETURNING rubric_version`,
      [
        bundle.contentHash, bundle.meta.id, bundle.language, bundle.meta.title, JSON.stringify(bundle.meta),
        JSON.stringify(bundle.bounds), bundle.endingBest ? JSON.stringify(bundle.endingBest) : null, JSON.stringify(bestPath),
        bundle.storyJson, bundle.rubricVersion, reads ? JSON.stringify(reads) : null, shipped ? now : null, now,
      ],
    );
    if (row && row.rubric_version !== bundle.rubricVersion) await this.saveBounds({ bundle, bestPath }, tx);
  }

  private async saveBounds(scored: ScoredVersion, tx: Queryable = this.db): Promise<void> {
    const { bundle, bestPath } = scored;
    await tx.query(
      `INSERT INTO scenario_bounds (content_hash, rubric_version, bounds, ending_best, best_path, created_at)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6::timestamptz)
       ON CONFLICT (content_hash, rubric_version) DO NOTHING`,
      [
        bundle.contentHash, bundle.rubricVersion, JSON.stringify(bundle.bounds),
        bundle.endingBest ? JSON.stringify(bundle.endingBest) : null, JSON.stringify(bestPath), new Date(this.clock.now()).toISOString(),
      ],
    );
  }

  async markShipped(contentHash: string): Promise<void> {
    await this.db.query('UPDATE scenario_versions SET shipped_at = $2::timestamptz WHERE content_hash = $1', [contentHash, new Date(this.clock.now()).toISOString()]);
  }

  /** Saves the version and opens it to the cohort; publishing an old (or retired) version again makes it current. */
  async publish(cohortId: string, version: CheckedVersion): Promise<void> {
    const { bundle } = version;
    await this.db.transaction(async (tx) => {
      await this.save(version, false, tx);
      await tx.query(
        `INSERT INTO cohort_scenarios (cohort_id, content_hash, published_at) VALUES ($1, $2, $3::timestamptz)
         ON CONFLICT (cohort_id, content_hash) DO UPDATE SET published_at = excluded.published_at, retired_at = NULL`,
        [cohortId, bundle.contentHash, new Date(this.clock.now()).toISOString()],
      );
    });
  }

  /**
   * The version if it was ever open to this cohort, retired or hidden ones included (what its
   * trainer may still fetch); null for unknown hashes and other cohorts' versions alike.
   */
  async accessible(cohortId: string, contentHash: string): Promise<ScenarioVersion | null> {
    const [row] = await this.db.query<VersionRow>(`SELECT * FROM (${ACCESSIBLE}) a WHERE content_hash = $2`, [cohortId, contentHash]);
    return row ? toVersion(row) : null;
  }

  /** The version if this cohort's trainees may play it now: neither retired nor hidden. */
  async available(cohortId: string, contentHash: string): Promise<ScenarioVersion | null> {
    const [row] = await this.db.query<VersionRow>(`SELECT * FROM (${AVAILABLE}) a WHERE content_hash = $2`, [cohortId, contentHash]);
    return row ? toVersion(row) : null;
  }

  /** The version as stored: bounds (and reach) of the rubric it was checked under, `bundle.rubricVersion`. */
  async bundle(contentHash: string): Promise<ScenarioBundle | null> {
    const cached = this.cache.get(contentHash);
    if (cached) return cached;
    const [row] = await this.db.query<{ meta: unknown; language: string; story_json: string; bounds: unknown; ending_best: unknown; rubric_version: string }>(
      'SELECT meta, language, story_json, bounds, ending_best, rubric_version FROM scenario_versions WHERE content_hash = $1',
      [contentHash],
    );
    if (!row) return null;
    const bundle = ScenarioBundle.parse({
      meta: ScenarioMeta.parse(row.meta), language: row.language, storyJson: row.story_json,
      contentHash, bounds: ScoreBounds.parse(row.bounds), rubricVersion: row.rubric_version,
      ...(row.ending_best === null ? {} : { endingBest: EndingBest.parse(row.ending_best) }),
    });
    remember(this.cache, contentHash, bundle);
    return bundle;
  }

  /**
   * The version with bounds and best path under `rubric`: as stored when it was checked under
   * that rubric, else as found once before (scenario_bounds), else explored now and kept.
   * null for an unknown hash; a refusal when the story is too large to bound.
   */
  async scoredUnder(contentHash: string, rubric: Rubric): Promise<ScoredLookup | null> {
    const stored = await this.bundle(contentHash);
    if (!stored) return null;
    if (stored.rubricVersion === rubric.version) return { ok: true, version: { bundle: stored, bestPath: await this.bestPath(contentHash) } };
    const key = `${contentHash}/${rubric.version}`;
    let lookup = this.scored.get(key);
    if (!lookup) {
      lookup = this.findBounds(stored, rubric);
      remember(this.scored, key, lookup);
      // A failed lookup (database trouble) is not kept: the next attempt asks again.
      lookup.catch(() => this.scored.delete(key));
    }
    return lookup;
  }

  /** The best path found when the version was checked (under `bundle(hash).rubricVersion`). */
  async bestPath(contentHash: string): Promise<number[]> {
    const [row] = await this.db.query<{ best_path: number[] }>('SELECT best_path FROM scenario_versions WHERE content_hash = $1', [contentHash]);
    return row?.best_path ?? [];
  }

  private async findBounds(stored: ScenarioBundle, rubric: Rubric): Promise<ScoredLookup> {
    const [row] = await this.db.query<{ bounds: unknown; ending_best: unknown; best_path: number[] }>(
      'SELECT bounds, ending_best, best_path FROM scenario_bounds WHERE content_hash = $1 AND rubric_version = $2',
      [stored.contentHash, rubric.version],
    );
    if (row) {
      const bundle = ScenarioBundle.parse({
        ...stored, bounds: ScoreBounds.parse(row.bounds), rubricVersion: rubric.version, endingBest: undefined,
        ...(row.ending_best === null ? {} : { endingBest: EndingBest.parse(row.ending_best) }),
      });
      return { ok: true, version: { bundle, bestPath: row.best_path } };
    }
    const [version] = await this.db.query<{ story_reads: StoryReads | null }>(
      'SELECT story_reads FROM scenario_versions WHERE content_hash = $1', [stored.contentHash],
    );
    // A refusal (too many states, or past the checker's time or memory limit) is kept with the
    // lookup like a result: asking again would only spend the same worker time again.
    const found = await this.checker.rebound(stored, rubric, this.maxStates, version?.story_reads ?? null);
    if (!found.ok) return found;
    await this.saveBounds(found);
    return { ok: true, version: { bundle: found.bundle, bestPath: found.bestPath } };
  }

  /**
   * The current version of each scenario and language this cohort's trainees may play: retiring
   * the newest version of one brings back the newest still open. `withdrawn`: over every version
   * ever open to the cohort instead (for naming a scenario that has since been withdrawn).
   */
  async current(cohortId: string, options: { withdrawn?: boolean } = {}): Promise<ScenarioVersion[]> {
    const rows = await this.db.query<VersionRow>(
      `SELECT DISTINCT ON (scenario_id, language) * FROM (${options.withdrawn ? ACCESSIBLE : AVAILABLE}) a
        ORDER BY scenario_id, language, since DESC, content_hash`,
      [cohortId],
    );
    return rows.map(toVersion);
  }

  /** Every version this cohort has published, newest first, retired ones marked. */
  async published(cohortId: string): Promise<PublishedVersion[]> {
    const rows = await this.db.query<VersionRow & { retired: boolean }>(
      `${PUBLISHED} WHERE cs.cohort_id = $1 ORDER BY cs.published_at DESC, v.content_hash`,
      [cohortId],
    );
    return rows.map((r) => ({ ...toVersion(r), retired: r.retired }));
  }

  /** One version this cohort published, or null. */
  async publishedVersion(cohortId: string, contentHash: string): Promise<PublishedVersion | null> {
    const [row] = await this.db.query<VersionRow & { retired: boolean }>(
      `${PUBLISHED} WHERE cs.cohort_id = $1 AND cs.content_hash = $2`,
      [cohortId, contentHash],
    );
    return row ? { ...toVersion(row), retired: row.retired } : null;
  }

  /** The current shipped version of each scenario and language, and whether this cohort hides it. */
  async shipped(cohortId: string): Promise<ShippedScenario[]> {
    const rows = await this.db.query<VersionRow & { hidden: boolean }>(
      `SELECT DISTINCT ON (v.scenario_id, v.language)
              v.content_hash, v.scenario_id, v.language, v.title, 'shipped' AS source, v.shipped_at AS since,
              h.scenario_id IS NOT NULL AS hidden
         FROM scenario_versions v
         LEFT JOIN cohort_hidden_shipped h ON h.cohort_id = $1 AND h.scenario_id = v.scenario_id
        WHERE v.shipped_at IS NOT NULL
        ORDER BY v.scenario_id, v.language, v.shipped_at DESC, v.content_hash`,
      [cohortId],
    );
    return rows.map((r) => ({ ...toVersion(r), hidden: r.hidden }));
  }
}
