// What a trainer sees of the cohort: members, attempts, average score per dimension, and per
// scenario which choices trainees take at each decision point (and what those choices cost).
// Every count and average takes each play once (repeats.ts): re-sending a run changes none.
// A removed member leaves the member list and count; their attempts stay in the attempt list.
// The answers' shapes are the contract's (src/contract); this maps the database's rows to them.
import type { z } from 'zod';
import type { CohortAttempt } from '../../contract/attempts.ts';
import type { CohortSummary } from '../../contract/cohorts.ts';
import type {
  AttemptFilters, DecisionPoint, DimensionAverages, DimensionReport, Member, VersionChoices,
} from '../../contract/trainer-dashboard.ts';
import type { ModeFilter } from '../../contract/common.ts';
import { DIMENSION_IDS } from '../../core/schemas/rubric.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { Queryable } from '../db/database.ts';
import { attemptView, type AttemptRow } from '../attempts/attempt-view.ts';
import { firstOfItsPlay, repeatOf } from './repeats.ts';

export async function cohortSummary(db: Queryable, cohortId: string): Promise<CohortSummary | null> {
  const [row] = await db.query<{
    id: string; name: string; join_code: string; pass_mark: number; created_at: string; members: number; attempts: number; repeats: number;
  }>(
    `SELECT c.id, c.name, c.join_code, c.pass_mark, c.created_at,
            (SELECT count(*)::int FROM trainees t WHERE t.cohort_id = c.id AND t.removed_at IS NULL) AS members, s.attempts, s.repeats
       FROM cohorts c
      CROSS JOIN LATERAL (SELECT count(*)::int AS attempts, coalesce(sum(p.copies - 1), 0)::int AS repeats
                            FROM (SELECT count(*) AS copies FROM attempts a WHERE a.cohort_id = c.id GROUP BY a.play_key) p) s
      WHERE c.id = $1`,
    [cohortId],
  );
  return row ? {
    cohortId: row.id, name: row.name, joinCode: row.join_code, passMark: row.pass_mark, createdAt: row.created_at,
    members: row.members, attempts: row.attempts, repeats: row.repeats,
  } : null;
}

export async function members(db: Queryable, cohortId: string): Promise<Member[]> {
  const rows = await db.query<{
    id: string; display_name: string; created_at: string; attempts: number; exam_attempts: number; abandoned_exams: number;
    best: number | null; average: number | null; last_at: string | null; repeats: number;
  }>(
    `SELECT t.id, t.display_name, t.created_at,
            count(p.play_key)::int AS attempts,
            count(p.play_key) FILTER (WHERE p.mode = 'exam' AND p.status = 'finished')::int AS exam_attempts,
            count(p.play_key) FILTER (WHERE p.mode = 'exam' AND p.status = 'abandoned')::int AS abandoned_exams,
            max(p.overall) FILTER (WHERE p.mode = 'exam' AND p.status = 'finished') AS best,
            round((avg(p.overall) FILTER (WHERE p.mode = 'exam' AND p.status = 'finished'))::numeric, 1)::float8 AS average,
            max(p.last_at) AS last_at,
            coalesce(sum(p.copies - 1), 0)::int AS repeats
       FROM trainees t
       -- one row per play (its mode, status and score are part of what makes it that play)
       LEFT JOIN (SELECT a.play_key, a.trainee_id, a.mode, a.status, a.overall, max(a.submitted_at) AS last_at, count(*) AS copies
                    FROM attempts a WHERE a.cohort_id = $1
                   GROUP BY a.play_key, a.trainee_id, a.mode, a.status, a.overall) p ON p.trainee_id = t.id
      WHERE t.cohort_id = $1 AND t.removed_at IS NULL
      GROUP BY t.id, t.display_name, t.created_at
      ORDER BY t.name_key, t.id`,
    [cohortId],
  );
  return rows.map((r) => ({
    traineeId: r.id, displayName: r.display_name, joinedAt: r.created_at, attempts: r.attempts, examAttempts: r.exam_attempts,
    abandonedExams: r.abandoned_exams, bestOverall: r.best, averageOverall: r.average, lastAttemptAt: r.last_at, repeats: r.repeats,
  }));
}

