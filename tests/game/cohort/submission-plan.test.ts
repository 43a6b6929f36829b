import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../../src/core/schemas/records.ts';
import { submissionPlan } from '../../../src/game/cohort/submission-plan.ts';
import { SubmitBody, type Membership } from '../../../src/storage/cohort-records.ts';

const membership: Membership = {
  traineeId: 'trainee-1', cohortId: 'cohort-1', cohortName: 'North team', displayName: 'Li Wei', token: 'trt_0123456789abcdef', joinedAt: '2026-11-23T09:00:00.000Z',
};
const sharing = { shareCoachRuns: true };

function attempt(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    id: 'run-0001-plan', scenarioId: 'outbound-bundle', language: 'en', contentHash: 'a'.repeat(64), rubricVersion: '2.0.0', seed: 3, choices: [0, 1],
    mode: 'coach', local: false, status: 'finished', redLines: [], outcome: 'sale', scores: { discovery: 80 }, overall: 53, techniques: [], faults: [],
    startedAt: '2026-11-23T10:00:00.000Z', finishedAt: '2026-11-23T10:05:00.000Z', durationMs: 300_000, simulatedSeconds: 200, ...overrides,
  };
}

describe('what goes to the cohort server as replay inputs', () => {
  it('sends a finished coach run the trainee shares, as coach practice, in a body the queue keeps as it is', () => {
    const plan = submissionPlan(attempt(), membership, 'yes', sharing);
    expect(plan).toEqual({
      submit: true,
      body: { idempotencyKey: 'run-0001-plan', scenarioId: 'outbound-bundle', contentHash: 'a'.repeat(64), rubricVersion: '2.0.0', seed: 3, choices: [0, 1], mode: 'coach', language: 'en' },
    });
    if (!plan.submit) throw new Error('not submitted');
    expect(SubmitBody.parse(plan.body)).toEqual(plan.body);
    // Without a list to go by the server decides.
    expect(submissionPlan(attempt(), membership, 'unsure', sharing).submit).toBe(true);
  });

  it('keeps coach runs on the device when the trainee chose not to share them', () => {
    expect(submissionPlan(attempt(), membership, 'yes', { shareCoachRuns: false })).toEqual({ submit: false, reason: 'not-shared' });
  });

  it('never sends an exam, finished or left, shared or not: exams are played on the server', () => {
    for (const status of ['finished', 'abandoned'] as const) {
      for (const shareCoachRuns of [true, false]) {
        expect(submissionPlan(attempt({ mode: 'exam', status }), membership, 'yes', { shareCoachRuns })).toEqual({ submit: false, reason: 'exam' });
      }
    }
  });

  it('keeps local scenarios, versions the server does not know and trainees outside a cohort off the server', () => {
    expect(submissionPlan(attempt({ local: true }), membership, 'yes', sharing)).toEqual({ submit: false, reason: 'local' });
    expect(submissionPlan(attempt({ mode: 'exam', local: true }), membership, 'yes', sharing)).toEqual({ submit: false, reason: 'local' });
    expect(submissionPlan(attempt(), membership, 'no', sharing)).toEqual({ submit: false, reason: 'unknown-version' });
    expect(submissionPlan(attempt(), null, 'yes', sharing)).toEqual({ submit: false, reason: 'no-cohort' });
  });
});
