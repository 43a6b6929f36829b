// An exam the trainee left before its ending (issue 10; played on the server since issue 13):
// abandoned through POST /api/exams/:id/abandon, scored as it stood, stored for the trainer marked
// abandoned, and never ranked. The browser can no longer submit one.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { replay } from '../../src/core/session/replay.ts';
import { checkFile } from '../../src/node/check-file.ts';
import { rebuildLeaderboard } from '../../src/server/leaderboard/leaderboard.ts';
import { describeEachDatabase } from './helpers/test-databases.ts';
import { EXAMS_ON_THE_SERVER } from '../../src/server/attempts/submit-attempt.ts';
import { playExam, startExam } from './helpers/play-exam.ts';
import {
  createCohort, createTestApp, join as joinCohort, shippedHash, submit, testStoriesDir, type Cohort, type TestApp, type Trainee,
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
    const left = await playExam(app, leaver.token, { contentHash: tiny, choices: LEFT, abandon: true });
    const { bundle } = checkFile(join(testStoriesDir(), 'tiny', 'en.ink'), courseRubric);
    const asItStood = replay(bundle!, courseRubric, { scenarioId: 'tiny', contentHash: tiny, rubricVersion: courseRubric.version, seed: left.seed, choices: LEFT });
    expect(left).toMatchObject({
      status: 'abandoned', ranked: false, mode: 'exam', playedOn: 'server', outcome: null, choices: LEFT,
      overall: asItStood.overall, scores: asItStood.scores, redLines: asItStood.redLines,
    });
    expect(left.overall).toBeGreaterThan(0);
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
    const finished = await playExam(app, leaver.token, { contentHash: tiny, choices: FINISHED });
    expect(finished).toMatchObject({ status: 'finished', ranked: true, outcome: 'no-sale' });
    expect(finished.overall).toBeLessThan(left[0]!.overall);
    expect(await member(leaver.traineeId)).toMatchObject({
      examAttempts: 1, abandonedExams: 1, bestOverall: finished.overall, averageOverall: finished.overall,
    });
    const board = await app.call('GET', '/api/leaderboard?scenario=tiny', { token: leaver.token });
    expect(board.body.rows).toMatchObject([{ traineeId: leaver.traineeId, score: finished.overall }]);
    // Rebuilt from the attempts themselves, the bests still leave it out.
    await ctx.db().transaction((tx) => rebuildLeaderboard(tx));
    expect((await app.call('GET', '/api/leaderboard?scenario=tiny', { token: leaver.token })).body.rows).toMatchObject([{ score: finished.overall }]);
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

  it('still refuses an unfinished browser run that does not say it was abandoned', async () => {
    const r = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices: LEFT });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('the attempt does not replay: the conversation has not ended after 3 choices');
  });

  it('refuses an abandoned exam submitted from the browser, naming /api/exams, and stores nothing', async () => {
    const before = await member(leaver.traineeId);
    for (const choices of [LEFT, FINISHED]) {
      const r = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices, mode: 'exam', abandoned: true });
      expect(r.status).toBe(422);
      expect(r.body.error).toBe(EXAMS_ON_THE_SERVER);
    }
    expect(await member(leaver.traineeId)).toEqual(before);
  });

  it('refuses an abandoned coach run: a coached run the trainee leaves stays on the device to resume', async () => {
    const r = await submit(app, leaver.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0], mode: 'coach', abandoned: true });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(/^only an exam can be abandoned .*POST \/api\/exams.*stays on the device to resume/);
  });

  it('takes only offered replies before an exam is left: a reply not offered is refused and changes nothing', async () => {
    const exam = await startExam(app, leaver.token, tiny);
    const taken = await app.call('POST', `/api/exams/${exam.examId}/turns`, { token: leaver.token, body: { turn: 0, index: 0 } });
    expect(taken.status).toBe(200);
    const refused = await app.call('POST', `/api/exams/${exam.examId}/turns`, { token: leaver.token, body: { turn: 1, index: 5 } });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatch(/reply 5 is not offered/);
    const abandoned = await app.call('POST', `/api/exams/${exam.examId}/abandon`, { token: leaver.token });
    expect(abandoned.body).toMatchObject({ status: 'abandoned', turn: 1, attempt: { status: 'abandoned', ranked: false, choices: [0] } });
  });

  it('ends an exam for good once it is left: no more turns, and starting again opens a new one', async () => {
    const exam = await startExam(app, leaver.token, tiny);
    const left = await app.call('POST', `/api/exams/${exam.examId}/abandon`, { token: leaver.token });
    expect(left.body).toMatchObject({ status: 'abandoned', choices: [] });
    const late = await app.call('POST', `/api/exams/${exam.examId}/turns`, { token: leaver.token, body: { turn: 0, index: 0 } });
    expect(late.status).toBe(409);
    const again = await startExam(app, leaver.token, tiny);
    expect(again.examId).not.toBe(exam.examId);
    expect(again).toMatchObject({ status: 'open', turn: 0, attempt: null });
  });
});
