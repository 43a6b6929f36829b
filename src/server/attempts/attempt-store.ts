// The attempts table as submissions use it: find an attempt by (trainee, idempotency key), and
// store new attempts with their decisions and leaderboard bests. Both go through BatchQueue, so
// submissions arriving together share one statement each way; one per database, made on first use.
import type { Scores } from '../../core/schemas/score.ts';
import { KEEP_BEST, ALL_TIME } from '../leaderboard/leaderboard.ts';
import type { Database, Queryable } from '../db/database.ts';
import type { AttemptRow } from './attempt-view.ts';
import { BatchQueue, type BatchLimits } from './batch-queue.ts';
import type { Decision } from './verify-attempt.ts';

/** A verified attempt ready to store: the attempts row's own columns, and one decision per step. */
export interface NewAttempt {
  id: string;
  cohort_id: string;
  trainee_id: string;
  idempotency_key: string;
  scenario_id: string;
  content_hash: string;
  language: string;
  rubric_version: string;
  seed: number;
  choices: number[];
  mode: 'coach' | 'exam';
  outcome: string | null;
  overall: number;
  scores: Scores;
  not_assessed: string[];
  techniques: string[];
  faults: string[];
  simulated_seconds: number;
  submitted_at: string;
  /** 'YYYY-MM-DD': the attempt's week, also the period of its weekly best. */
  week_start: string;
  status: 'finished' | 'abandoned';
  red_lines: string[];
  out_of_reach: string[];
  decisions: Decision[];
  /** server: an exam played turn by turn through /api/exams, the only kind ever ranked. */
  played_on: 'server' | 'browser';
  exam_id: string | null;
  wall_seconds: number | null;
  time_limit: number | null;
  over_time: boolean;
  turn_times_ms: Array<number | null> | null;
}

