// Several stateless server processes on one PostgreSQL: no state that matters lives in a process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { openPostgres } from '../../src/server/db/postgres-database.ts';
import { rebuildLeaderboard } from '../../src/server/leaderboard/leaderboard.ts';
import { startPostgres, type PostgresCluster } from '../../scripts/lib/postgres-cluster.ts';
import { POSTGRES_SKIP_REASON } from './helpers/test-databases.ts';
import { startLrsStub, type LrsStub } from './helpers/lrs-stub.ts';
import { TestClock, createCohort, createTestApp, join, newKey, shippedHash, submit, type TestApp } from './helpers/test-app.ts';
import { playExam } from './helpers/play-exam.ts';
import { duelSource } from './helpers/test-stories.ts';

const TINY_PATHS = [[1], [0, 0, 1], [0, 1, 1], [0, 1, 0], [0, 0, 0, 1], [0, 0, 0, 0]];

describe.skipIf(POSTGRES_SKIP_REASON !== null)(`several servers on one PostgreSQL${POSTGRES_SKIP_REASON ? ` — skipped: ${POSTGRES_SKIP_REASON}` : ''}`, () => {
  let cluster: PostgresCluster;
  let dbs: Database[];
  let lrs: LrsStub;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    cluster = await startPostgres();
    const url = await cluster.createDatabase();
    dbs = await Promise.all([openPostgres(url), openPostgres(url)]);
    await Promise.all(dbs.map((db) => migrate(db)));
    lrs = await startLrsStub();
    const xapi = { endpoint: lrs.endpoint, auth: null, pollMs: 50, baseDelayMs: 50, maxDelayMs: 1000, maxTries: 5, timeoutMs: 2000 };
    const clock = new TestClock();
    a = await createTestApp(dbs[0]!, { xapi }, clock);
    b = await createTestApp(dbs[1]!, { xapi }, clock);
  }, 60_000);
  afterAll(async () => {
    await a.close();
    await b.close();
    await Promise.all(dbs.map((db) => db.close()));
    await lrs.close();
    await cluster.stop();
  });

  it('serves one cohort from either server', async () => {
    const cohort = await createCohort(a, 'Shared');
    const t = await join(b, cohort, 'Roamer');
    const published = await a.call('POST', '/api/trainer/scenarios', { token: cohort.trainerKey, body: { language: 'en', source: duelSource({ id: 'roam-duel' }) } });
    const played = await playExam(b, t.token, { contentHash: published.body.contentHash as string, choices: [0, 0, 0] });
    expect(played).toMatchObject({ status: 'finished', ranked: true });
    const board = await a.call('GET', '/api/leaderboard?scenario=roam-duel', { token: t.token });
    expect((board.body.rows as Array<{ displayName: string; score: number }>).map((row) => [row.displayName, row.score])).toEqual([['Roamer', 100]]);
  });

  it('stores one coach run when the same key reaches both servers at once', async () => {
    const cohort = await createCohort(a);
    const t = await join(a, cohort, 'Twice');
    const tiny = await shippedHash(a, t.token, 'tiny');
    const key = newKey();
    const replies = await Promise.all(Array.from({ length: 16 }, (_, i) =>
      submit(i % 2 === 0 ? a : b, t.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 1, 0], idempotencyKey: key })));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    expect(new Set(replies.map((r) => r.body.attemptId)).size).toBe(1);
  });

  it('keeps leaderboard bests exact under concurrent exams finishing on both servers', async () => {
    const cohort = await createCohort(a);
    const people = await Promise.all(['P1', 'P2', 'P3', 'P4'].map((n) => join(a, cohort, n)));
    const tiny = await shippedHash(a, people[0]!.token, 'tiny');
    // Four trainees at once, each through their exams one after another (a trainee has one open exam
    // per version: starting it again resumes it), each exam on either server.
    await Promise.all(people.map(async (person, p) => {
      for (let i = p; i < 60; i += 4) {
        await playExam(i % 2 === 0 ? a : b, person.token, { contentHash: tiny, choices: TINY_PATHS[(i * 7) % 6]! });
      }
    }));
    const snapshot = 'SELECT * FROM leaderboard_entries WHERE cohort_id = $1 ORDER BY scenario_id, period, trainee_id';
    const incremental = await dbs[0]!.query(snapshot, [cohort.cohortId]);
    await dbs[0]!.transaction((tx) => rebuildLeaderboard(tx));
    expect(await dbs[0]!.query(snapshot, [cohort.cohortId])).toEqual(incremental);
  });

  it('answers ready from both servers checking at once (each reads back its own write)', async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).call('GET', '/api/ready')));
    expect(replies.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 200));
  });

  it('delivers each xAPI statement once when both servers deliver at the same time', async () => {
    while ((await a.deps.outbox!.deliverDue()).sent > 0); // drain earlier tests' statements
    lrs.requests.length = 0;
    const cohort = await createCohort(a);
    const t = await join(a, cohort, 'Reported');
    const tiny = await shippedHash(a, t.token, 'tiny');
    for (let i = 0; i < 30; i++) await playExam(i % 2 === 0 ? a : b, t.token, { contentHash: tiny, choices: [1] });
    const reports = await Promise.all([a.deps.outbox!.deliverDue(), b.deps.outbox!.deliverDue(), a.deps.outbox!.deliverDue(), b.deps.outbox!.deliverDue()]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(30);
    expect(new Set(lrs.requests.map((r) => r.body.id)).size).toBe(30);
    expect(lrs.requests).toHaveLength(30);
  });
});
