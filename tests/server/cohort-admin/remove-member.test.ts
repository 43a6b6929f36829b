// Removing a member: their token stops working at once (even though it was just remembered),
// they leave the member list, its CSV, the member count and the leaderboards, and their attempts
// stay in the attempt list.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { createCohort, createTestApp, join, shippedHash, submit, type Cohort, type TestApp } from '../helpers/test-app.ts';
import { playExam, startExam } from '../helpers/play-exam.ts';

interface Row { rank: number; displayName: string; score: number }

describeEachDatabase('removing a member', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;
  let tiny: string;

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    cohort = await createCohort(app, 'Removals');
    tiny = await shippedHash(app, (await join(app, cohort, 'Probe')).token, 'tiny');
  });
  afterAll(() => app.close());

  const remove = (traineeId: string, token = cohort.trainerKey) =>
    app.call('POST', `/api/trainer/members/${traineeId}/remove`, { token });
  const names = async (url: string, of = cohort): Promise<string[]> =>
    ((await app.call('GET', url, { token: of.trainerKey })).body.members as Array<{ displayName: string }>).map((m) => m.displayName);

  it('refuses the removed member\'s token at once with a reason, though it was just remembered', async () => {
    const t = await join(app, cohort, 'Gone Soon');
    expect((await app.call('GET', '/api/me', { token: t.token })).status).toBe(200);
    const r = await remove(t.traineeId);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({ traineeId: t.traineeId, displayName: 'Gone Soon', removedAt: new Date(app.clock.now()).toISOString() });
    for (const [method, url] of [['GET', '/api/me'], ['GET', '/api/scenarios'], ['GET', '/api/me/assignments'], ['GET', '/api/leaderboard']] as const) {
      const refused = await app.call(method, url, { token: t.token });
      expect([refused.status, refused.body.error, url]).toEqual([401, 'you were removed from this cohort', url]);
    }
    const submitted = await submit(app, t.token, { scenarioId: 'tiny', contentHash: tiny, choices: [1], mode: 'coach' });
    expect(submitted.status).toBe(401);
  });

  it('answers a second removal with the first, and 404 for anyone not in this cohort', async () => {
    const t = await join(app, cohort, 'Twice Removed');
    const first = await remove(t.traineeId);
    app.clock.advance(60_000);
    const again = await remove(t.traineeId);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const other = await createCohort(app, 'Other');
    const stranger = await join(app, other, 'Stranger');
    expect((await remove(stranger.traineeId)).status).toBe(404);
    expect((await remove('no-such-trainee')).status).toBe(404);
    expect((await remove(stranger.traineeId, other.trainerKey)).status).toBe(200);
    expect((await remove(t.traineeId, stranger.token)).status).toBe(401); // removed just now
    const member = await join(app, other, 'Member');
    expect((await remove(t.traineeId, member.token)).status).toBe(403);
  });

  it('takes the member off the list, its CSV, the count and the leaderboards, and keeps their attempts listed', async () => {
    const c = await createCohort(app, 'Boards');
    const stays = await join(app, c, 'Stays');
    const leaves = await join(app, c, 'Leaves');
    await playExam(app, stays.token, { contentHash: tiny, choices: [0, 1, 1] });
    const best = await playExam(app, leaves.token, { contentHash: tiny, choices: [0, 0, 0, 0] });
    const practice = await submit(app, leaves.token, { scenarioId: 'tiny', contentHash: tiny, choices: [1], mode: 'coach' });
    expect(practice.status).toBe(201);
    await startExam(app, leaves.token, tiny); // left open: it stays as it is
    const board = async (query: string): Promise<Row[]> =>
      (await app.call('GET', `/api/leaderboard?${query}`, { token: c.trainerKey })).body.rows as Row[];
    expect((await board('scenario=tiny')).map((r) => [r.rank, r.displayName])).toEqual([[1, 'Leaves'], [2, 'Stays']]);
    expect((await app.call('GET', '/api/trainer/cohort', { token: c.trainerKey })).body.members).toBe(2);

    expect((await remove(leaves.traineeId, c.trainerKey)).status).toBe(200);

    expect(await names('/api/trainer/members', c)).toEqual(['Stays']);
    const csv = await app.call('GET', '/api/trainer/members.csv', { token: c.trainerKey });
    expect(csv.text).toContain(',Stays,');
    expect(csv.text).not.toContain('Leaves');
    expect((await app.call('GET', '/api/trainer/cohort', { token: c.trainerKey })).body.members).toBe(1);
    for (const query of ['scenario=tiny', '', 'scenario=tiny&period=week', 'period=week']) {
      expect((await board(query)).map((r) => [r.rank, r.displayName])).toEqual([[1, 'Stays']]);
    }
    const around = await app.call('GET', '/api/leaderboard/around-me?scenario=tiny', { token: stays.token });
    expect(around.body.me).toMatchObject({ rank: 1, displayName: 'Stays' });
    const listed = await app.call('GET', `/api/trainer/attempts?trainee=${leaves.traineeId}`, { token: c.trainerKey });
    expect((listed.body.attempts as Array<{ attemptId: string; displayName: string }>).map((a) => [a.attemptId, a.displayName]))
      .toEqual([[practice.body.attemptId, 'Leaves'], [best.attemptId, 'Leaves']]);
  });

  it('is the trainer\'s to do', async () => {
    const t = await join(app, cohort, 'Safe');
    expect((await remove(t.traineeId, t.token)).status).toBe(403);
    expect((await app.call('POST', `/api/trainer/members/${t.traineeId}/remove`)).status).toBe(401);
    expect(await names('/api/trainer/members')).toContain('Safe');
  });
});
