import { afterAll, beforeAll, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { attemptStoreOf, type NewAttempt } from '../../../src/server/attempts/attempt-store.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { createCohort, createTestApp, join, shippedHash, type Cohort, type TestApp, type Trainee } from '../helpers/test-app.ts';

describeEachDatabase('attempts stored together', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;
  let trainees: Trainee[];
  let tiny: string;
  let n = 0;

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    cohort = await createCohort(app, 'Batches');
    trainees = [];
    for (const name of ['Ana', 'Ben', 'Cai', 'Dee']) trainees.push(await join(app, cohort, name));
    tiny = await shippedHash(app, trainees[0]!.token, 'tiny');
  });
  afterAll(() => app.close());

  const attempt = (trainee: Trainee, overall: number, extra: Partial<NewAttempt> = {}): NewAttempt => {
    n++;
    return {
      id: `batch-${ctx.kind}-${n}`, cohort_id: cohort.cohortId, trainee_id: trainee.traineeId, idempotency_key: `batch-key-${n}`,
      scenario_id: 'tiny', content_hash: tiny, language: 'en', rubric_version: courseRubric.version, seed: n, choices: [0, 1],
      mode: 'exam', outcome: 'sale', overall, scores: { closing: overall }, not_assessed: [], techniques: ['open-question'], faults: [],
      simulated_seconds: 12.5, submitted_at: new Date(app.clock.now()).toISOString(), week_start: '2026-11-16', status: 'finished',
      red_lines: [], out_of_reach: [],
      played_on: 'server', exam_id: `exam-${n}`, wall_seconds: 30, time_limit: null, over_time: false, turn_times_ms: [12_000, 18_000],
      decisions: [
        { step: 0, point: 'a|b', prompt: 'Hello?', index: 0, text: 'Good morning', points: 2, faults: [] },
        { step: 1, point: 'c|d', prompt: 'Go on.', index: 1, text: 'A plan for you', points: -1, faults: ['pressure'] },
      ],
      ...extra,
    };
  };

  it('writes attempts sent at once in one statement, each with its decisions', async () => {
    const store = attemptStoreOf(app.deps.db);
    const before = store.stats().stores;
    const batch = trainees.map((t, i) => attempt(t, 40 + i));
    const rows = await Promise.all(batch.map((a) => store.store(a)));
    expect(store.stats().stores).toEqual({ batches: before.batches + 1, items: before.items + batch.length });
    expect(rows.map((r) => r?.id)).toEqual(batch.map((a) => a.id));
    expect(rows[0]).toMatchObject({
      overall: 40, scores: { closing: 40 }, choices: [0, 1], simulated_seconds: 12.5, week_start: '2026-11-16',
      played_on: 'server', exam_id: batch[0]!.exam_id, wall_seconds: 30, time_limit: null, over_time: false, turn_times_ms: [12_000, 18_000],
    });
    const decisions = await app.deps.db.query<{ attempt_id: string; step: number; choice_text: string; points: number; faults: string[] }>(
      'SELECT attempt_id, step, choice_text, points, faults FROM attempt_decisions WHERE attempt_id = ANY($1::text[]) ORDER BY attempt_id, step',
      [batch.map((a) => a.id)],
    );
    expect(decisions).toHaveLength(batch.length * 2);
    expect(decisions.find((d) => d.attempt_id === batch[0]!.id && d.step === 1)).toMatchObject({ choice_text: 'A plan for you', points: -1, faults: ['pressure'] });
    expect((await store.find(trainees[2]!.traineeId, batch[2]!.idempotency_key))?.id).toBe(batch[2]!.id);
  });

  it('stores one attempt when two in one batch share a key, and answers null for the other', async () => {
    const store = attemptStoreOf(app.deps.db);
    const first = attempt(trainees[0]!, 10);
    const again = attempt(trainees[0]!, 90, { idempotency_key: first.idempotency_key });
    const rows = await Promise.all([first, again].map((a) => store.store(a)));
    expect(rows.filter((r) => r !== null)).toHaveLength(1);
    const stored = await app.deps.db.query('SELECT id FROM attempts WHERE trainee_id = $1 AND idempotency_key = $2', [trainees[0]!.traineeId, first.idempotency_key]);
    expect(stored).toHaveLength(1);
  });

  it('keeps the better of two bests sent in one batch, all-time and for the week, as one after the other would', async () => {
    const store = attemptStoreOf(app.deps.db);
    const ben = trainees[1]!;
    const best = async (period: string) => (await app.deps.db.query<{ overall: number; attempt_id: string }>(
      `SELECT overall, attempt_id FROM leaderboard_entries WHERE cohort_id = $1 AND scenario_id = 'tiny' AND trainee_id = $2 AND period = $3`,
      [cohort.cohortId, ben.traineeId, period],
    ))[0];
    const [low, high, tie] = [attempt(ben, 70), attempt(ben, 95, { idempotency_key: 'best-1' }), attempt(ben, 95, { idempotency_key: 'best-2' })];
    await Promise.all([low, high, tie].map((a) => store.store(a)));
    // The tie is later in key order, so later in insertion: the earlier 95 stays.
    expect(await best('all')).toEqual({ overall: 95, attempt_id: high.id });
    expect(await best('2026-11-16')).toEqual({ overall: 95, attempt_id: high.id });
    const browserExam = attempt(ben, 99, { played_on: 'browser', exam_id: null, wall_seconds: null, turn_times_ms: null });
    await Promise.all([attempt(ben, 50), attempt(ben, 60, { mode: 'coach' }), attempt(ben, 99, { status: 'abandoned' }), browserExam].map((a) => store.store(a)));
    // Lower, coached, abandoned and browser-played exams never rank.
    expect(await best('all')).toEqual({ overall: 95, attempt_id: high.id });
  });
});