// Attempts, their decisions and, for ranked attempts (attempt-view.ts: server-played, finished
// exams), the trainees' bests (all-time and the week,
// kept by leaderboard.ts's rule) from one jsonb array, in one statement: one transaction, no round
// trip per attempt or decision. An attempt whose key is taken (by an earlier or a concurrent
// request, or by another item of the same batch) is skipped and not returned, and nothing is
// written from it. Items are inserted in key order, so concurrent batches on PostgreSQL take row
// locks in one order; a batch holding two bests for one board and trainee keeps the better first,
// as applying them one after the other would.
const STORE = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS i (
      id text, cohort_id text, trainee_id text, idempotency_key text, scenario_id text, content_hash text, language text,
      rubric_version text, seed integer, choices jsonb, mode text, outcome text, overall integer, scores jsonb,
      not_assessed jsonb, techniques jsonb, faults jsonb, simulated_seconds double precision, submitted_at timestamptz,
      week_start date, status text, red_lines jsonb, out_of_reach jsonb, decisions jsonb,
      played_on text, exam_id text, wall_seconds double precision, time_limit integer, over_time boolean, turn_times_ms jsonb)
  ), attempt AS (
    INSERT INTO attempts (id, cohort_id, trainee_id, idempotency_key, scenario_id, content_hash, language, rubric_version,
                          seed, choices, mode, outcome, overall, scores, not_assessed, techniques, faults,
                          simulated_seconds, submitted_at, week_start, status, red_lines, out_of_reach,
                          played_on, exam_id, wall_seconds, time_limit, over_time, turn_times_ms)
    SELECT id, cohort_id, trainee_id, idempotency_key, scenario_id, content_hash, language, rubric_version,
           seed, choices, mode, outcome, overall, scores, not_assessed, techniques, faults,
           simulated_seconds, submitted_at, week_start, status, red_lines, out_of_reach,
           played_on, exam_id, wall_seconds, time_limit, over_time, turn_times_ms
      FROM input ORDER BY trainee_id, idempotency_key
    ON CONFLICT (trainee_id, idempotency_key) DO NOTHING
    RETURNING *
  ), decisions AS (
    INSERT INTO attempt_decisions (attempt_id, step, content_hash, point, prompt, choice_index, choice_text, points, faults)
    SELECT attempt.id, d.step, attempt.content_hash, d.point, d.prompt, d.index, d.text, d.points, d.faults
      FROM attempt JOIN input ON input.id = attempt.id
     CROSS JOIN jsonb_to_recordset(input.decisions)
           AS d (step integer, point text, prompt text, index integer, text text, points integer, faults jsonb)
  ), best AS (
    INSERT INTO leaderboard_entries (cohort_id, scenario_id, period, trainee_id, attempt_id, overall, submitted_at, seq)
    SELECT DISTINCT ON (attempt.cohort_id, attempt.scenario_id, p.period, attempt.trainee_id)
           attempt.cohort_id, attempt.scenario_id, p.period, attempt.trainee_id, attempt.id, attempt.overall,
           attempt.submitted_at, attempt.seq
      FROM attempt CROSS JOIN LATERAL (VALUES ($2::text), (to_char(attempt.week_start, 'YYYY-MM-DD'))) AS p (period)
     WHERE attempt.played_on = 'server' AND attempt.mode = 'exam' AND attempt.status = 'finished'
     ORDER BY attempt.cohort_id, attempt.scenario_id, p.period, attempt.trainee_id,
              attempt.overall DESC, attempt.submitted_at, attempt.seq
    ${KEEP_BEST}
  )
  SELECT * FROM attempt`;

// The embedded database parses and plans every statement it is sent, and for STORE that is most
// of its cost (≈ 3 ms of ≈ 4 on the bench machine). A PL/pgSQL function keeps its plans for the
// session, so PGlite (one session, for the life of the database) is given STORE as a temporary
// function: nothing is added to the schema, and a new session (a reopened database) makes it again.
const STORE_FUNCTION = `
  CREATE OR REPLACE FUNCTION pg_temp.store_attempts(jsonb, text) RETURNS SETOF attempts LANGUAGE plpgsql AS $store$
  BEGIN
    RETURN QUERY ${STORE};
  END
  $store$`;

const FIND_ONE = 'SELECT * FROM attempts WHERE trainee_id = $1 AND idempotency_key = $2';
const FIND_MANY = `
  SELECT a.* FROM unnest($1::text[], $2::text[]) AS k (trainee_id, idempotency_key)
    JOIN attempts a ON a.trainee_id = k.trainee_id AND a.idempotency_key = k.idempotency_key`;

/**
 * Stores the attempts in one statement; each answer is the stored row, or null when its key was
 * taken. `sql`: STORE, or a call of the function made from it.
 */
export async function storeAttempts(db: Queryable, attempts: readonly NewAttempt[], sql = STORE): Promise<Array<AttemptRow | null>> {
  const rows = await db.query<AttemptRow>(sql, [JSON.stringify(attempts), ALL_TIME]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return attempts.map((a) => byId.get(a.id) ?? null);
}

interface Key {
  traineeId: string;
  idempotencyKey: string;
}

async function findAttempts(db: Queryable, keys: readonly Key[]): Promise<Array<AttemptRow | null>> {
  // One key, the usual case, is the simpler statement: cheaper to plan.
  const rows = keys.length === 1
    ? await db.query<AttemptRow>(FIND_ONE, [keys[0]!.traineeId, keys[0]!.idempotencyKey])
    : await db.query<AttemptRow>(FIND_MANY, [keys.map((k) => k.traineeId), keys.map((k) => k.idempotencyKey)]);
  const byKey = new Map(rows.map((r) => [`${r.trainee_id}\u0000${r.idempotency_key}`, r]));
  return keys.map((k) => byKey.get(`${k.traineeId}\u0000${k.idempotencyKey}`) ?? null);
}

export class AttemptStore {
  private readonly finds: BatchQueue<Key, AttemptRow | null>;
  private readonly stores: BatchQueue<NewAttempt, AttemptRow | null>;

  constructor(db: Database) {
    // The embedded database runs one statement at a time, so more batches at once would only queue.
    const limits: BatchLimits = { maxBatch: 64, concurrency: db.kind === 'pglite' ? 1 : 4 };
    this.finds = new BatchQueue((keys) => findAttempts(db, keys), limits);
    this.stores = new BatchQueue(async (attempts) => storeAttempts(db, attempts, await this.storeSql(db)), limits);
  }

  private storeFunction: Promise<void> | null = null;

  /** STORE itself on PostgreSQL (each pooled connection is its own session); on PGlite, its function. */
  private async storeSql(db: Database): Promise<string> {
    if (db.kind !== 'pglite') return STORE;
    this.storeFunction ??= db.exec(STORE_FUNCTION).catch((error: unknown) => {
      this.storeFunction = null; // tried again with the next batch
      throw error;
    });
    await this.storeFunction;
    return 'SELECT * FROM pg_temp.store_attempts($1::jsonb, $2::text)';
  }

  /** The trainee's attempt under this idempotency key, or null. */
  find(traineeId: string, idempotencyKey: string): Promise<AttemptRow | null> {
    return this.finds.push({ traineeId, idempotencyKey });
  }

  /** Statements run and attempts in them, each way: for tests and benchmarks. */
  stats(): { finds: { batches: number; items: number }; stores: { batches: number; items: number } } {
    return { finds: this.finds.stats(), stores: this.stores.stats() };
  }

  /** Stores the attempt (with its decisions and bests); null when its key was taken meanwhile. */
  store(attempt: NewAttempt): Promise<AttemptRow | null> {
    return this.stores.push(attempt);
  }
}

const stores = new WeakMap<Database, AttemptStore>();

/** The store of this database (one per open database, so per app). */
export function attemptStoreOf(db: Database): AttemptStore {
  let store = stores.get(db);
  if (!store) stores.set(db, store = new AttemptStore(db));
  return store;
}
