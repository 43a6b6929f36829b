// How far the cohort has got with one assignment, as the assignments card shows it: how many of
// the current members passed, failed, are in an exam now or have not started, in that order (the
// server counts them), how many are late, whether the due date has gone, and the members sorted
// the same way so the ones who still need a nudge sit together.
import type { AssignmentMember, AssignmentProgress, AssignmentStatus } from '../../contract/assignments.ts';

export const STATUS_ORDER: readonly AssignmentStatus[] = ['passed', 'failed', 'in-progress', 'not-started'];

export interface CompletionSummary {
  /** Current members the assignment is counted over. */
  total: number;
  /** One segment per status, in STATUS_ORDER, each with its share of the members (0–1). */
  segments: Array<{ status: AssignmentStatus; count: number; share: number }>;
  passed: number;
  late: number;
  /** The due date has gone by `now`. */
  overdue: boolean;
}

export function completionOf(assignment: AssignmentProgress, now: number): CompletionSummary {
  const counts = STATUS_ORDER.map((status) => ({ status, count: assignment.counts[status] ?? 0 }));
  const total = counts.reduce((n, c) => n + c.count, 0);
  return {
    total,
    segments: counts.map((c) => ({ ...c, share: total === 0 ? 0 : c.count / total })),
    passed: assignment.counts.passed ?? 0,
    late: assignment.members.filter((m) => m.late).length,
    overdue: Date.parse(assignment.dueAt) <= now,
  };
}

/** Members by status (STATUS_ORDER), then late ones first within it, then by name. */
export function membersInOrder(members: readonly AssignmentMember[], language: string): AssignmentMember[] {
  const rank = (m: AssignmentMember) => STATUS_ORDER.indexOf(m.status);
  return [...members].sort((a, b) => rank(a) - rank(b) || Number(b.late) - Number(a.late)
    || a.displayName.localeCompare(b.displayName, language) || a.traineeId.localeCompare(b.traineeId));
}
