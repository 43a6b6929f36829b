// An exam the trainee left before its ending: accepted with `abandoned: true`, replayed and
// scored as it stood, stored for the trainer marked abandoned, and never ranked (issue 10).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { replay } from '../../src/core/session/replay.ts';
import { checkFile } from '../../src/node/check-file.ts';
import { rebuildLeaderboard } from '../../src/server/leaderboard/leaderboard.ts';
import { describeEachDatabase } from './helpers/test-databases.ts';
import {
  createCohort, createTestApp, join as joinCohort, newKey, shippedHash, submit, testStoriesDir, type Cohort, type TestApp, type Trainee,
} from './helpers/test-app.ts';

interface Row { traineeId: string }
interface Member { traineeId: string; examAttempts: number; abandonedExams: number; bestOverall: number | null; averageOverall: number | null }

describeEachDatabase('abandoned exams', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;
  let leaver: Trainee;
  let tiny: string;
  const LEFT = [0, 0, 0]; // the objection answered and a buying signal shown, then the trainee left before closing
  const FINISHED = [0, 0, 1]; // argues with the objection: no sale

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    cohort = await createCohort(app, 'Leavers');
    leaver = await joinCohort(app, cohort, 'Leaver');
    tiny = await shippedHash(app, leaver.token, 'tiny');
  });
  afterAll(() => app.close());

  const boards = async (token: string): Promise<string[][]> => Promise.all(
    ['/api/leaderboard?scenario=tiny', '/api/leaderboard', '/api/leaderboard?period=week', '/api/leaderboard?scenario=tiny&period=week']
      .map(async (url) => ((await app.call('GET', url, { token })).body.rows as Row[]).map((r) => r.traineeId)),
  );
  const member = async (traineeId: string): Promise<Member> =>
    ((await app.call('GET', '/api/trainer/members', { token: cohort.trainerKey })).body.members as Member[]).find((m) => m.traineeId === traineeId)!;

  it('scores an abandoned exam as it stood, exactly as the core replays the choices made', async () => {
    const r = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices: LEFT, abandoned: true });
    expect(r.status).toBe(201);
    const { bundle } = checkFile(join(testStoriesDir(), 'tiny', 'en.ink'), courseRubric);
    const asItStood = replay(bundle!, courseRubric, { scenarioId: 'tiny', contentHash: tiny, rubricVersion: courseRubric.version, seed: 0, choices: LEFT });
    expect(r.body).toMatchObject({
      status: 'abandoned', ranked: false, mode: 'exam', outcome: null, choices: LEFT,
      overall: asItStood.overall, scores: asItStood.scores, redLines: asItStood.redLines,
    });
    expect(r.body.overall).toBeGreaterThan(0);
  });

  it('never ranks it: no leaderboard, no best, no average, but counted as abandoned for the trainer', async () => {
    expect((await boards(leaver.token)).flat()).not.toContain(leaver.traineeId);
    expect((await app.call('GET', '/api/leaderboard/around-me?scenario=tiny', { token: leaver.token })).body).toMatchObject({ me: null, rows: [] });
    expect(await member(leaver.traineeId)).toMatchObject({ examAttempts: 0, abandonedExams: 1, bestOverall: null, averageOverall: null });
    const dims = await app.call('GET', '/api/trainer/dimensions', { token: cohort.trainerKey });
    expect((dims.body.trainees as Row[]).map((t) => t.traineeId)).not.toContain(leaver.traineeId);
    const choices = await app.call('GET', '/api/trainer/scenarios/tiny/choices', { token: cohort.trainerKey });
    expect(choices.body.versions).toEqual([]);
  });

  it('keeps the best and average to finished exams even when the abandoned one stood higher', async () => {
    const left = (await app.call('GET', '/api/me/attempts', { token: leaver.token })).body.attempts as Array<{ overall: number }>;
    const finished = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices: FINISHED });
    expect(finished.body).toMatchObject({ status: 'finished', ranked: true, outcome: 'no-sale' });
    expect(finished.body.overall as number).toBeLessThan(left[0]!.overall);
    expect(await member(leaver.traineeId)).toMatchObject({
      examAttempts: 1, abandonedExams: 1, bestOverall: finished.body.overall, averageOverall: finished.body.overall,
    });
    const board = await app.call('GET', '/api/leaderboard?scenario=tiny', { token: leaver.token });
    expect(board.body.rows).toMatchObject([{ traineeId: leaver.traineeId, score: finished.body.overall }]);
    // Rebuilt from the attempts themselves, the bests still leave it out.
    await ctx.db().transaction((tx) => rebuildLeaderboard(tx));
    expect((await app.call('GET', '/api/leaderboard?scenario=tiny', { token: leaver.token })).body.rows).toMatchObject([{ score: finished.body.overall }]);
  });

  it('shows it to the trainer marked abandoned, in the list and the CSV', async () => {
    const list = await app.call('GET', `/api/trainer/attempts?trainee=${leaver.traineeId}`, { token: cohort.trainerKey });
    expect((list.body.attempts as Array<{ status: string; ranked: boolean; choices: number[] }>).map((a) => [a.status, a.ranked, a.choices]))
      .toEqual([['finished', true, FINISHED], ['abandoned', false, LEFT]]);
    const csv = await app.call('GET', `/api/trainer/attempts.csv?trainee=${leaver.traineeId}`, { token: cohort.trainerKey });
    const [header, ...rows] = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));
    expect(rows.map((cells) => cells[header!.indexOf('status')])).toEqual(['finished', 'abandoned']);
    const members = await app.call('GET', '/api/trainer/members.csv', { token: cohort.trainerKey });
    expect(members.text.split('\r\n')[0]!.split(',')).toContain('abandoned_exams');
  });

  it('still refuses an unfinished run that does not say it was abandoned', async () => {
    const r = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices: LEFT });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('the attempt does not replay: the conversation has not ended after 3 choices');
  });

  it('refuses an "abandoned" run that reached its ending', async () => {
    const r = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices: FINISHED, abandoned: true });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('the attempt is not abandoned: the conversation reached its ending after 3 choices, so send it without "abandoned"');
  });

  it('refuses an abandoned coach run: a coached run the trainee leaves stays on the device to resume', async () => {
    const r = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0], mode: 'coach', abandoned: true });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(/^only an exam attempt can be abandoned/);
  });

  it('still replays the choices of an abandoned run: a choice not offered is refused', async () => {
    const r = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 5], abandoned: true });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('the attempt does not replay: step 2: choice 5 is not offered: choose 0 to 1');
  });

  it('counts "abandoned" as one of the inputs an idempotency key stands for', async () => {
    const key = newKey();
    const first = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0], abandoned: true, idempotencyKey: key });
    const again = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0], abandoned: true, idempotencyKey: key });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(first.body);
    const claimedFinished = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0], idempotencyKey: key });
    expect(claimedFinished.status).toBe(409);
  });
});
