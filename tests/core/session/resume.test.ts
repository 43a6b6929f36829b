import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { resumeSession } from '../../../src/core/session/resume.ts';
import { Session } from '../../../src/core/session/session.ts';
import { attemptRecord } from '../../../src/core/progress/attempt-record.ts';
import { AttemptRecord } from '../../../src/core/schemas/records.ts';
import { check, scenarioSource } from '../../helpers/scenario-source.ts';

const { bundle } = check(scenarioSource(`
~ trust = 30
Hello?
* [Thank them for their loyalty #technique: opener-please]
  ~ shift(trust, 20)
  Oh, thank you. I run out of data. # reveals: data
  -> next
= next
* [Offer a plan #close: close-direct]
  Fine. # outcome: sale
  -> END
* [Ask more]
  Bye. # outcome: follow-up
  -> END
`));

describe('resuming a saved run', () => {
  it('lands on the same line with the same transcript, customer state and choices', () => {
    const live = new Session({ storyJson: bundle!.storyJson, meta: bundle!.meta, rubric: courseRubric, seed: 5, bounds: bundle!.bounds });
    live.start();
    live.choose(0);
    const resumed = resumeSession(bundle!, courseRubric, {
      id: 'run-00000001', scenarioId: bundle!.meta.id, language: 'en', contentHash: bundle!.contentHash, rubricVersion: courseRubric.version,
      seed: 5, choices: [0], mode: 'coach', local: false, startedAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:01:00.000Z',
    });
    expect(resumed.transcript).toEqual(live.transcript);
    expect(resumed.customer).toEqual({ ...live.customer, trust: 50 });
    expect(resumed.choices).toEqual(live.choices);
  });

  it('refuses a run saved on another version of the scenario', () => {
    expect(() => resumeSession(bundle!, courseRubric, {
      id: 'run-00000001', scenarioId: bundle!.meta.id, language: 'en', contentHash: 'f'.repeat(64), rubricVersion: courseRubric.version,
      seed: 5, choices: [0], mode: 'coach', local: false, startedAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:01:00.000Z',
    })).toThrow(/another version/);
  });
});

describe('the attempt record of a finished run', () => {
  it('keeps the replay inputs, scores and the techniques and faults of the run', () => {
    const s = new Session({ storyJson: bundle!.storyJson, meta: bundle!.meta, rubric: courseRubric, seed: 1, bounds: bundle!.bounds });
    s.start();
    s.choose(0);
    s.choose(0);
    const record = attemptRecord({
      id: 'attempt-000001', bundle: bundle!, rubricVersion: courseRubric.version, seed: 1, choices: s.taken, mode: 'exam', local: false,
      startedAt: '2026-11-23T10:00:00.000Z', finishedAt: '2026-11-23T10:03:00.000Z', durationMs: 180000, simulatedSeconds: s.seconds,
    }, s.result());
    expect(AttemptRecord.parse(record)).toEqual(record);
    expect(record).toMatchObject({ choices: [0, 0], outcome: 'sale', techniques: ['opener-please'], faults: ['premature-close'] });
  });
});
