// Assignments through the API: made only for a scenario the cohort plays now and a due date to
// come; each current member's standing moves not-started → in-progress → failed → passed as they
// play server exams of it (practice and exams from before it was made do not count); removed
// members leave the counts; the trainee sees their own, soonest due first.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { createCohort, createTestApp, join, shippedHash, submit, type Cohort, type TestApp, type Trainee } from '../helpers/test-app.ts';
import { playExam, startExam } from '../helpers/play-exam.ts';
import { duelSource } from '../helpers/test-stories.ts';

interface Member { traineeId: string; displayName: string; status: string; best: number | null; passedAt: string | null; late: boolean }
interface Progress {
  assignmentId: string; scenarioId: string; language: string | null; title: string; dueAt: string; passMark: number; createdAt: string;
  counts: Record<string, number>; members: Member[];
}
interface Mine { assignmentId: string; scenarioId: string; status: string; best: number | null; passedAt: string | null; late: boolean; dueAt: string }

const DAY = 24 * 3_600_000;
const PASSING = [0, 0, 0, 0]; // tiny: 79
const FAILING = [1]; // tiny: 0, a hang-up

describeEachDatabase('assignments', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;
  let ana: Trainee;
  let ben: Trainee;
  let cy: Trainee;
  let tiny: string;

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    cohort = await createCohort(app, 'Assigned', 60);
    ana = await join(app, cohort, 'Ana');
    ben = await join(app, cohort, 'Ben');
    cy = await join(app, cohort, 'Cy');
    tiny = await shippedHash(app, ana.token, 'tiny');
  });
  afterAll(() => app.close());

  const dueIn = (ms: number): string => new Date(app.clock.now() + ms).toISOString();
  const assign = (body: Record<string, unknown>, token = cohort.trainerKey) => app.call('POST', '/api/trainer/assignments', { token, body });
  const progress = async (c = cohort): Promise<Progress[]> => {
    const r = await app.call('GET', '/api/trainer/assignments', { token: c.trainerKey });
    expect(r.status, r.text).toBe(200);
    return r.body.assignments as Progress[];
  };
  const one = async (assignmentId: string): Promise<Progress> => (await progress()).find((a) => a.assignmentId === assignmentId)!;
  const statuses = (p: Progress): Array<[string, string]> => p.members.map((m) => [m.displayName, m.status]);
  const mine = async (t: Trainee): Promise<Mine[]> => {
    const r = await app.call('GET', '/api/me/assignments', { token: t.token });
    expect(r.status, r.text).toBe(200);
    return r.body.assignments as Mine[];
  };

  it('makes an assignment with the cohort\'s pass mark by default, titled as the scenario is', async () => {
    const dueAt = dueIn(7 * DAY);
    const r = await assign({ scenarioId: 'tiny', dueAt });
    expect(r.status, r.text).toBe(201);
    expect(r.body).toMatchObject({ scenarioId: 'tiny', language: null, dueAt, passMark: 60, createdAt: new Date(app.clock.now()).toISOString() });
    expect(r.body.title).toBe('Tiny test customer');
    const own = await assign({ scenarioId: 'duel', language: 'en', dueAt: '2030-01-01T08:00:00+08:00', passMark: 90 });
    expect(own.body).toMatchObject({ language: 'en', passMark: 90, dueAt: '2030-01-01T00:00:00.000Z', title: 'Duel customer' });
  });

  it('refuses a scenario the cohort cannot play now, a language it lacks, and a due date gone', async () => {
    const refused = async (body: Record<string, unknown>, reason: RegExp): Promise<void> => {
      const r = await assign(body);
      expect([r.status, r.body.error]).toEqual([422, expect.stringMatching(reason)]);
    };
    await refused({ scenarioId: 'no-such-scenario', dueAt: dueIn(DAY) }, /"no-such-scenario" is not one this cohort can play now/);
    await refused({ scenarioId: 'tiny', language: 'zh-CN', dueAt: dueIn(DAY) }, /"tiny" in zh-CN is not one/);
    await refused({ scenarioId: 'tiny', dueAt: dueIn(-1) }, /has already passed/);
    await refused({ scenarioId: 'tiny', dueAt: dueIn(0) }, /has already passed/);
    expect((await app.call('POST', `/api/trainer/shipped/tiny/hide`, { token: cohort.trainerKey, body: { hidden: true } })).status).toBe(200);
    await refused({ scenarioId: 'tiny', dueAt: dueIn(DAY) }, /is not one this cohort can play now/);
    expect((await app.call('POST', `/api/trainer/shipped/tiny/hide`, { token: cohort.trainerKey, body: { hidden: false } })).status).toBe(200);
    expect((await assign({ scenarioId: 'tiny', dueAt: 'tomorrow' })).status).toBe(400);
    expect((await assign({ scenarioId: 'tiny', dueAt: dueIn(DAY), passMark: 101 })).status).toBe(400);
    expect((await assign({ scenarioId: 'tiny', dueAt: dueIn(DAY) }, ana.token)).status).toBe(403);
  });

  it('moves each member from not started through in progress and failed to passed, counting only server exams since it was made', async () => {
    const c = await createCohort(app, 'Progress', 60);
    const [a, b, d] = [await join(app, c, 'Ada'), await join(app, c, 'Bo'), await join(app, c, 'Di')];
    await playExam(app, a.token, { contentHash: tiny, choices: PASSING }); // before the assignment: not counted
    app.clock.advance(1000);
    const made = await app.call('POST', '/api/trainer/assignments', { token: c.trainerKey, body: { scenarioId: 'tiny', dueAt: dueIn(7 * DAY) } });
    expect(made.status, made.text).toBe(201);
    const id = made.body.assignmentId as string;
    const now = async (): Promise<Progress> => (await progress(c)).find((x) => x.assignmentId === id)!;

    let p = await now();
    expect(statuses(p)).toEqual([['Ada', 'not-started'], ['Bo', 'not-started'], ['Di', 'not-started']]);
    expect(p.counts).toEqual({ 'not-started': 3, 'in-progress': 0, failed: 0, passed: 0 });

    app.clock.advance(1000);
    await startExam(app, a.token, tiny);
    expect(statuses(await now())[0]).toEqual(['Ada', 'in-progress']);

    app.clock.advance(1000);
    await playExam(app, a.token, { contentHash: tiny, choices: FAILING }); // the open exam, finished
    p = await now();
    expect(p.members[0]).toMatchObject({ displayName: 'Ada', status: 'failed', best: 0, passedAt: null, late: false });

    app.clock.advance(1000);
    const passed = await playExam(app, a.token, { contentHash: tiny, choices: PASSING, assignmentId: id });
    app.clock.advance(1000);
    await playExam(app, a.token, { contentHash: tiny, choices: FAILING }); // a later fail does not undo the pass
    expect((await now()).members[0]).toEqual({
      traineeId: a.traineeId, displayName: 'Ada', status: 'passed', best: passed.overall, passedAt: passed.submittedAt, late: false,
    });

    // Practice never counts, however good.
    expect((await submit(app, b.token, { scenarioId: 'tiny', contentHash: tiny, choices: PASSING, mode: 'coach' })).status).toBe(201);
    expect(statuses(await now())[1]).toEqual(['Bo', 'not-started']);

    await playExam(app, d.token, { contentHash: tiny, choices: FAILING });
    expect((await now()).counts).toEqual({ 'not-started': 1, 'in-progress': 0, failed: 1, passed: 1 });

    // A removed member leaves the counts and the list.
    expect((await app.call('POST', `/api/trainer/members/${d.traineeId}/remove`, { token: c.trainerKey })).status).toBe(200);
    p = await now();
    expect(statuses(p)).toEqual([['Ada', 'passed'], ['Bo', 'not-started']]);
    expect(p.counts).toEqual({ 'not-started': 1, 'in-progress': 0, failed: 0, passed: 1 });

    // Once the due date has gone, whoever has not passed is late.
    app.clock.advance(8 * DAY);
    expect((await now()).members.map((m) => [m.displayName, m.late])).toEqual([['Ada', false], ['Bo', true]]);
  });

  it('counts only exams in the assignment\'s language when it names one', async () => {
    const c = await createCohort(app, 'Languages', 50);
    const t = await join(app, c, 'Lin');
    const zh = await app.call('POST', '/api/trainer/scenarios', {
      token: c.trainerKey, body: { language: 'zh-CN', source: duelSource({ id: 'tiny', title: '小客户' }) },
    });
    expect(zh.status, zh.text).toBe(201);
    const made = await app.call('POST', '/api/trainer/assignments', { token: c.trainerKey, body: { scenarioId: 'tiny', language: 'zh-CN', dueAt: dueIn(DAY) } });
    expect(made.body.title).toBe('小客户');
    app.clock.advance(1000);
    await playExam(app, t.token, { contentHash: tiny, choices: PASSING }); // English: not this assignment's
    expect((await mine(t))[0]).toMatchObject({ status: 'not-started' });
    await playExam(app, t.token, { contentHash: zh.body.contentHash as string, choices: [0, 0, 0] });
    expect((await mine(t))[0]).toMatchObject({ status: 'passed', best: 100 });
  });

  it('shows a trainee their open assignments, soonest due first, each with their own standing', async () => {
    const c = await createCohort(app, 'Mine', 60);
    const t = await join(app, c, 'Mei');
    const later = await app.call('POST', '/api/trainer/assignments', { token: c.trainerKey, body: { scenarioId: 'duel', dueAt: dueIn(9 * DAY) } });
    const sooner = await app.call('POST', '/api/trainer/assignments', { token: c.trainerKey, body: { scenarioId: 'tiny', dueAt: dueIn(2 * DAY) } });
    app.clock.advance(1000);
    await playExam(app, t.token, { contentHash: tiny, choices: FAILING });
    const list = await mine(t);
    expect(list.map((x) => [x.assignmentId, x.scenarioId, x.status])).toEqual([
      [sooner.body.assignmentId, 'tiny', 'failed'], [later.body.assignmentId, 'duel', 'not-started'],
    ]);
    expect(list[0]).toMatchObject({ best: 0, passedAt: null, late: false, dueAt: sooner.body.dueAt });
    // Another cohort's trainee sees none of them.
    expect(await mine(ana)).not.toContainEqual(expect.objectContaining({ assignmentId: sooner.body.assignmentId }));
    expect((await app.call('GET', '/api/me/assignments', { token: c.trainerKey })).status).toBe(403);
  });

  it('removes an assignment from both lists, once, and only the cohort\'s own', async () => {
    const made = await assign({ scenarioId: 'tiny', dueAt: dueIn(3 * DAY) });
    const id = made.body.assignmentId as string;
    expect((await one(id)).members.map((m) => m.displayName)).toEqual(['Ana', 'Ben', 'Cy']);
    const other = await createCohort(app, 'Not yours');
    const remove = (token: string) => app.call('POST', `/api/trainer/assignments/${id}/remove`, { token });
    expect((await remove(other.trainerKey)).status).toBe(404);
    expect((await remove(ben.token)).status).toBe(403);
    const r = await remove(cohort.trainerKey);
    expect([r.status, r.body]).toEqual([200, { removed: true }]);
    expect((await remove(cohort.trainerKey)).status).toBe(200);
    expect((await progress()).map((a) => a.assignmentId)).not.toContain(id);
    expect((await mine(cy)).map((a) => a.assignmentId)).not.toContain(id);
    expect((await app.call('POST', '/api/trainer/assignments/no-such-assignment/remove', { token: cohort.trainerKey })).status).toBe(404);
  });

  it('lists an assignment of a cohort with no members yet with every count at zero', async () => {
    const c = await createCohort(app, 'Empty');
    await app.call('POST', '/api/trainer/assignments', { token: c.trainerKey, body: { scenarioId: 'duel', dueAt: dueIn(DAY) } });
    const [p] = await progress(c);
    expect(p).toMatchObject({ counts: { 'not-started': 0, 'in-progress': 0, failed: 0, passed: 0 }, members: [] });
  });
});
