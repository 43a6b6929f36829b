import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { AttemptRecord, RunInProgress } from '../../src/core/schemas/records.ts';
import { resumeRun } from '../../src/game/run/resume-run.ts';
import { attemptOf, runInProgressOf, startRun } from '../../src/game/run/run.ts';
import { entryKey, findEntry, statsKey } from '../../src/game/run/scenario-entry.ts';
import { aBundle, anEntry } from './builders.ts';

const { bundle } = aBundle();
const START = { id: 'run-0000000001', seed: 7, mode: 'exam' as const, startedAt: '2026-11-23T10:00:00.000Z' };

describe('the run records', () => {
  it('saves a run in progress that the schema accepts and that names the run\'s mode and scenario', async () => {
    const run = await startRun(anEntry(bundle), START);
    run.session.start();
    run.session.choose(0);
    const saved = RunInProgress.parse(runInProgressOf(run, '2026-11-23T10:01:00.000Z'));
    expect(saved).toMatchObject({ id: START.id, scenarioId: bundle.meta.id, language: 'en', seed: 7, choices: [0], mode: 'exam', local: false });
  });

  it('turns a finished run into an attempt with its scores, wall-clock and simulated time', async () => {
    const run = await startRun(anEntry(bundle, { local: true }), START);
    run.session.start();
    for (const index of [0, 0, 0]) run.session.choose(index);
    const attempt = AttemptRecord.parse(attemptOf(run, '2026-11-23T10:05:30.000Z'));
    expect(attempt).toMatchObject({ id: START.id, outcome: 'sale', mode: 'exam', local: true, durationMs: 330_000, choices: [0, 0, 0] });
    expect(attempt.overall).toBe(run.session.result().overall);
    expect(attempt.techniques).toEqual(['close-either-or', 'fabe', 'spin-situation']);
    expect(attempt.simulatedSeconds).toBe(run.session.seconds);
  });

  it('turns an exam left part-way into an abandoned attempt scored as it stood', async () => {
    const run = await startRun(anEntry(bundle), START);
    run.session.start();
    run.session.choose(0);
    const attempt = AttemptRecord.parse(attemptOf(run, '2026-11-23T10:02:00.000Z', true));
    expect(attempt).toMatchObject({ status: 'abandoned', outcome: null, choices: [0], mode: 'exam' });
    expect(attempt.overall).toBe(run.session.result().overall);
    expect(attempt.scores).toEqual(run.session.result().scores);
    expect(AttemptRecord.parse(attemptOf(run, '2026-11-23T10:02:00.000Z')).status).toBe('finished');
  });
});

describe('resumeRun', () => {
  it('rebuilds the run at the same line, with the same transcript, customer and replies', async () => {
    const run = await startRun(anEntry(bundle), START);
    run.session.start();
    run.session.choose(0);
    const resumed = await resumeRun(runInProgressOf(run, START.startedAt), [anEntry(bundle)]);
    if (!resumed.ok) throw new Error(resumed.detail);
    expect(resumed.run.session.transcript).toEqual(run.session.transcript);
    expect(resumed.run.session.customer).toEqual(run.session.customer);
    expect(resumed.run.session.choices).toEqual(run.session.choices);
    expect(resumed.run).toMatchObject({ id: START.id, seed: 7, mode: 'exam', startedAt: START.startedAt });
  });

  it('says why a saved run cannot come back, instead of failing', async () => {
    const run = await startRun(anEntry(bundle), START);
    run.session.start();
    run.session.choose(0);
    const saved = runInProgressOf(run, START.startedAt);
    expect(await resumeRun(saved, [])).toMatchObject({ ok: false, reason: 'missing' });
    expect(await resumeRun({ ...saved, contentHash: 'c'.repeat(64) }, [anEntry(bundle)])).toMatchObject({ ok: false, reason: 'outdated', title: bundle.meta.title });
    expect(await resumeRun({ ...saved, rubricVersion: '0.1.0' }, [anEntry(bundle)])).toMatchObject({ ok: false, reason: 'outdated' });
    expect(await resumeRun({ ...saved, choices: [0, 5] }, [anEntry(bundle)])).toMatchObject({ ok: false, reason: 'unplayable' });
    const broken = anEntry(bundle, { loadStory: () => Promise.reject(new Error('chunk missing')) });
    expect(await resumeRun(saved, [broken])).toMatchObject({ ok: false, reason: 'unplayable', detail: 'chunk missing' });
  });

  it('finds the local scenario for a local run even when a shipped one has the same id', async () => {
    const shipped = anEntry(bundle);
    const local = anEntry(bundle, { local: true });
    const run = await startRun(local, START);
    run.session.start();
    const resumed = await resumeRun(runInProgressOf(run, START.startedAt), [shipped, local]);
    expect(resumed.ok && resumed.run.entry).toBe(local);
    expect(courseRubric.version).toBe(runInProgressOf(run, START.startedAt).rubricVersion);
  });
});

describe('scenario keys', () => {
  it('tells shipped and local scenarios apart and keeps statistics per scenario across languages', () => {
    expect(entryKey(anEntry(bundle))).not.toBe(entryKey(anEntry(bundle, { local: true })));
    expect(statsKey('a', false)).not.toBe(statsKey('a', true));
    expect(findEntry([anEntry(bundle)], { scenarioId: bundle.meta.id, language: 'zh-CN', local: false })).toBeNull();
  });
});
