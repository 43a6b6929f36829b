import { afterAll, beforeAll, expect, it } from 'vitest';
import { rebuildLeaderboard } from '../../src/server/leaderboard/leaderboard.ts';
import type { ScenarioBundle } from '../../src/core/session/scenario-bundle.ts';
import { describeEachDatabase } from './helpers/test-databases.ts';
import { playExam } from './helpers/play-exam.ts';
import { replayedOverall, testBundle } from './helpers/test-bundles.ts';
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

// Named paths through the two test stories. What each scores is not written down here: the core
// replay works it out (beforeAll), and every attempt must come back with that score, so the
// boards below hold the server to scoring exactly as the core does. Exams are played on the
// server turn by turn (issue 13); coach runs are submitted from the browser and never ranked.
const TINY = { hangUp: [1], argued: [0, 0, 1], followUp: [0, 1, 1], resolvedFollowUp: [0, 0, 0, 1], fabeSale: [0, 1, 0], best: [0, 0, 0, 0] } as const;
const DUEL = { argued: [0, 1], hangUp: [1], followUp: [0, 0, 1], sale: [0, 0, 0] } as const;
type TinyPath = keyof typeof TINY;
type DuelPath = keyof typeof DUEL;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describeEachDatabase('leaderboards', (ctx) => {
  let app: TestApp;
  let hashes: { tiny: string; duel: string };
  let tiny: Record<TinyPath, number>;
  let duel: Record<DuelPath, number>;

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    const c = await createCohort(app);
    const t = await join(app, c, 'Probe');
    hashes = { tiny: await shippedHash(app, t.token, 'tiny'), duel: await shippedHash(app, t.token, 'duel') };
    const bundles = { tiny: testBundle('tiny'), duel: testBundle('duel') };
    expect([bundles.tiny.contentHash, bundles.duel.contentHash]).toEqual([hashes.tiny, hashes.duel]); // the very stories the server plays
    const scored = <P extends string>(bundle: ScenarioBundle, paths: Record<P, readonly number[]>): Record<P, number> =>
      Object.fromEntries(Object.entries<readonly number[]>(paths).map(([name, choices]) => [name, replayedOverall(bundle, choices)])) as Record<P, number>;
    tiny = scored(bundles.tiny, TINY);
    duel = scored(bundles.duel, DUEL);
  });
  afterAll(() => app.close());

  async function play(t: Trainee, scenario: 'tiny', path: TinyPath, mode?: 'exam' | 'coach'): Promise<void>;
  async function play(t: Trainee, scenario: 'duel', path: DuelPath, mode?: 'exam' | 'coach'): Promise<void>;
  async function play(t: Trainee, scenario: 'tiny' | 'duel', path: TinyPath | DuelPath, mode: 'exam' | 'coach' = 'exam'): Promise<void> {
    const [choices, score] = scenario === 'tiny' ? [TINY[path as TinyPath], tiny[path as TinyPath]] : [DUEL[path as DuelPath], duel[path as DuelPath]];
    if (mode === 'exam') {
      expect((await playExam(app, t.token, { contentHash: hashes[scenario], choices: [...choices] })).overall).toBe(score);
      return;
    }
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

  it('scores the paths in the order the boards below rely on, with the ties they need', () => {
    expect([tiny.hangUp, tiny.argued, tiny.followUp, tiny.resolvedFollowUp, tiny.fabeSale, tiny.best]).toEqual(
      [tiny.hangUp, tiny.argued, tiny.followUp, tiny.resolvedFollowUp, tiny.fabeSale, tiny.best].sort((a, b) => a - b));
    expect(new Set(Object.values(tiny)).size).toBe(Object.keys(tiny).length);
    expect([duel.argued, duel.hangUp, duel.followUp, duel.sale]).toEqual([duel.argued, duel.hangUp, duel.followUp, duel.sale].sort((a, b) => a - b));
    expect(new Set(Object.values(duel)).size).toBe(Object.keys(duel).length);
    expect(tiny.best + duel.argued).toBeLessThan(duel.sale); // the overall board's order
    expect(duel.sale).toBeLessThan(tiny.followUp + duel.followUp);
    expect(tiny.followUp + duel.argued).toBe(tiny.resolvedFollowUp); // an overall tie
  });

  it('ranks each trainee once, by their best exam score on the scenario', async () => {
    const c = await createCohort(app);
    const [a, b, d] = await people(c, 'Ada', 'Bo', 'Di');
    await play(a!, 'tiny', 'argued');
    await play(b!, 'tiny', 'resolvedFollowUp');
    await play(a!, 'tiny', 'best');
    await play(d!, 'tiny', 'followUp');
    await play(a!, 'tiny', 'hangUp');
    await play(d!, 'tiny', 'best', 'coach');
    const rows = await board(a!.token, 'scenario=tiny');
    expect(rows.map((r) => [r.rank, r.displayName, r.score])).toEqual([[1, 'Ada', tiny.best], [2, 'Bo', tiny.resolvedFollowUp], [3, 'Di', tiny.followUp]]);
  });

  it('breaks a tie in favour of the earlier submission, and a later equal score does not move it', async () => {
    const c = await createCohort(app);
    const [late, early] = await people(c, 'Late', 'Early');
    await play(early!, 'tiny', 'resolvedFollowUp');
    const firstAt = new Date(app.clock.now()).toISOString();
    app.clock.advance(HOUR);
    await play(late!, 'tiny', 'resolvedFollowUp');
    app.clock.advance(HOUR);
    await play(early!, 'tiny', 'resolvedFollowUp'); // the same score again, later: the earlier one still counts
    const rows = await board(late!.token, 'scenario=tiny');
    expect(rows.map((r) => r.displayName)).toEqual(['Early', 'Late']);
    expect(rows[0]!.reachedAt).toBe(firstAt);
  });

  it('breaks a tie within the same instant by submission order', async () => {
    const c = await createCohort(app);
    const [x, y] = await people(c, 'Xi', 'Yu');
    await play(y!, 'tiny', 'followUp');
    await play(x!, 'tiny', 'followUp');
    expect((await board(x!.token, 'scenario=tiny')).map((r) => r.displayName)).toEqual(['Yu', 'Xi']);
  });

  it('ranks the overall board by the sum of each trainee\'s best per scenario', async () => {
    const c = await createCohort(app);
    const [a, b, d] = await people(c, 'A1', 'B1', 'D1');
    await play(a!, 'tiny', 'best');
    await play(a!, 'duel', 'argued');
    await play(b!, 'duel', 'sale'); // one scenario alone
    await play(d!, 'tiny', 'followUp');
    await play(d!, 'duel', 'followUp');
    await play(d!, 'duel', 'hangUp');
    const rows = await board(a!.token, '');
    expect(rows.map((r) => [r.displayName, r.score, r.scenarios])).toEqual([
      ['D1', tiny.followUp + duel.followUp, 2], ['B1', duel.sale, 1], ['A1', tiny.best + duel.argued, 2],
    ]);
  });

  it('breaks an overall tie by who reached the total first', async () => {
    const c = await createCohort(app);
    const [p, q] = await people(c, 'P', 'Q');
    await play(q!, 'tiny', 'resolvedFollowUp');
    app.clock.advance(1000);
    await play(p!, 'tiny', 'followUp');
    app.clock.advance(1000);
    await play(p!, 'duel', 'argued'); // P reaches Q's total now, after Q
    const rows = await board(p!.token, '');
    expect(rows.map((r) => [r.displayName, r.score])).toEqual([['Q', tiny.resolvedFollowUp], ['P', tiny.resolvedFollowUp]]);
  });

  it('counts only this week\'s attempts on the weekly boards, from Monday 00:00', async () => {
    const c = await createCohort(app);
    const [old, fresh] = await people(c, 'Old', 'Fresh');
    const wednesday = app.clock.now();
    const monday = wednesday - (wednesday % DAY) - 2 * DAY; // the clock starts on a Wednesday noon UTC
    app.clock.ms = monday - 1; // Sunday 23:59:59.999 of the week before
    await play(old!, 'tiny', 'best');
    app.clock.ms = monday;
    await play(fresh!, 'tiny', 'argued');
    await play(old!, 'tiny', 'hangUp');
    app.clock.ms = wednesday;
    expect((await board(old!.token, 'scenario=tiny&period=week')).map((r) => [r.displayName, r.score])).toEqual([['Fresh', tiny.argued], ['Old', tiny.hangUp]]);
    expect((await board(old!.token, 'scenario=tiny&period=all')).map((r) => [r.displayName, r.score])).toEqual([['Old', tiny.best], ['Fresh', tiny.argued]]);
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
      expect((await playExam(shanghai, t.token, { contentHash: hashes.tiny, choices: [...TINY.fabeSale] })).status).toBe('finished');
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
    const paths: TinyPath[] = ['best', 'resolvedFollowUp', 'resolvedFollowUp', 'followUp', 'argued', 'hangUp'];
    for (const [i, t] of ts.entries()) {
      await play(t, 'tiny', paths[i]!);
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
    await play(one!, 'tiny', 'argued');
    await play(two!, 'tiny', 'best');
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
