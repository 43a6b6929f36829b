import { describe, expect, it } from 'vitest';
import { AssignmentProgress, type AssignmentMember } from '../../src/contract/assignments.ts';
import { completionOf, membersInOrder } from '../../src/trainer/dashboard/assignment-summary.ts';

const member = (displayName: string, status: AssignmentMember['status'], late = false): AssignmentMember => ({
  traineeId: `id-${displayName}`, displayName, status, best: status === 'not-started' ? null : 60, passedAt: null, late,
});

const anAssignment = (members: AssignmentMember[], dueAt = '2026-12-09T17:00:00.000Z'): AssignmentProgress => AssignmentProgress.parse({
  assignmentId: 'as-1', scenarioId: 'duel-call', language: null, title: 'Duel call', dueAt, passMark: 70, createdAt: '2026-12-02T09:00:00.000Z',
  counts: {
    passed: members.filter((m) => m.status === 'passed').length,
    failed: members.filter((m) => m.status === 'failed').length,
    'in-progress': members.filter((m) => m.status === 'in-progress').length,
    'not-started': members.filter((m) => m.status === 'not-started').length,
  },
  members,
});

const NOW = Date.parse('2026-12-05T12:00:00.000Z');

describe('how far the cohort has got with an assignment', () => {
  it('counts passed, failed, in progress and not started of the members, in that order, with shares', () => {
    const summary = completionOf(anAssignment([
      member('Ana', 'passed'), member('Ben', 'failed'), member('Cai', 'in-progress'), member('Dee', 'not-started'), member('Eve', 'passed'),
    ]), NOW);
    expect(summary.total).toBe(5);
    expect(summary.passed).toBe(2);
    expect(summary.segments.map((s) => [s.status, s.count, s.share])).toEqual([
      ['passed', 2, 0.4], ['failed', 1, 0.2], ['in-progress', 1, 0.2], ['not-started', 1, 0.2],
    ]);
    expect(summary.overdue).toBe(false);
    expect(summary.late).toBe(0);
  });

  it('says when the due date has gone and how many members are late', () => {
    const summary = completionOf(anAssignment([member('Ana', 'passed', true), member('Ben', 'not-started', true), member('Cai', 'passed')], '2026-12-04T17:00:00.000Z'), NOW);
    expect(summary.overdue).toBe(true);
    expect(summary.late).toBe(2);
  });

  it('has nothing to divide when the cohort has no members', () => {
    const summary = completionOf(anAssignment([]), NOW);
    expect(summary.total).toBe(0);
    expect(summary.segments.every((s) => s.share === 0)).toBe(true);
  });

  it('lists members by status, late ones first within it, then by name', () => {
    const ordered = membersInOrder([
      member('Dee', 'not-started'), member('Ben', 'failed'), member('Ana', 'not-started', true), member('Eve', 'passed'), member('Cai', 'in-progress'),
    ], 'en');
    expect(ordered.map((m) => m.displayName)).toEqual(['Eve', 'Ben', 'Cai', 'Ana', 'Dee']);
  });
});
