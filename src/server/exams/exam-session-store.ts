// The exam_sessions table: one row per server-played exam, holding its replay inputs (the seed the
// server chose, the choices taken) and when each turn reached the server. It is the whole state of
// an exam, written after every turn, so any process on the database continues it. Turns append
// with optimistic concurrency: the write names how many choices it expects to find, so of two
// requests racing on one turn exactly one writes it.
import type { ExamStatus } from '../../contract/exams.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { Database, Queryable } from '../db/database.ts';

export interface ExamSessionRow {
  id: string;
  cohort_id: string;
  trainee_id: string;
  content_hash: string;
  scenario_id: string;
  language: Language;
  rubric_version: string;
  seed: number;
  /** Ink choice indices taken, in order. */
  choices: number[];
  /** ISO times at which each choice reached the server, one per choice. */
  turn_times: string[];
  status: ExamStatus;
  assignment_id: string | null;
  attempt_id: string | null;
  started_at: string;
  updated_at: string;
  [key: string]: unknown;
}

export type NewExamSession = Omit<ExamSessionRow, 'choices' | 'turn_times' | 'status' | 'attempt_id' | 'updated_at'>;

const OPEN = `SELECT * FROM exam_sessions WHERE trainee_id = $1 AND content_hash = $2 AND status = 'open'
               ORDER BY started_at, id LIMIT 1`;

/** The trainee's open exam on this version, or null. */
export async function findOpenExam(db: Queryable, traineeId: string, contentHash: string): Promise<ExamSessionRow | null> {
  const [row] = await db.query<ExamSessionRow>(OPEN, [traineeId, contentHash]);
  return row ?? null;
}

/**
 * The trainee's open exam on this version, or a new one made from `fresh()` when there is none.
 * Starts racing for one trainee and version (two tabs, a retried request, two processes) take
 * turns on a transaction-scoped advisory lock, so they find one exam rather than make two.
 * `fresh()` inserts the exam (insertExam) and may write more in the same transaction (an exam
 * over at its opening); it answers the row as it then stands.
 */
export async function openOrCreateExam(
  db: Database, traineeId: string, contentHash: string, fresh: (tx: Queryable) => Promise<ExamSessionRow>,
): Promise<{ created: boolean; row: ExamSessionRow }> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [`exam:${traineeId}`, contentHash]);
    const open = await findOpenExam(tx, traineeId, contentHash);
    if (open) return { created: false, row: open };
    return { created: true, row: await fresh(tx) };
  });
}

export async function insertExam(tx: Queryable, s: NewExamSession): Promise<ExamSessionRow> {
  const [row] = await tx.query<ExamSessionRow>(
    `INSERT INTO exam_sessions (id, cohort_id, trainee_id, content_hash, scenario_id, language, rubric_version, seed,
                                assignment_id, started_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::timestamptz, $10::timestamptz)
     RETURNING *`,
    [s.id, s.cohort_id, s.trainee_id, s.content_hash, s.scenario_id, s.language, s.rubric_version, s.seed, s.assignment_id, s.started_at],
  );
  return row!;
}

/** The exam if it is this trainee's; null for unknown ids and other trainees' exams alike. */
export async function loadExam(db: Queryable, examId: string, traineeId: string): Promise<ExamSessionRow | null> {
  const [row] = await db.query<ExamSessionRow>('SELECT * FROM exam_sessions WHERE id = $1 AND trainee_id = $2', [examId, traineeId]);
  return row ?? null;
}

/**
 * Appends choice `index` as turn `turn` at time `at`, and marks the exam finished when `ends`.
 * null when the exam is no longer open or has another number of choices than `turn` (another
 * request took the turn first); on PostgreSQL the second of two racing writes waits for the
 * first and then finds the count changed.
 */
export async function appendTurn(tx: Queryable, examId: string, turn: number, index: number, at: string, ends: boolean): Promise<ExamSessionRow | null> {
  const [row] = await tx.query<ExamSessionRow>(
    `UPDATE exam_sessions
        SET choices = choices || to_jsonb($3::int), turn_times = turn_times || to_jsonb($4::text),
            status = CASE WHEN $5::boolean THEN 'finished' ELSE status END, updated_at = $4::timestamptz
      WHERE id = $1 AND status = 'open' AND jsonb_array_length(choices) = $2
      RETURNING *`,
    [examId, turn, index, at, ends],
  );
  return row ?? null;
}

/**
 * Ends the exam after `turns` choices with `status` (abandoned, or finished when the story ends
 * at its opening); null when it is not open with that many choices any more.
 */
export async function closeExam(tx: Queryable, examId: string, turns: number, status: 'finished' | 'abandoned', at: string): Promise<ExamSessionRow | null> {
  const [row] = await tx.query<ExamSessionRow>(
    `UPDATE exam_sessions SET status = $3, updated_at = $4::timestamptz
      WHERE id = $1 AND status = 'open' AND jsonb_array_length(choices) = $2
      RETURNING *`,
    [examId, turns, status, at],
  );
  return row ?? null;
}

/** Records the attempt an exam ended with (stored in the same transaction, just before). */
export async function linkAttempt(tx: Queryable, examId: string, attemptId: string): Promise<ExamSessionRow> {
  const [row] = await tx.query<ExamSessionRow>('UPDATE exam_sessions SET attempt_id = $2 WHERE id = $1 RETURNING *', [examId, attemptId]);
  return row!;
}
