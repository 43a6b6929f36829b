import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../../src/core/schemas/records.ts';
import { submissionPlan } from '../../../src/game/cohort/submission-plan.ts';
import { SubmitBody, type Membership } from '../../../src/storage/cohort-records.ts';

const membership: Membership = {
  traineeId: 'trainee-1', cohortId: 'cohort-1', cohortName: 'North team', displayName: 'Li Wei', token: 'trt_0123456789abcdef', joinedAt: '2026-11-23T09:00:00.000Z',
};

function attempt(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    id: 'run-0001-plan', scenarioId: 'outbound-bundle', language: 'en', contentHash: 'a'.repeat(64), rubricVersion: '2.0.0', seed: 3, choices: [0, 1],
    mode: 'exam', local: false, status: 'finished', redLines: [], outcome: 'sale', scores: { discovery: 80 }, overall: 53, techniques: [], faults: [],
    startedAt: '2026-11-23T10:00:00.000Z', finishedAt: '2026-11-23T10:05:00.000Z', durationMs: 300_000, simulatedSeconds: 200, ...overrides,
  };
}

describe('what goes to the cohort server', () => {
  it('sends a finished exam as it always did, with no abandoned flag', () => {
    const plan = submissionPlan(attempt(), membership, 'yes');
    expect(plan).toEqual({
      submit: true,
      body: { idempotencyKey: 'run-0001-plan', scenarioId: 'outbound-bundle', contentHash: 'a'.repeat(64), rubricVersion: '2.0.0', seed: 3, choices: [0, 1], mode: 'exam', language: 'en' },
    });
  });

  it('sends an exam the trainee left marked abandoned, in a body the queue keeps as it is', () => {
    const plan = submissionPlan(attempt({ status: 'abandoned', outcome: null, choices: [0] }), membership, 'unsure');
    expect(plan).toMatchObject({ submit: true, body: { abandoned: true, mode: 'exam', choices: [0] } });
    if (!plan.submit) throw new Error('not submitted');
    expect(SubmitBody.parse(plan.body)).toEqual(plan.body);
  });

  it('keeps the other reasons not to send ahead of abandonment', () => {
    expect(submissionPlan(attempt({ status: 'abandoned', mode: 'coach' }), membership, 'yes')).toEqual({ submit: false, reason: 'coach' });
    expect(submissionPlan(attempt({ status: 'abandoned', local: true }), membership, 'yes')).toEqual({ submit: false, reason: 'local' });
    expect(submissionPlan(attempt({ status: 'abandoned' }), null, 'yes')).toEqual({ submit: false, reason: 'no-cohort' });
  });
});
