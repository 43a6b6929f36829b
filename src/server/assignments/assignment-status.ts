// Where one member stands on one assignment, from what the database counted for them: the exams
// that count (server-played, finished, of the scenario and language, submitted after the
// assignment was made), and whether an exam of it is open now. Passing is for good: a later
// failed exam does not undo it; otherwise an open exam is "in progress", even after failed ones.
import type { AssignmentStatus } from '../../contract/assignments.ts';

export interface CountedExams {
  /** How many counted exams the member finished. */
  finished: number;
  /** Best overall among them, null before the first. */
  best: number | null;
  /** When the first of them at or over the pass mark was submitted. */
  passedAt: string | null;
  /** An exam of the scenario (and language) is open for the member now. */
  examOpen: boolean;
}

export interface MemberStanding {
  status: AssignmentStatus;
  best: number | null;
  passedAt: string | null;
  late: boolean;
}

export function standing(counted: CountedExams, dueAt: string, now: number): MemberStanding {
  const due = Date.parse(dueAt);
  const status: AssignmentStatus = counted.passedAt !== null ? 'passed'
    : counted.examOpen ? 'in-progress'
      : counted.finished > 0 ? 'failed'
        : 'not-started';
  const late = counted.passedAt !== null ? Date.parse(counted.passedAt) > due : now > due;
  return { status, best: counted.best, passedAt: counted.passedAt, late };
}

/** Members per status, every status present. */
export function countByStatus(standings: ReadonlyArray<{ status: AssignmentStatus }>): Record<AssignmentStatus, number> {
  const counts: Record<AssignmentStatus, number> = { 'not-started': 0, 'in-progress': 0, failed: 0, passed: 0 };
  for (const s of standings) counts[s.status]++;
  return counts;
}