/** The attempts a query selects, as validated (the mode filled in). */
type AttemptFilter = z.infer<typeof AttemptFilters>;

function filterSql(filter: AttemptFilter, params: unknown[], alias = 'a'): string {
  const where: string[] = [];
  if (filter.trainee !== undefined) where.push(`${alias}.trainee_id = $${params.push(filter.trainee)}`);
  if (filter.scenario !== undefined) where.push(`${alias}.scenario_id = $${params.push(filter.scenario)}`);
  if (filter.mode !== 'all') where.push(`${alias}.mode = $${params.push(filter.mode)}`);
  return where.map((w) => ` AND ${w}`).join('');
}

const COHORT_ATTEMPTS = `SELECT a.*, t.display_name, ${repeatOf()} AS repeat_of
                           FROM attempts a JOIN trainees t ON t.id = a.trainee_id WHERE a.cohort_id = $1`;
type CohortAttemptRow = AttemptRow & { display_name: string; repeat_of: string | null };
const cohortAttemptView = (r: CohortAttemptRow): CohortAttempt => ({ ...attemptView(r), displayName: r.display_name, repeatOf: r.repeat_of });

/** Newest first; `next` is the cursor for the following page, null at the end. */
export async function attempts(
  db: Queryable, cohortId: string, filter: AttemptFilter, limit: number, before?: number,
): Promise<{ attempts: CohortAttempt[]; next: number | null }> {
  const params: unknown[] = [cohortId];
  let sql = `${COHORT_ATTEMPTS}${filterSql(filter, params)}`;
  if (before !== undefined) sql += ` AND a.seq < $${params.push(before)}`;
  sql += ` ORDER BY a.seq DESC LIMIT $${params.push(limit + 1)}`;
  const rows = await db.query<CohortAttemptRow>(sql, params);
  const page = rows.slice(0, limit);
  return {
    attempts: page.map(cohortAttemptView),
    next: rows.length > limit ? page.at(-1)!.seq : null,
  };
}

/** One attempt of the cohort as the list shows it, with its row (for replaying it); null when it is not the cohort's. */
export async function cohortAttempt(db: Queryable, cohortId: string, attemptId: string): Promise<{ row: AttemptRow; attempt: CohortAttempt } | null> {
  const [row] = await db.query<CohortAttemptRow>(`${COHORT_ATTEMPTS} AND a.id = $2`, [cohortId, attemptId]);
  return row ? { row, attempt: cohortAttemptView(row) } : null;
}

/** Averages leave abandoned exams out (a score "as it stood" when the trainee left measures no skill), and repeats. */
export async function dimensionAverages(db: Queryable, cohortId: string, filter: AttemptFilter): Promise<DimensionReport> {
  const params: unknown[] = [cohortId];
  const rows = await db.query<{ trainee_id: string | null; display_name: string | null; dimension: string; average: number; attempts: number }>(
    `SELECT p.trainee_id, t.display_name, d.key AS dimension,
            round(avg(d.value::numeric), 1)::float8 AS average, count(*)::int AS attempts
       FROM (SELECT a.trainee_id, a.scores FROM attempts a
              WHERE a.cohort_id = $1 AND a.status = 'finished'${filterSql(filter, params)}
              GROUP BY a.play_key, a.trainee_id, a.scores) p
       JOIN trainees t ON t.id = p.trainee_id
       CROSS JOIN LATERAL jsonb_each_text(p.scores) d
      GROUP BY GROUPING SETS ((d.key), (p.trainee_id, t.display_name, d.key))
      ORDER BY t.display_name NULLS FIRST, p.trainee_id, d.key`,
    params,
  );
  const report: DimensionReport = { cohort: {}, trainees: [] };
  const order = (averages: DimensionAverages): DimensionAverages =>
    Object.fromEntries(DIMENSION_IDS.filter((d) => averages[d]).map((d) => [d, averages[d]!]));
  const byTrainee = new Map<string, DimensionReport['trainees'][number]>();
  for (const r of rows) {
    const dim = r.dimension as (typeof DIMENSION_IDS)[number];
    if (r.trainee_id === null) {
      report.cohort[dim] = { average: r.average, attempts: r.attempts };
      continue;
    }
    let entry = byTrainee.get(r.trainee_id);
    if (!entry) {
      entry = { traineeId: r.trainee_id, displayName: r.display_name ?? '', dimensions: {} };
      byTrainee.set(r.trainee_id, entry);
      report.trainees.push(entry);
    }
    entry.dimensions[dim] = { average: r.average, attempts: r.attempts };
  }
  report.cohort = order(report.cohort);
  for (const t of report.trainees) t.dimensions = order(t.dimensions);
  return report;
}

