// The trainer opens any attempt of the cohort as its transcript: the server's replay of the stored
// inputs under the rubric the attempt names (every line with its tags, the evidence, the events),
// exactly what the core's replay gives, with the server's timing of each reply of an exam.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { rubricForVersion } from '../../../src/core/rubric/rubric-versions.ts';
import type { Rubric } from '../../../src/core/schemas/rubric.ts';
import { replay } from '../../../src/core/session/replay.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { testBundle } from '../helpers/test-bundles.ts';
import { createCohort, createTestApp, join, shippedHash, submit, type Cohort, type TestApp, type Trainee } from '../helpers/test-app.ts';
import { playExam, startExam } from '../helpers/play-exam.ts';

const rubric1 = rubricForVersion('1.0.0')!;

/** What the core's replay says of these inputs on the test story. */
function replayed(id: 'tiny' | 'duel', seed: number, choices: number[], rubric: Rubric = courseRubric) {
  const bundle = testBundle(id, rubric);
  const { transcript, evidence, events } = replay(bundle, rubric, { scenarioId: id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed, choices });
  return { transcript, evidence, events };
}

describeEachDatabase('attempt transcripts for the trainer', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;
  let ana: Trainee;
  let tiny: string;
  let duel: string;

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    cohort = await createCohort(app, 'Transcripts');
    ana = await join(app, cohort, 'Ana');
    tiny = await shippedHash(app, ana.token, 'tiny');
    duel = await shippedHash(app, ana.token, 'duel');
  });
  afterAll(() => app.close());

  const transcriptOf = (attemptId: string, token = cohort.trainerKey) => app.call('GET', `/api/trainer/attempts/${attemptId}`, { token });

  it('replays a coached run into its annotated transcript, with no timing the server did not take', async () => {
    const run = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 1, 0], seed: 77, mode: 'coach' });
    expect(run.status).toBe(201);
    const r = await transcriptOf(run.body.attemptId as string);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({
      attempt: { ...run.body, displayName: 'Ana', repeatOf: null },
      ...replayed('tiny', 77, [0, 1, 0]),
      turnTimesMs: [null, null, null],
    });
    const transcript = r.body.transcript as Array<{ speaker: string; tags: string[]; choice?: number }>;
    expect(transcript.filter((l) => l.speaker === 'trainee').map((l) => l.choice)).toEqual([0, 1, 0]);
    expect(transcript.some((l) => l.tags.length > 0)).toBe(true); // the trainer sees the tags the trainee never does
    expect((r.body.evidence as unknown[]).length).toBeGreaterThan(0);
  });

  it('replays an attempt under the rubric it names', async () => {
    // Ending on a follow-up after a buying signal: rubric 2.0.0 finds the no-close fault there, 1.0.0 does not.
    const choices = [0, 0, 1];
    const expected = replayed('duel', 0, choices, rubric1);
    expect(expected.evidence).not.toEqual(replayed('duel', 0, choices).evidence);
    const run = await submit(app, ana.token, { scenarioId: 'duel', contentHash: duel, choices, rubricVersion: '1.0.0', mode: 'coach' });
    expect(run.status, run.text).toBe(201);
    const r = await transcriptOf(run.body.attemptId as string);
    expect(r.status, r.text).toBe(200);
    expect(r.body.evidence).toEqual(expected.evidence);
    expect(r.body.events).toEqual(expected.events);
    expect(r.body.transcript).toEqual(expected.transcript);
  });

  it('gives a server-played exam the time each reply took, as the server timed it', async () => {
    const started = await startExam(app, ana.token, duel);
    const pauses = [4_000, 9_500, 1_250];
    let state = started;
    for (const [n, index] of [0, 0, 0].entries()) {
      app.clock.advance(pauses[n]!);
      const r = await app.call('POST', `/api/exams/${state.examId}/turns`, { token: ana.token, body: { turn: state.turn, index } });
      expect(r.status, r.text).toBe(200);
      state = r.body as typeof state;
    }
    const attempt = state.attempt!;
    const r = await transcriptOf(attempt.attemptId);
    expect(r.status, r.text).toBe(200);
    expect(r.body.turnTimesMs).toEqual(pauses);
    expect((r.body.attempt as { playedOn: string }).playedOn).toBe('server');
    expect(r.body.transcript).toEqual(replayed('duel', attempt.seed, [0, 0, 0]).transcript);
  });

  it('reads an abandoned exam as far as it went', async () => {
    const left = await playExam(app, ana.token, { contentHash: tiny, choices: [0], abandon: true });
    const r = await transcriptOf(left.attemptId);
    expect(r.status, r.text).toBe(200);
    expect(r.body.transcript).toEqual(replayed('tiny', left.seed, [0]).transcript);
    expect((r.body.turnTimesMs as unknown[]).length).toBe(1);
  });

  it('opens only this cohort\'s attempts, and only to its trainer', async () => {
    const run = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [1], mode: 'coach' });
    const other = await createCohort(app, 'Elsewhere');
    expect((await transcriptOf(run.body.attemptId as string, other.trainerKey)).status).toBe(404);
    expect((await transcriptOf('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await transcriptOf(run.body.attemptId as string, ana.token)).status).toBe(403);
  });
});
