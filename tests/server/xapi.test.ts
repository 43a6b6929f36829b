import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/server/clock.ts';
import type { Database } from '../../src/server/db/database.ts';
import type { XapiConfig } from '../../src/server/config.ts';
import { createApp } from '../../src/server/start-server.ts';
import { backoffMs } from '../../src/server/xapi/xapi-outbox.ts';
import { isoDuration } from '../../src/server/xapi/xapi-statement.ts';
import { openTestPglite } from './helpers/test-databases.ts';
import { startLrsStub, type LrsStub } from './helpers/lrs-stub.ts';
import { createCohort, createTestApp, join, shippedHash, submit, testConfig, type TestApp } from './helpers/test-app.ts';
import { playExam } from './helpers/play-exam.ts';
import { promiseSource } from './helpers/test-stories.ts';

const xapiConfig = (endpoint: string, overrides: Partial<XapiConfig> = {}): XapiConfig => ({
  endpoint, auth: 'Basic bHJzOnNlY3JldA==', pollMs: 20, baseDelayMs: 1000, maxDelayMs: 8000, maxTries: 4, timeoutMs: 2000, ...overrides,
});

describe('xAPI durations and backoff', () => {
  it('writes ISO-8601 durations', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(18)).toBe('PT18S');
    expect(isoDuration(192.5)).toBe('PT3M12.5S');
    expect(isoDuration(3600)).toBe('PT1H');
    expect(isoDuration(3723.456)).toBe('PT1H2M3.46S');
  });

  it('doubles the wait after each failure up to the cap', () => {
    const config = { baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, config))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});

