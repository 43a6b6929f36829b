// Leaderboards from each trainee's best verified, finished exam attempt played on the server (an
// abandoned exam never counts): per scenario (best score) and overall (sum of bests over
// scenarios), all-time or one week. Ties go to the earlier submission. A removed member's bests
// stay stored but leave every board (ranks close up behind them).
import type { LeaderboardRow } from '../../contract/leaderboard.ts';
import type { Queryable } from '../db/database.ts';

export const ALL_TIME = 'all';

export interface Board {
  cohortId: string;
  /** null for the overall board. */
  scenarioId: string | null;
  /** ALL_TIME or the week's first day. */
  period: string;
}

interface RankedRow {
  rank: number;
  trainee_id: string;
  display_name: string;
  score: number;
  scenarios: number;
  reached_at: string;
  [key: string]: unknown;
}

function rankedSql(board: Board): { sql: string; params: unknown[] } {
  if (board.scenarioId !== null) {
    return {
      sql: `SELECT e.trainee_id, t.display_name, e.overall AS score, 1 AS scenarios, e.submitted_at AS reached_at,
                   row_number() OVER (ORDER BY e.overall DESC, e.submitted_at, e.seq)::int AS rank
              FROM leaderboard_entries e JOIN trainees t ON t.id = e.trainee_id
             WHERE e.cohort_id = $1 AND e.period = $2 AND e.scenario_id = $3 AND t.removed_at IS NULL`,
      params: [board.cohortId, board.period, board.scenarioId],
    };
  }
  return {
    sql: `SELECT s.trainee_id, t.display_name, s.score, s.scenarios, s.reached_at,
                 row_number() OVER (ORDER BY s.score DESC, s.reached_at, s.last_seq)::int AS rank
            FROM (SELECT trainee_id, sum(overall)::int AS score, count(*)::int AS scenarios,
                         max(submitted_at) AS reached_at, max(seq) AS last_seq
                    FROM leaderboard_entries WHERE cohort_id = $1 AND period = $2
                   GROUP BY trainee_id) s
            JOIN trainees t ON t.id = s.trainee_id
           WHERE t.removed_at IS NULL`,
    params: [board.cohortId, board.period],
  };
}

const toRow = (r: RankedRow): LeaderboardRow => ({
  rank: r.rank, traineeId: r.trainee_id, displayName: r.display_name, score: r.score, scenarios: r.scenarios, reachedAt: r.reached_at,
});

export async function topOf(db: Queryable, board: Board, limit: number): Promise<LeaderboardRow[]> {
  const { sql, params } = rankedSql(board);
  const rows = await db.query<RankedRow>(`SELECT * FROM (${sql}) r ORDER BY rank LIMIT $${params.length + 1}`, [...params, limit]);
  return rows.map(toRow);
}

/** The rows within `radius` places of the trainee, and the trainee's own row (null if unranked). */
export async function aroundOf(
  db: Queryable, board: Board, traineeId: string, radius: number,
): Promise<{ me: LeaderboardRow | null; rows: LeaderboardRow[] }> {
  const { sql, params } = rankedSql(board);
  const n = params.length;
  // The caller's rank as a scalar subquery: planned once, whatever the row estimates say.
  const rows = (await db.query<RankedRow>(
    `WITH ranked AS MATERIALIZED (${sql})
     SELECT * FROM ranked
      WHERE rank BETWEEN (SELECT rank FROM ranked WHERE trainee_id = $${n + 1}) - $${n + 2}
                     AND (SELECT rank FROM ranked WHERE trainee_id = $${n + 1}) + $${n + 2}
      ORDER BY rank`,
    [...params, traineeId, radius],
  )).map(toRow);
  return { me: rows.find((r) => r.traineeId === traineeId) ?? null, rows };
}

export interface BestCandidate {
  cohortId: string;
  scenarioId: string;
  traineeId: string;
  attemptId: string;
  overall: number;
  submittedAt: string;
  seq: number;
  weekStart: string;
}

/**
 * Ends an INSERT INTO leaderboard_entries: the new row replaces the stored best when it beats it.
 * Shared with the submission's single statement (submit-attempt.ts).
 */
export const KEEP_BEST = `ON CONFLICT (cohort_id, scenario_id, period, trainee_id) DO UPDATE
        SET attempt_id = excluded.attempt_id, overall = excluded.overall, submitted_at = excluded.submitted_at, seq = excluded.seq
      WHERE excluded.overall > leaderboard_entries.overall
         OR (excluded.overall = leaderboard_entries.overall
             AND (excluded.submitted_at, excluded.seq) < (leaderboard_entries.submitted_at, leaderboard_entries.seq))`;

/** Keeps the attempt as the trainee's best when it beats the stored one (all-time and its week). */
export async function recordBest(tx: Queryable, c: BestCandidate): Promise<void> {
  await tx.query(
    `INSERT INTO leaderboard_entries (cohort_id, scenario_id, period, trainee_id, attempt_id, overall, submitted_at, seq)
     VALUES ($1, $2, $3, $5, $6, $7, $8::timestamptz, $9), ($1, $2, $4, $5, $6, $7, $8::timestamptz, $9)
     ${KEEP_BEST}`,
    [c.cohortId, c.scenarioId, ALL_TIME, c.weekStart, c.traineeId, c.attemptId, c.overall, c.submittedAt, c.seq],
  );
}

/** Recomputes every best from the attempts themselves: after bulk loads or repairs. */
export async function rebuildLeaderboard(tx: Queryable): Promise<void> {
  await tx.query('DELETE FROM leaderboard_entries');
  await tx.query(
    `INSERT INTO leaderboard_entries (cohort_id, scenario_id, period, trainee_id, attempt_id, overall, submitted_at, seq)
     SELECT DISTINCT ON (cohort_id, scenario_id, period, trainee_id)
            cohort_id, scenario_id, period, trainee_id, id, overall, submitted_at, seq
       FROM (SELECT a.*, p.period FROM attempts a
               CROSS JOIN LATERAL (VALUES ($1::text), (to_char(a.week_start, 'YYYY-MM-DD'))) p (period)
              WHERE a.mode = 'exam' AND a.status = 'finished' AND a.played_on = 'server') x
      ORDER BY cohort_id, scenario_id, period, trainee_id, overall DESC, submitted_at, seq`,
    [ALL_TIME],
  );
}
