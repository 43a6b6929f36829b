import { afterAll, beforeAll, expect, it } from 'vitest';
import { rebuildLeaderboard } from '../../src/server/leaderboard/leaderboard.ts';
import { describeEachDatabase } from './helpers/test-databases.ts';
import {
  createCohort, createTestApp, join, shippedHash, submit, type Cohort, type TestApp, type Trainee,
} from './helpers/test-app.ts';

interface Row {
  rank: number;
  traineeId: string;
  displayName: string;
  score: number;
  scenarios: number;
  reachedAt: string;
}

// tiny: [1] 0, [0,0,1] 25, [0,1,1] 50, [0,1,0] 63, [0,0,0,1] 63, [0,0,0,0] 69
// duel: [0,1] 13, [1] 25, [0,0,1] 75, [0,0,0] 88
// Overall scores under rubric 2.0.0: a sale leaves follow-up out (no path to a sale can earn it).
const TINY = { 0: [1], 25: [0, 0, 1], 50: [0, 1, 1], 63: [0, 0, 0, 1], 71: [0, 1, 0], 79: [0, 0, 0, 0] } as const;
const DUEL = { 13: [0, 1], 25: [1], 75: [0, 0, 1], 100: [0, 0, 0] } as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describeEachDatabase('leaderboards', (ctx) => {
  let app: TestApp;
  let hashes: { tiny: string; duel: string };

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    const c = await createCohort(app);
    const t = await join(app, c, 'Probe');
    hashes = { tiny: await shippedHash(app, t.token, 'tiny'), duel: await shippedHash(app, t.token, 'duel') };
  });
  afterAll(() => app.close());

  async function play(t: Trainee, scenario: 'tiny' | 'duel', score: number, mode: 'exam' | 'coach' = 'exam'): Promise<void> {
    const table: Record<number, readonly number[]> = scenario === 'tiny' ? TINY : DUEL;
    const choices = table[score];
    if (!choices) throw new Error(`no ${scenario} path scores ${score}`);
    const r = await submit(app, t.token, { scenarioId: scenario, contentHash: hashes[scenario], choices: [...choices], mode });
    expect(r.status, r.text).toBe(201);
    expect(r.body.overall).toBe(score);
  }

  async function board(token: string, query: string): Promise<Row[]> {
    const r = await app.call('GET', `/api/leaderboard?${query}`, { token });
    expect(r.status, r.text).toBe(200);
    return r.body.rows as Row[];
  }

  async function people(c: Cohort, ...names: string[]): Promise<Trainee[]> {
    const out: Trainee[] = [];
    for (const name of names) out.push(await join(app, c, name));
    return out;
  }

  it('ranks each trainee once, by their best exam score on the scenario', async () => {
    const c = await createCohort(app);
    const [a, b, d] = await people(c, 'Ada', 'Bo', 'Di');
    await play(a!, 'tiny', 25);
    await play(b!, 'tiny', 63);
    await play(a!, 'tiny', 79);
    await play(d!, 'tiny', 50);
    await play(a!, 'tiny', 0);
    await play(d!, 'tiny', 79, 'coach');
    const rows = await board(a!.token, 'scenario=tiny');
    expect(rows.map((r) => [r.rank, r.displayName, r.score])).toEqual([[1, 'Ada', 79], [2, 'Bo', 63], [3, 'Di', 50]]);
  });

  it('breaks a tie in favour of the earlier submission, and a later equal score does not move it', async () => {
    const c = await createCohort(app);
    const [late, early] = await people(c, 'Late', 'Early');
    await play(early!, 'tiny', 63);
    const firstAt = new Date(app.clock.now()).toISOString();
    app.clock.advance(HOUR);
    await play(late!, 'tiny', 63);
    app.clock.advance(HOUR);
    await play(early!, 'tiny', 63); // the same score again, later: the earlier one still counts
    const rows = await board(late!.token, 'scenario=tiny');
    expect(rows.map((r) => r.displayName)).toEqual(['Early', 'Late']);
    expect(rows[0]!.reachedAt).toBe(firstAt);
  });

  it('breaks a tie within the same instant by submission order', async () => {
    const c = await createCohort(app);
    const [x, y] = await people(c, 'Xi', 'Yu');
    await play(y!, 'tiny', 50);
    await play(x!, 'tiny', 50);
    expect((await board(x!.token, 'scenario=tiny')).map((r) => r.displayName)).toEqual(['Yu', 'Xi']);
  });

  it('ranks the overall board by the sum of each trainee\'s best per scenario', async () => {
    const c = await createCohort(app);
    const [a, b, d] = await people(c, 'A1', 'B1', 'D1');
    await play(a!, 'tiny', 79); // 79 + 13 = 92
    await play(a!, 'duel', 13);
    await play(b!, 'duel', 100); // 100 alone
    await play(d!, 'tiny', 50); // 50 + 75 = 125
    await play(d!, 'duel', 75);
    await play(d!, 'duel', 25);
    const rows = await board(a!.token, '');
    expect(rows.map((r) => [r.displayName, r.score, r.scenarios])).toEqual([['D1', 125, 2], ['B1', 100, 1], ['A1', 92, 2]]);
  });

  it('breaks an overall tie by who reached the total first', async () => {
    const c = await createCohort(app);
    const [p, q] = await people(c, 'P', 'Q');
    await play(q!, 'tiny', 63);
    app.clock.advance(1000);
    await play(p!, 'tiny', 50);
    app.clock.advance(1000);
    await play(p!, 'duel', 13); // P reaches 63 now, after Q
    const rows = await board(p!.token, '');
    expect(rows.map((r) => [r.displayName, r.score])).toEqual([['Q', 63], ['P', 63]]);
  });

  it('counts only this week\'s attempts on the weekly boards, from Monday 00:00', async () => {
    const c = await createCohort(app);
    const [old, fresh] = await people(c, 'Old', 'Fresh');
    const wednesday = app.clock.now();
    const monday = wednesday - (wednesday % DAY) - 2 * DAY; // the clock starts on a Wednesday noon UTC
    app.clock.ms = monday - 1; // Sunday 23:59:59.999 of the week before
    await play(old!, 'tiny', 79);
    app.clock.ms = monday;
    await play(fresh!, 'tiny', 25);
    await play(old!, 'tiny', 0);
    app.clock.ms = wednesday;
    expect((await board(old!.token, 'scenario=tiny&period=week')).map((r) => [r.displayName, r.score])).toEqual([['Fresh', 25], ['Old', 0]]);
    expect((await board(old!.token, 'scenario=tiny&period=all')).map((r) => [r.displayName, r.score])).toEqual([['Old', 79], ['Fresh', 25]]);
    const week = await app.call('GET', '/api/leaderboard?period=week', { token: old!.token });
    expect(week.body.weekStart).toBe(new Date(monday).toISOString().slice(0, 10));
    app.clock.ms = monday + 7 * DAY; // next Monday: a new, empty week
    expect(await board(old!.token, 'scenario=tiny&period=week')).toEqual([]);
    app.clock.ms = wednesday;
  });

  it('starts the week at Monday 00:00 in the configured time zone', async () => {
    const shanghai = await createTestApp(ctx.db(), { weekOffsetMinutes: 480 });
    try {
      const c = await createCohort(shanghai);
      const t = await join(shanghai, c, 'Zhang');
      const wednesday = Date.UTC(2026, 10, 18, 12);
      shanghai.clock.ms = Date.UTC(2026, 10, 15, 16, 30); // Sunday 16:30 UTC = Monday 00:30 in Beijing
      const r = await submit(shanghai, t.token, { scenarioId: 'tiny', contentHash: hashes.tiny, choices: [0, 1, 0] });
      expect(r.status).toBe(201);
      shanghai.clock.ms = wednesday;
      const week = await shanghai.call('GET', '/api/leaderboard?scenario=tiny&period=week', { token: t.token });
      expect(week.body.weekStart).toBe('2026-11-16');
      expect(week.body.rows).toHaveLength(1);
    } finally {
      await shanghai.close();
    }
  });

  it('returns the top N and the places around the caller', async () => {
    const c = await createCohort(app);
    const names = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6'];
    const ts = await people(c, ...names);
    const scores = [79, 63, 63, 50, 25, 0] as const;
    for (const [i, t] of ts.entries()) {
      await play(t, 'tiny', scores[i]!);
      app.clock.advance(1000);
    }
    expect((await board(ts[0]!.token, 'scenario=tiny&limit=3')).map((r) => r.displayName)).toEqual(['R1', 'R2', 'R3']);
    const around = await app.call('GET', '/api/leaderboard/around-me?scenario=tiny&radius=1', { token: ts[3]!.token });
    expect(around.status).toBe(200);
    expect((around.body.me as Row).rank).toBe(4);
    expect((around.body.rows as Row[]).map((r) => [r.rank, r.displayName])).toEqual([[3, 'R3'], [4, 'R4'], [5, 'R5']]);
    const top = await app.call('GET', '/api/leaderboard/around-me?scenario=tiny&radius=2', { token: ts[0]!.token });
    expect((top.body.rows as Row[]).map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('shows each cohort only its own trainees, to its trainees and its trainer', async () => {
    const c1 = await createCohort(app);
    const c2 = await createCohort(app);
    const [one] = await people(c1, 'Same Name');
    const [two] = await people(c2, 'Same Name');
    await play(one!, 'tiny', 25);
    await play(two!, 'tiny', 79);
    expect((await board(one!.token, 'scenario=tiny')).map((r) => r.traineeId)).toEqual([one!.traineeId]);
    expect((await board(c2.trainerKey, 'scenario=tiny')).map((r) => r.traineeId)).toEqual([two!.traineeId]);
    expect((await app.call('GET', '/api/leaderboard')).status).toBe(401);
    expect((await app.call('GET', '/api/leaderboard/around-me', { token: c1.trainerKey })).status).toBe(403);
  });

  it('refuses malformed leaderboard queries with 400', async () => {
    const c = await createCohort(app);
    const [t] = await people(c, 'Q1');
    for (const q of ['limit=0', 'limit=101', 'limit=ten', 'period=year', 'scenario=Not_An_Id', 'radius=-1', 'scenario=a&scenario=b']) {
      const url = q.startsWith('radius') ? `/api/leaderboard/around-me?${q}` : `/api/leaderboard?${q}`;
      const r = await app.call('GET', url, { token: t!.token });
      expect([r.status, q]).toEqual([400, q]);
      expect(typeof r.body.error).toBe('string');
    }
  });

  it('rebuilds exactly the bests it kept incrementally', async () => {
    const before = await ctx.db().query('SELECT * FROM leaderboard_entries ORDER BY cohort_id, scenario_id, period, trainee_id');
    expect(before.length).toBeGreaterThan(10);
    await ctx.db().transaction((tx) => rebuildLeaderboard(tx));
    const after = await ctx.db().query('SELECT * FROM leaderboard_entries ORDER BY cohort_id, scenario_id, period, trainee_id');
    expect(after).toEqual(before);
  });
});