/** Over finished attempts (an abandoned exam's final score is no result to average), each play once. */
export async function choiceStatistics(
  db: Queryable, cohortId: string, scenarioId: string, mode: ModeFilter, contentHash?: string,
): Promise<VersionChoices[]> {
  const params: unknown[] = [cohortId, scenarioId];
  const modeSql = ` AND a.status = 'finished'${mode === 'all' ? '' : ` AND a.mode = $${params.push(mode)}`}`;
  const hashSql = contentHash === undefined ? '' : ` AND a.content_hash = $${params.push(contentHash)}`;
  const versions = await db.query<{ content_hash: string; language: Language; title: string; attempts: number }>(
    `SELECT a.content_hash, v.language, v.title, count(DISTINCT a.play_key)::int AS attempts
       FROM attempts a JOIN scenario_versions v ON v.content_hash = a.content_hash
      WHERE a.cohort_id = $1 AND a.scenario_id = $2${modeSql}${hashSql}
      GROUP BY a.content_hash, v.language, v.title ORDER BY attempts DESC, a.content_hash`,
    params,
  );
  const stats = await db.query<{
    content_hash: string; point: string; choice_index: number; choice_text: string; prompt: string; step: number;
    count: number; average_points: number; average_overall: number; faults: string[];
  }>(
    `SELECT d.content_hash, d.point, d.choice_index, min(d.choice_text) AS choice_text, min(d.prompt) AS prompt,
            min(d.step) AS step, count(*)::int AS count,
            round(avg(d.points)::numeric, 2)::float8 AS average_points,
            round(avg(a.overall)::numeric, 1)::float8 AS average_overall,
            (array_agg(d.faults))[1] AS faults
       FROM attempt_decisions d JOIN attempts a ON a.id = d.attempt_id
      WHERE a.cohort_id = $1 AND a.scenario_id = $2${modeSql}${hashSql}
        AND ${firstOfItsPlay('a', 'r.cohort_id = $1 AND r.scenario_id = $2')}
      GROUP BY d.content_hash, d.point, d.choice_index`,
    params,
  );
  return versions.map((v) => {
    const points = new Map<string, DecisionPoint>();
    for (const s of stats.filter((x) => x.content_hash === v.content_hash)) {
      let p = points.get(s.point);
      if (!p) {
        p = { point: s.point, step: s.step, prompt: s.prompt, visits: 0, choices: [] };
        points.set(s.point, p);
      }
      p.step = Math.min(p.step, s.step);
      p.visits += s.count;
      p.choices.push({
        index: s.choice_index, text: s.choice_text, count: s.count, share: 0,
        averagePoints: s.average_points, averageOverall: s.average_overall, faults: s.faults,
      });
    }
    for (const p of points.values()) {
      for (const c of p.choices) c.share = Math.round((c.count / p.visits) * 1000) / 1000;
      p.choices.sort((a, b) => b.count - a.count || a.index - b.index);
    }
    return {
      contentHash: v.content_hash, language: v.language, title: v.title, attempts: v.attempts,
      points: [...points.values()].sort((a, b) => a.step - b.step || b.visits - a.visits || a.point.localeCompare(b.point)),
    };
  });
}