describe('xAPI statements to a Learning Record Store', () => {
  let db: Database;
  let lrs: LrsStub;
  let app: TestApp;

  beforeAll(async () => {
    db = await openTestPglite();
    lrs = await startLrsStub();
    app = await createTestApp(db, { xapi: xapiConfig(lrs.endpoint) });
  });
  afterAll(async () => {
    await app.close();
    await lrs.close();
    await db.close();
  });

  const outbox = () => app.deps.outbox!;

  it('sends each exam played on the server as a statement: actor, verb, activity, result, extensions', async () => {
    const c = await createCohort(app, 'xAPI cohort', 60);
    const t = await join(app, c, 'Learner');
    const tiny = await shippedHash(app, t.token, 'tiny');
    const passed = await playExam(app, t.token, { contentHash: tiny, choices: [0, 0, 0, 0] }); // 79
    const failed = await playExam(app, t.token, { contentHash: tiny, choices: [0, 0, 1] }); // 25
    // A coach run, submitted from the browser, is practice: no statement.
    expect((await submit(app, t.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 0, 0, 0], mode: 'coach' })).status).toBe(201);
    lrs.requests.length = 0;
    expect(await outbox().deliverDue()).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(lrs.requests).toHaveLength(2);
    const [first, second] = lrs.requests;
    expect(first!.method).toBe('PUT');
    expect(first!.url).toBe(`/xapi/statements?statementId=${first!.body.id as string}`);
    expect(first!.headers['x-experience-api-version']).toBe('1.0.3');
    expect(first!.headers.authorization).toBe('Basic bHJzOnNlY3JldA==');
    expect(first!.headers['content-type']).toBe('application/json');
    const base = 'http://lms.example.test';
    expect(first!.body).toMatchObject({
      actor: { objectType: 'Agent', name: 'Learner', account: { homePage: base, name: t.traineeId } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
      object: { objectType: 'Activity', id: `${base}/scenarios/tiny`, definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: { en: 'Tiny test customer' } } },
      result: {
        score: { scaled: 0.79, raw: 79, min: 0, max: 100 }, success: true, completion: true,
        duration: isoDuration(passed.simulatedSeconds),
        extensions: {
          [`${base}/xapi/extensions/dimension-scores`]: passed.scores, [`${base}/xapi/extensions/outcome`]: 'sale',
          [`${base}/xapi/extensions/red-lines`]: [],
        },
      },
      context: {
        language: 'en',
        contextActivities: { grouping: [{ id: `${base}/cohorts/${c.cohortId}` }] },
        extensions: { [`${base}/xapi/extensions/attempt-id`]: passed.attemptId, [`${base}/xapi/extensions/content-hash`]: tiny },
      },
      timestamp: passed.submittedAt,
    });
    expect(second!.body).toMatchObject({
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      result: { success: false, score: { scaled: 0.25 } },
      context: { extensions: { [`${base}/xapi/extensions/attempt-id`]: failed.attemptId } },
    });
    expect(await outbox().deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('carries the red lines crossed as a result extension', async () => {
    const c = await createCohort(app, 'Red lines', 60);
    const t = await join(app, c, 'Promiser');
    const published = await app.call('POST', '/api/trainer/scenarios', { token: c.trainerKey, body: { language: 'en', source: promiseSource() } });
    const r = await playExam(app, t.token, { contentHash: published.body.contentHash as string, choices: [0, 1, 0] });
    expect(r.redLines).toEqual(['false-promise']);
    lrs.requests.length = 0;
    expect(await outbox().deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const base = 'http://lms.example.test';
    expect(lrs.requests[0]!.body).toMatchObject({
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      result: { success: false, completion: true, score: { raw: r.overall }, extensions: { [`${base}/xapi/extensions/red-lines`]: ['false-promise'] } },
    });
  });

  it('sends an abandoned exam as "abandoned", with no score and no success', async () => {
    const c = await createCohort(app, 'Leavers', 0);
    const t = await join(app, c, 'Leaver');
    const tiny = await shippedHash(app, t.token, 'tiny');
    const r = await playExam(app, t.token, { contentHash: tiny, choices: [0, 0, 0], abandon: true });
    expect(r).toMatchObject({ status: 'abandoned', ranked: false });
    lrs.requests.length = 0;
    expect(await outbox().deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const statement = lrs.requests[0]!.body as { verb: unknown; result: Record<string, unknown> };
    expect(statement.verb).toEqual({ id: 'https://w3id.org/xapi/adl/verbs/abandoned', display: { 'en-US': 'abandoned', 'zh-CN': '放弃' } });
    expect(statement.result).toMatchObject({ completion: false, duration: isoDuration(r.simulatedSeconds) });
    // A pass mark of 0 would make any scored attempt a pass: an abandoned one is neither.
    expect(statement.result).not.toHaveProperty('score');
    expect(statement.result).not.toHaveProperty('success');
  });

  it('retries a failed delivery with growing waits until the LRS takes it, under the same statement id', async () => {
    const c = await createCohort(app);
    const t = await join(app, c, 'Retry');
    const tiny = await shippedHash(app, t.token, 'tiny');
    await playExam(app, t.token, { contentHash: tiny, choices: [0, 1, 0] });
    lrs.requests.length = 0;
    lrs.script.push(503, 500);
    expect(await outbox().deliverDue()).toEqual({ sent: 0, retried: 1, failed: 0 });
    app.clock.advance(999);
    expect(await outbox().deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 }); // not due for 1 s
    app.clock.advance(1);
    expect(await outbox().deliverDue()).toEqual({ sent: 0, retried: 1, failed: 0 });
    app.clock.advance(1999);
    expect(await outbox().deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 }); // then 2 s
    app.clock.advance(1);
    expect(await outbox().deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(lrs.requests).toHaveLength(3);
    expect(new Set(lrs.requests.map((r) => r.body.id)).size).toBe(1);
    const [row] = await db.query<{ tries: number; last_error: string | null; sent_at: string }>(
      'SELECT tries, last_error, sent_at FROM xapi_outbox ORDER BY id DESC LIMIT 1');
    expect(row).toMatchObject({ tries: 3, last_error: null, sent_at: new Date(app.clock.now()).toISOString() });
  });

  it('gives up after the configured number of tries and records why', async () => {
    const c = await createCohort(app);
    const t = await join(app, c, 'Give up');
    const tiny = await shippedHash(app, t.token, 'tiny');
    const r = await playExam(app, t.token, { contentHash: tiny, choices: [1] });
    lrs.script.push(503, 503, 503, 503);
    const reports = [];
    for (let i = 0; i < 4; i++) {
      reports.push(await outbox().deliverDue());
      app.clock.advance(10_000);
    }
    expect(reports.map((x) => x.failed)).toEqual([0, 0, 0, 1]);
    const [row] = await db.query<{ failed_at: string | null; last_error: string }>('SELECT failed_at, last_error FROM xapi_outbox WHERE attempt_id = $1', [r.attemptId]);
    expect(row!.failed_at).not.toBeNull();
    expect(row!.last_error).toBe('LRS answered 503');
  });

  it('keeps a statement queued while the LRS is unreachable', async () => {
    const closed = await startLrsStub();
    await closed.close();
    const offline = await createTestApp(db, { xapi: xapiConfig(closed.endpoint) });
    try {
      const c = await createCohort(offline);
      const t = await join(offline, c, 'Offline');
      const tiny = await shippedHash(offline, t.token, 'tiny');
      const r = await playExam(offline, t.token, { contentHash: tiny, choices: [1] });
      // Only this app's statement is due on its clock; the others' rows belong to the first app.
      await db.query('UPDATE xapi_outbox SET next_try_at = next_try_at + interval \'1 day\' WHERE attempt_id <> $1 AND sent_at IS NULL', [r.attemptId]);
      expect(await offline.deps.outbox!.deliverDue()).toEqual({ sent: 0, retried: 1, failed: 0 });
      const [row] = await db.query<{ last_error: string; sent_at: string | null }>('SELECT last_error, sent_at FROM xapi_outbox WHERE attempt_id = $1', [r.attemptId]);
      expect(row!.last_error).toMatch(/^LRS unreachable/);
      expect(row!.sent_at).toBeNull();
      await db.query('UPDATE xapi_outbox SET failed_at = now() WHERE sent_at IS NULL');
    } finally {
      await offline.close();
    }
  });

  it('delivers on its own in the background once started', async () => {
    const live = await createApp({ config: testConfig({ xapi: xapiConfig(lrs.endpoint, { baseDelayMs: 30 }) }), db, clock: systemClock });
    try {
      const creates = await live.app.inject({ method: 'POST', url: '/api/cohorts', payload: { name: 'Live' } });
      const c = creates.json<{ joinCode: string }>();
      const joined = (await live.app.inject({ method: 'POST', url: '/api/cohorts/join', payload: { code: c.joinCode, displayName: 'Live' } })).json<{ token: string }>();
      const list = (await live.app.inject({ method: 'GET', url: '/api/scenarios', headers: { authorization: `Bearer ${joined.token}` } }))
        .json<{ scenarios: Array<{ scenarioId: string; contentHash: string }> }>();
      const tiny = list.scenarios.find((s) => s.scenarioId === 'tiny')!.contentHash;
      lrs.requests.length = 0;
      lrs.script.push(503);
      live.deps.outbox!.start();
      // An exam of one reply (tiny's hang-up), played on the server.
      const headers = { authorization: `Bearer ${joined.token}` };
      const started = await live.app.inject({ method: 'POST', url: '/api/exams', headers, payload: { contentHash: tiny } });
      expect(started.statusCode).toBe(201);
      const examId = started.json<{ examId: string }>().examId;
      const r = await live.app.inject({ method: 'POST', url: `/api/exams/${examId}/turns`, headers, payload: { turn: 0, index: 1 } });
      expect(r.json<{ status: string }>().status).toBe('finished');
      const deadline = Date.now() + 5000;
      while (lrs.requests.length < 2 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
      expect(lrs.requests.map((q) => q.body.id)).toHaveLength(2);
      expect(lrs.requests[0]!.body.id).toBe(lrs.requests[1]!.body.id);
    } finally {
      await live.close();
    }
  });

  it('queues nothing when no LRS is configured', async () => {
    const plain = await createTestApp(db);
    try {
      expect(plain.deps.outbox).toBeNull();
      const c = await createCohort(plain);
      const t = await join(plain, c, 'No LRS');
      const tiny = await shippedHash(plain, t.token, 'tiny');
      const r = await playExam(plain, t.token, { contentHash: tiny, choices: [1] });
      expect(await db.query('SELECT 1 FROM xapi_outbox WHERE attempt_id = $1', [r.attemptId])).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});
