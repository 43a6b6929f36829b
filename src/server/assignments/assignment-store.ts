// The cohort's assignments (a scenario's exam to pass by a due date, at a pass mark) and where
// each current member stands on them. One query counts every member's exams for every open
// assignment of the cohort: the exams that count are the ranked kind (attempt-view.ts's isRanked:
// played on the server, finished) of the scenario, in the assignment's language when it has one,
// submitted after the assignment was made. Removed members are in no count; removing an
// assignment keeps its row (removed_at), out of every list.
import type { Assignment, AssignmentProgress, MyAssignment } from '../../contract/assignments.ts';
import type { ScenarioVersion } from '../../contract/scenarios.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { Queryable } from '../db/database.ts';
import type { ScenarioStore } from '../scenarios/scenario-store.ts';
import { newId } from '../secrets.ts';
import { countByStatus, standing } from './assignment-status.ts';

interface AssignmentRow {
  id: string;
  scenario_id: string;
  language: Language | null;
  pass_mark: number;
  due_at: string;
  created_at: string;
  [key: string]: unknown;
}

interface StandingRow {
  assignment_id: string;
  trainee_id: string;
  display_name: string;
  finished: number;
  best: number | null;
  passed_at: string | null;
  exam_open: boolean;
  [key: string]: unknown;
}

const OPEN_ASSIGNMENTS = `
  SELECT id, scenario_id, language, pass_mark, due_at, created_at FROM assignments
   WHERE cohort_id = $1 AND removed_at IS NULL`;
// Soonest due first, then the order they were made.
const ORDER = 'ORDER BY due_at, created_at, id';

// $1 the cohort; $2 one trainee, or null for every current member.
const STANDINGS = `
  SELECT x.id AS assignment_id, t.id AS trainee_id, t.display_name,
         count(a.id)::int AS finished, max(a.overall) AS best,
         min(a.submitted_at) FILTER (WHERE a.overall >= x.pass_mark) AS passed_at,
         EXISTS (SELECT 1 FROM exam_sessions e
                  WHERE e.trainee_id = t.id AND e.status = 'open' AND e.scenario_id = x.scenario_id
                    AND (x.language IS NULL OR e.language = x.language)) AS exam_open
    FROM assignments x
    JOIN trainees t ON t.cohort_id = x.cohort_id AND t.removed_at IS NULL
    LEFT JOIN attempts a
           ON a.trainee_id = t.id AND a.cohort_id = x.cohort_id AND a.scenario_id = x.scenario_id
          AND (x.language IS NULL OR a.language = x.language)
          AND a.played_on = 'server' AND a.mode = 'exam' AND a.status = 'finished'
          AND a.submitted_at > x.created_at
   WHERE x.cohort_id = $1 AND x.removed_at IS NULL AND ($2::text IS NULL OR t.id = $2::text)
   GROUP BY x.id, t.id, t.display_name, t.name_key
   ORDER BY t.name_key, t.id`;

/** The scenario's title in the language asked for, else English, else any it has; its id when it has none. */
export function titleFor(versions: readonly ScenarioVersion[], scenarioId: string, language: Language | null): string {
  const of = versions.filter((v) => v.scenarioId === scenarioId);
  return (of.find((v) => v.language === language) ?? of.find((v) => v.language === 'en') ?? of[0])?.title ?? scenarioId;
}

export class AssignmentStore {
  constructor(private readonly db: Queryable, private readonly scenarios: ScenarioStore) {}

  async create(cohortId: string, input: { scenarioId: string; language: Language | null; dueAt: string; passMark: number }, now: string): Promise<Assignment> {
    const id = newId();
    const [row] = await this.db.query<AssignmentRow>(
      `INSERT INTO assignments (id, cohort_id, scenario_id, language, pass_mark, due_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7::timestamptz)
       RETURNING id, scenario_id, language, pass_mark, due_at, created_at`,
      [id, cohortId, input.scenarioId, input.language, input.passMark, input.dueAt, now],
    );
    return (await this.withTitles(cohortId, [row!]))[0]!;
  }

  /** Removes an open assignment (removing it again is no change); false when the cohort has no such assignment. */
  async remove(cohortId: string, assignmentId: string, now: string): Promise<boolean> {
    const rows = await this.db.query(
      'UPDATE assignments SET removed_at = coalesce(removed_at, $3::timestamptz) WHERE id = $1 AND cohort_id = $2 RETURNING id',
      [assignmentId, cohortId, now],
    );
    return rows.length > 0;
  }

  /** Every open assignment with counts per status and each current member's standing. */
  async progress(cohortId: string, now: number): Promise<AssignmentProgress[]> {
    const assignments = await this.withTitles(cohortId, await this.db.query<AssignmentRow>(`${OPEN_ASSIGNMENTS} ${ORDER}`, [cohortId]));
    const rows = await this.db.query<StandingRow>(STANDINGS, [cohortId, null]);
    return assignments.map((a) => {
      const members = rows.filter((r) => r.assignment_id === a.assignmentId).map((r) => ({
        traineeId: r.trainee_id, displayName: r.display_name, ...standing(counted(r), a.dueAt, now),
      }));
      return { ...a, counts: countByStatus(members), members };
    });
  }

  /** The trainee's own standing on each open assignment, soonest due first. */
  async mine(cohortId: string, traineeId: string, now: number): Promise<MyAssignment[]> {
    const assignments = await this.withTitles(cohortId, await this.db.query<AssignmentRow>(`${OPEN_ASSIGNMENTS} ${ORDER}`, [cohortId]));
    const rows = new Map((await this.db.query<StandingRow>(STANDINGS, [cohortId, traineeId])).map((r) => [r.assignment_id, r]));
    const none: StandingRow = { assignment_id: '', trainee_id: traineeId, display_name: '', finished: 0, best: null, passed_at: null, exam_open: false };
    return assignments.map((a) => ({ ...a, ...standing(counted(rows.get(a.assignmentId) ?? none), a.dueAt, now) }));
  }

  /** Titles from the versions the trainees can play now, else from any the cohort ever had. */
  private async withTitles(cohortId: string, rows: readonly AssignmentRow[]): Promise<Assignment[]> {
    if (rows.length === 0) return [];
    const open = await this.scenarios.current(cohortId);
    const unknown = rows.some((r) => !open.some((v) => v.scenarioId === r.scenario_id));
    const versions = unknown ? [...open, ...await this.scenarios.current(cohortId, { withdrawn: true })] : open;
    return rows.map((r) => ({
      assignmentId: r.id, scenarioId: r.scenario_id, language: r.language, title: titleFor(versions, r.scenario_id, r.language),
      dueAt: r.due_at, passMark: r.pass_mark, createdAt: r.created_at,
    }));
  }
}

const counted = (r: StandingRow) => ({ finished: r.finished, best: r.best, passedAt: r.passed_at, examOpen: r.exam_open });
