import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { replay } from '../../src/core/session/replay.ts';
import { checkFile } from '../../src/node/check-file.ts';
import { describeEachDatabase } from './helpers/test-databases.ts';
import { EXAMS_ON_THE_SERVER } from '../../src/server/attempts/submit-attempt.ts';
import { playExam } from './helpers/play-exam.ts';
import {
  attemptBody, createCohort, createTestApp, join as joinCohort, newKey, shippedHash, submit, testStoriesDir,
  type Cohort, type TestApp, type Trainee,
} from './helpers/test-app.ts';
import { duelSource } from './helpers/test-stories.ts';
import { SILENT_LOOP } from '../helpers/hostile-stories.ts';
import { uncheckedBundle } from './verify/unchecked-bundles.ts';

function tinyBundle() {
  const { bundle } = checkFile(join(testStoriesDir(), 'tiny', 'en.ink'), courseRubric);
  if (!bundle) throw new Error('tiny does not compile');
  return bundle;
}

describeEachDatabase('attempt submission', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;
  let ana: Trainee;
  let ben: Trainee;
  let tiny: string;

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    cohort = await createCohort(app, 'Attempts');
    ana = await joinCohort(app, cohort, 'Ana');
    ben = await joinCohort(app, cohort, 'Ben');
    tiny = await shippedHash(app, ana.token, 'tiny');
  });
  afterAll(() => app.close());

  it('scores a submitted coach run by replaying it, exactly as the core replay does', async () => {
    const choices = [0, 0, 0, 0];
    const r = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices, seed: 5 });
    expect(r.status).toBe(201);
    const expected = replay(tinyBundle(), courseRubric, { scenarioId: 'tiny', contentHash: tiny, rubricVersion: courseRubric.version, seed: 5, choices });
    expect(r.body).toMatchObject({
      traineeId: ana.traineeId, scenarioId: 'tiny', contentHash: tiny, language: 'en', mode: 'coach', ranked: false, playedOn: 'browser',
      outcome: expected.outcome, overall: expected.overall, scores: expected.scores, notAssessed: expected.notAssessed,
      status: 'finished', redLines: expected.redLines, outOfReach: expected.outOfReach, rubricVersion: courseRubric.version,
      choices, seed: 5, submittedAt: new Date(app.clock.now()).toISOString(),
    });
    expect(r.body.techniques).toEqual(['open-question', 'price-daily-split', 'close-either-or']);
  });

  it('refuses an exam submitted from the browser, naming /api/exams, and ranks the same play through /api/exams', async () => {
    const choices = [0, 0, 0, 0];
    const player = await joinCohort(app, cohort, 'Examinee');
    const refused = await submit(app, player.token, { scenarioId: 'tiny', contentHash: tiny, choices, mode: 'exam' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toBe(EXAMS_ON_THE_SERVER);
    expect((await app.call('GET', '/api/me/attempts', { token: player.token })).body.attempts).toEqual([]);

    const played = await playExam(app, player.token, { contentHash: tiny, choices });
    // The server picked the seed; the scores do not depend on it (it only orders the replies shown).
    const expected = replay(tinyBundle(), courseRubric, { scenarioId: 'tiny', contentHash: tiny, rubricVersion: courseRubric.version, seed: played.seed, choices });
    expect(played).toMatchObject({
      traineeId: player.traineeId, scenarioId: 'tiny', contentHash: tiny, mode: 'exam', ranked: true, playedOn: 'server', status: 'finished',
      outcome: expected.outcome, overall: expected.overall, scores: expected.scores, redLines: expected.redLines, choices,
    });
    const board = await app.call('GET', '/api/leaderboard?scenario=tiny', { token: player.token });
    expect((board.body.rows as Array<{ traineeId: string; score: number }>).find((row) => row.traineeId === player.traineeId))
      .toMatchObject({ score: expected.overall });
  });

  it('ignores a score, outcome or identity the client claims', async () => {
    const r = await submit(app, ana.token, {
      scenarioId: 'tiny', contentHash: tiny, choices: [1], overall: 100, scores: { closing: 100 }, outcome: 'sale', traineeId: ben.traineeId,
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ overall: 0, outcome: 'hang-up', traineeId: ana.traineeId });
    const bens = (await app.call('GET', '/api/me/attempts?limit=500', { token: ben.token })).body.attempts as Array<{ attemptId: string }>;
    expect(bens.map((a) => a.attemptId)).not.toContain(r.body.attemptId);
  });

  it('refuses a choice index the story does not offer, naming the step', async () => {
    const r = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 7] });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('the attempt does not replay: step 2: choice 7 is not offered: choose 0 to 1');
  });

  it('refuses choices after the conversation has ended', async () => {
    const r = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [1, 0] });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(/step 2: .*ended/);
  });

  it('refuses a run that stops before the conversation ends', async () => {
    const r = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0] });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(/has not ended after 1 choices/);
  });

  it('refuses more choices than any conversation has, before replaying them', async () => {
    const r = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: Array(1001).fill(0) });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/^body\.choices: /);
  });

  it('refuses an unknown content hash', async () => {
    const r = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: 'f'.repeat(64), choices: [1] });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(/unknown scenario version ffffffffffff/);
  });

  it('refuses a scenario id that does not match the version', async () => {
    const r = await submit(app, ana.token, { scenarioId: 'duel', contentHash: tiny, choices: [1] });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(/attempt is for scenario "duel", not "tiny"/);
  });

  it('refuses a rubric version it does not know, naming the ones it does', async () => {
    const r = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [1], rubricVersion: '0.9.0' });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('unknown rubric version "0.9.0": this server scores attempts under rubric 1.0.0 or 2.0.0');
  });

  it('refuses a language that contradicts the version', async () => {
    const r = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [1], language: 'zh-CN' });
    expect(r.status).toBe(422);
  });

  it('refuses another cohort\'s published scenario as if it did not exist', async () => {
    const other = await createCohort(app, 'Other');
    const published = await app.call('POST', '/api/trainer/scenarios', {
      token: other.trainerKey, body: { language: 'en', source: duelSource({ id: 'secret-duel', title: 'Secret' }) },
    });
    expect(published.status).toBe(201);
    const hash = published.body.contentHash as string;
    const r = await submit(app, ana.token, { scenarioId: 'secret-duel', contentHash: hash, choices: [0, 0, 0] });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe(`unknown scenario version ${hash.slice(0, 12)} for this cohort`);
    const outsider = await joinCohort(app, other, 'Insider');
    expect((await submit(app, outsider.token, { scenarioId: 'secret-duel', contentHash: hash, choices: [0, 0, 0] })).status).toBe(201);
  });

  it('refuses a missing, unknown or trainer credential', async () => {
    const body = attemptBody({ scenarioId: 'tiny', contentHash: tiny, choices: [1] });
    expect((await app.call('POST', '/api/attempts', { body })).status).toBe(401);
    expect((await app.call('POST', '/api/attempts', { body, token: 'trt_' + 'A'.repeat(43) })).status).toBe(401);
    expect((await app.call('POST', '/api/attempts', { body, token: cohort.trainerKey })).status).toBe(403);
  });

  it('returns the original result, unchanged, when the same key is submitted again', async () => {
    const key = newKey();
    const first = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 1, 0], idempotencyKey: key });
    app.clock.advance(60_000);
    const again = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 1, 0], idempotencyKey: key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });

  it('refuses a reused key with different inputs', async () => {
    const key = newKey();
    await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 1, 0], idempotencyKey: key });
    const r = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 1, 1], idempotencyKey: key });
    expect(r.status).toBe(409);
  });

  it('answers a reused key with a conflict even when the new inputs would not replay', async () => {
    const key = newKey();
    await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 1, 0], idempotencyKey: key });
    const r = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [7, 7, 7], idempotencyKey: key });
    expect([r.status, r.body.error]).toEqual([409, expect.stringMatching(/already used for a different attempt/)]);
  });

  it('keeps idempotency keys per trainee: another trainee with the same key gets an attempt of its own', async () => {
    const key = newKey();
    const a = await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 1, 0], idempotencyKey: key });
    const b = await submit(app, ben.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 1, 0], idempotencyKey: key });
    expect(b.status).toBe(201);
    expect(b.body.attemptId).not.toBe(a.body.attemptId);
    expect(b.body.traineeId).toBe(ben.traineeId);
  });

  it('stores one attempt when the same key arrives many times at once', async () => {
    const key = newKey();
    const replies = await Promise.all(Array.from({ length: 12 }, () =>
      submit(app, ben.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 0, 1], idempotencyKey: key })));
    expect(replies.map((r) => r.status).sort()).toEqual([...Array(11).fill(200), 201]);
    expect(new Set(replies.map((r) => r.body.attemptId)).size).toBe(1);
    const rows = await ctx.db().query('SELECT id FROM attempts WHERE idempotency_key = $1', [key]);
    expect(rows).toHaveLength(1);
  });

  it('accepts a coach-mode run for the record but never ranks it', async () => {
    const solo = await joinCohort(app, cohort, 'Coached Only');
    const r = await submit(app, solo.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 0, 0, 0], mode: 'coach' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ mode: 'coach', ranked: false, overall: 79 });
    for (const url of ['/api/leaderboard?scenario=tiny', '/api/leaderboard', '/api/leaderboard?period=week']) {
      const board = await app.call('GET', url, { token: solo.token });
      expect((board.body.rows as Array<{ traineeId: string }>).map((row) => row.traineeId)).not.toContain(solo.traineeId);
    }
    const around = await app.call('GET', '/api/leaderboard/around-me?scenario=tiny', { token: solo.token });
    expect(around.body).toMatchObject({ me: null, rows: [] });
  });

  it('scores the same on the event loop (VERIFY_WORKERS=0) as in the verification workers', async () => {
    const inline = await createTestApp(ctx.db(), { verifyWorkers: 0 });
    try {
      const input = { scenarioId: 'tiny', contentHash: tiny, choices: [0, 1, 0], seed: 77 };
      const inWorker = await submit(app, ana.token, input);
      const onLoop = await submit(inline, ben.token, input);
      expect([inWorker.status, onLoop.status]).toEqual([201, 201]);
      const scored = ({ outcome, overall, scores, notAssessed, outOfReach, techniques, faults, redLines, simulatedSeconds }: Record<string, unknown>) =>
        ({ outcome, overall, scores, notAssessed, outOfReach, techniques, faults, redLines, simulatedSeconds });
      expect(scored(onLoop.body)).toEqual(scored(inWorker.body));
    } finally {
      await inline.close();
    }
  });

  it('refuses an attempt on a stored version that runs past its run budget when replayed, naming the knot, and goes on verifying', async () => {
    // As a version stored before run budgets were checked at publishing would.
    const loop = uncheckedBundle('stories/hostile/en.ink', SILENT_LOOP);
    await app.deps.scenarios.save({ bundle: loop, bestPath: [], reads: null }, true);
    const r = await submit(app, ana.token, { scenarioId: loop.meta.id, contentHash: loop.contentHash, choices: [0] });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(/^this scenario version cannot be replayed: the story ran 200,000 steps in knot "spin" without reaching a choice/);
    expect((await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 0, 0, 0] })).status).toBe(201);
  });

  it('lists a trainee\'s own attempts, newest first, and nobody else\'s', async () => {
    const r = await app.call('GET', '/api/me/attempts?limit=500', { token: ben.token });
    const list = r.body.attempts as Array<{ traineeId: string }>;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((a) => a.traineeId === ben.traineeId)).toBe(true);
  });
});
