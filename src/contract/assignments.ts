// Assignments (issue 13): a trainer asks the cohort to pass a scenario's exam by a due date with
// a pass mark. Only server-played, finished exams of that scenario count, taken after the
// assignment was made; the trainer sees completion per assignment and per member, the trainee
// sees "assigned, due …" and their own status.
import { z } from 'zod';
import { Language } from '../core/schemas/scenario-meta.ts';
import { ScenarioId, Timestamp, Uuid } from './common.ts';

export const CreateAssignmentBody = z.object({
  scenarioId: ScenarioId,
  /** Only exams in this language count; absent: either language. */
  language: Language.optional(),
  /** ISO-8601 time, in the future when the assignment is made. */
  dueAt: z.iso.datetime({ offset: true }),
  /** 0–100; absent: the cohort's pass mark. */
  passMark: z.number().int().min(0).max(100).optional(),
});
export type CreateAssignmentInput = z.input<typeof CreateAssignmentBody>;

export const AssignmentParams = z.object({ assignmentId: Uuid });

export const Assignment = z.object({
  assignmentId: Uuid,
  scenarioId: z.string(),
  language: Language.nullable(),
  /** The scenario's current title (in the assignment's language, else English when there is one). */
  title: z.string(),
  dueAt: Timestamp,
  passMark: z.number().int(),
  createdAt: Timestamp,
});
export type Assignment = z.infer<typeof Assignment>;

/**
 * - not-started: no exam of it since it was assigned; in-progress: an exam open now;
 * - failed: finished exams, none at the pass mark; passed: one at or over it.
 */
export const AssignmentStatus = z.enum(['not-started', 'in-progress', 'failed', 'passed']);
export type AssignmentStatus = z.infer<typeof AssignmentStatus>;

export const AssignmentMember = z.object({
  traineeId: Uuid,
  displayName: z.string(),
  status: AssignmentStatus,
  /** Best overall of the counted exams, null before the first. */
  best: z.number().int().nullable(),
  /** When the first passing exam was submitted. */
  passedAt: Timestamp.nullable(),
  /** Passed after the due date, or not passed and the due date has gone. */
  late: z.boolean(),
});
export type AssignmentMember = z.infer<typeof AssignmentMember>;

/** The trainer's view: the assignment, counts per status over current members, and each member. */
export const AssignmentProgress = Assignment.extend({
  counts: z.record(AssignmentStatus, z.number().int().nonnegative()),
  members: z.array(AssignmentMember),
});
export type AssignmentProgress = z.infer<typeof AssignmentProgress>;

export const AssignmentList = z.object({ assignments: z.array(AssignmentProgress) });
export type AssignmentList = z.infer<typeof AssignmentList>;

/** The trainee's view: each open assignment of the cohort with the caller's own status, soonest due first. */
export const MyAssignment = Assignment.extend({
  status: AssignmentStatus,
  best: z.number().int().nullable(),
  passedAt: Timestamp.nullable(),
  late: z.boolean(),
});
export type MyAssignment = z.infer<typeof MyAssignment>;

export const MyAssignmentList = z.object({ assignments: z.array(MyAssignment) });
export type MyAssignmentList = z.infer<typeof MyAssignmentList>;

export const Removed = z.object({ removed: z.literal(true) });
