// The exam_sessions store's optimistic concurrency, held on its own: a turn is written only over
// exactly the choices it expects, and only while the exam is open.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { appendTurn, closeExam, insertExam, loadExam, type ExamSessionRow } from '../../../src/server/exams/exam-session-store.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { createCohort, createTestApp, join, shippedHash, type TestApp, type Trainee } from '../helpers/test-app.ts';

describeEachDatabase('exam sessions stored turn by turn', (ctx) => {
  let app: TestApp;
  let trainee: Trainee;
  let cohortId: string;
  let tiny: string;

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    const cohort = await createCohort(app, 'Sessions');
    cohortId = cohort.cohortId;
    trainee = await join(app, cohort, 'Sam');
    tiny = await shippedHash(app, trainee.token, 'tiny');
  });
  afterAll(() => app.close());

  const at = (s: number): string => new Date(Date.UTC(2026, 10, 18, 12, 0, s)).toISOString();
  const fresh = (): Promise<ExamSessionRow> => insertExam(ctx.db(), {
    id: crypto.randomUUID(), cohort_id: cohortId, trainee_id: trainee.traineeId, content_hash: tiny, scenario_id: 'tiny', language: 'en',
    rubric_version: courseRubric.version, seed: 42, assignment_id: null, started_at: at(0),
  });

  it('appends a turn over exactly the choices it expects, and nothing over any other count', async () => {
    const exam = await fresh();
    expect(await appendTurn(ctx.db(), exam.id, 0, 0, at(5), false)).toMatchObject({ choices: [0], turn_times: [at(5)], status: 'open' });
    expect(await appendTurn(ctx.db(), exam.id, 0, 1, at(6), false)).toBeNull();
    expect(await appendTurn(ctx.db(), exam.id, 2, 1, at(6), false)).toBeNull();
    expect(await appendTurn(ctx.db(), exam.id, 1, 1, at(9), true)).toMatchObject({ choices: [0, 1], turn_times: [at(5), at(9)], status: 'finished' });
    expect(await appendTurn(ctx.db(), exam.id, 2, 0, at(12), false)).toBeNull();
    expect(await loadExam(ctx.db(), exam.id, trainee.traineeId)).toMatchObject({ choices: [0, 1], status: 'finished', updated_at: at(9) });
  });

  it('writes one of many turns racing on one count, on any connection', async () => {
    const exam = await fresh();
    const written = await Promise.all([0, 1, 0, 1, 0, 1].map((index, i) => appendTurn(ctx.db(), exam.id, 0, index, at(i + 1), false)));
    expect(written.filter((row) => row !== null)).toHaveLength(1);
    expect((await loadExam(ctx.db(), exam.id, trainee.traineeId))!.choices).toHaveLength(1);
  });

  it('closes an exam only while it is open with the choices it expects', async () => {
    const exam = await fresh();
    await appendTurn(ctx.db(), exam.id, 0, 0, at(3), false);
    expect(await closeExam(ctx.db(), exam.id, 0, 'abandoned', at(4))).toBeNull();
    expect(await closeExam(ctx.db(), exam.id, 1, 'abandoned', at(4))).toMatchObject({ status: 'abandoned', choices: [0] });
    expect(await appendTurn(ctx.db(), exam.id, 1, 0, at(5), false)).toBeNull();
    expect(await closeExam(ctx.db(), exam.id, 1, 'abandoned', at(6))).toBeNull();
  });

  it('finds an exam only for its own trainee', async () => {
    const exam = await fresh();
    expect(await loadExam(ctx.db(), exam.id, crypto.randomUUID())).toBeNull();
    expect((await loadExam(ctx.db(), exam.id, trainee.traineeId))?.id).toBe(exam.id);
  });
});
