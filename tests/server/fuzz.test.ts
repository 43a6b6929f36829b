// Property-based fuzzing of every endpoint: random, malformed and near-valid requests from
// anonymous, trainee and trainer callers never get a 5xx, and every 4xx carries { error }.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Database } from '../../src/server/db/database.ts';
import { openTestPglite } from './helpers/test-databases.ts';
import { attemptBody, createCohort, createTestApp, join, shippedHash, submit, type Cohort, type TestApp, type Trainee } from './helpers/test-app.ts';
import { startExam } from './helpers/play-exam.ts';
import { duelSource } from './helpers/test-stories.ts';
import { ENDPOINTS } from '../../src/contract/endpoints.ts';

type Auth = 'none' | 'trainee' | 'trainer' | 'garbage' | 'scheme';

interface Endpoint {
  method: 'GET' | 'POST';
  path: string;
  /** Query keys the endpoint reads. */
  query?: string[];
  /** A valid body to mutate. */
  body?: () => Record<string, unknown>;
  /** Valid values of its path parameter, tried as often as random ones (an id nobody can guess). */
  params?: () => string[];
}

const RUNS = 120;

// Percent-encodes the UTF-8 bytes, so lone surrogates travel as the replacement character a
// browser would send; raw fragments below still carry malformed escapes.
const encode = (s: string): string => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const RAW_FRAGMENTS = ['%', '%zz', '%E0%A4%A', '%00', '%C0%AF', '..%2F..', '%2e%2e'];

describe('fuzzing every endpoint', () => {
  let db: Database;
  let app: TestApp;
  let cohort: Cohort;
  let trainee: Trainee;
  let tiny: string;
  let examId: string;
  let attemptId: string;
  let published: string;
  let assignmentId: string;
  let removable: Trainee;

  beforeAll(async () => {
    db = await openTestPglite();
    app = await createTestApp(db);
    cohort = await createCohort(app, 'Fuzz');
    trainee = await join(app, cohort, 'Fuzzer');
    removable = await join(app, cohort, 'Removable');
    tiny = await shippedHash(app, trainee.token, 'tiny');
    examId = (await startExam(app, trainee.token, tiny)).examId;
    attemptId = (await submit(app, trainee.token, { scenarioId: 'tiny', contentHash: tiny, choices: [1] })).body.attemptId as string;
    published = (await app.call('POST', '/api/trainer/scenarios', { token: cohort.trainerKey, body: { language: 'en', source: duelSource({ id: 'fuzz-retire' }) } }))
      .body.contentHash as string;
    assignmentId = (await app.call('POST', '/api/trainer/assignments', { token: cohort.trainerKey, body: assignment() })).body.assignmentId as string;
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const assignment = () => ({ scenarioId: 'duel', dueAt: '2027-01-04T09:00:00Z', passMark: 70 });

  // In the order they run: what hides, retires or removes comes last, so it takes nothing from the others.
  const endpoints = (): Endpoint[] => [
    { method: 'GET', path: '/api/health' },
    { method: 'GET', path: '/api/ready' },
    { method: 'POST', path: '/api/cohorts', body: () => ({ name: 'Fuzzed cohort', passMark: 50 }) },
    { method: 'POST', path: '/api/cohorts/join', body: () => ({ code: cohort.joinCode, displayName: 'Fuzz name' }) },
    { method: 'GET', path: '/api/me' },
    { method: 'GET', path: '/api/me/attempts', query: ['limit', 'before'] },
    { method: 'GET', path: '/api/scenarios' },
    { method: 'GET', path: '/api/scenarios/:contentHash' },
    { method: 'POST', path: '/api/attempts', body: () => attemptBody({ scenarioId: 'tiny', contentHash: tiny, choices: [0, 1, 0] }) },
    { method: 'POST', path: '/api/exams', body: () => ({ contentHash: tiny }) },
    { method: 'GET', path: '/api/exams/:examId', params: () => [examId] },
    { method: 'POST', path: '/api/exams/:examId/turns', params: () => [examId], body: () => ({ turn: 0, index: 0 }) },
    { method: 'POST', path: '/api/exams/:examId/abandon', params: () => [examId] },
    { method: 'GET', path: '/api/me/assignments' },
    { method: 'GET', path: '/api/leaderboard', query: ['scenario', 'period', 'limit'] },
    { method: 'GET', path: '/api/leaderboard/around-me', query: ['scenario', 'period', 'radius'] },
    { method: 'GET', path: '/api/trainer/cohort' },
    { method: 'POST', path: '/api/trainer/scenarios', body: () => ({ language: 'en', source: duelSource({ id: 'fuzz-duel' }) }) },
    { method: 'GET', path: '/api/trainer/scenarios' },
    { method: 'GET', path: '/api/trainer/members' },
    { method: 'GET', path: '/api/trainer/members.csv' },
    { method: 'GET', path: '/api/trainer/attempts', query: ['trainee', 'scenario', 'mode', 'limit', 'before'] },
    { method: 'GET', path: '/api/trainer/attempts.csv', query: ['trainee', 'scenario', 'mode'] },
    { method: 'GET', path: '/api/trainer/dimensions', query: ['scenario', 'mode'] },
    { method: 'GET', path: '/api/trainer/scenarios/:scenarioId/choices', query: ['mode', 'contentHash'] },
    { method: 'GET', path: '/api/trainer/attempts/:attemptId', params: () => [attemptId] },
    { method: 'GET', path: '/api/trainer/shipped' },
    { method: 'POST', path: '/api/trainer/assignments', body: assignment },
    { method: 'GET', path: '/api/trainer/assignments' },
    { method: 'POST', path: '/api/trainer/assignments/:assignmentId/remove', params: () => [assignmentId] },
    { method: 'POST', path: '/api/trainer/scenarios/:contentHash/retire', params: () => [published], body: () => ({ retired: true }) },
    { method: 'POST', path: '/api/trainer/shipped/:scenarioId/hide', params: () => ['duel'], body: () => ({ hidden: true }) },
    { method: 'POST', path: '/api/trainer/members/:traineeId/remove', params: () => [removable.traineeId] },
  ];

  // Strings that have broken servers before: NUL, lone surrogates, huge numbers, SQL, paths.
  const nasty = fc.constantFrom(
    '', ' ', '\u0000', '\uD800', '\uFFFF', '1e309', '-1', '0', '9'.repeat(40), 'NaN', 'null', 'true', '[]', '{}',
    "'; DROP TABLE attempts; --", '../../etc/passwd', '%00', '<script>', '中文', 'tiny', 'all', 'week', 'exam', 'coach',
  );
  const text = fc.oneof(nasty, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
  const value: fc.Arbitrary<unknown> = fc.oneof(
    text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
    fc.array(fc.integer({ min: -2, max: 5 }), { maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }),
  );

  function body(endpoint: Endpoint): fc.Arbitrary<{ payload: string; type: string } | undefined> {
    const valid = endpoint.body;
    const mutated = valid
      ? fc.array(fc.tuple(fc.constantFrom(...Object.keys(valid()), '__proto__', 'constructor', 'extra'), value, fc.boolean()), { maxLength: 4 })
        .map((edits) => {
          const b: Record<string, unknown> = valid();
          for (const [key, v, drop] of edits) {
            if (drop) delete b[key];
            else b[key] = v;
          }
          return { payload: JSON.stringify(b), type: 'application/json' };
        })
      : fc.constant(undefined);
    return fc.oneof(
      { arbitrary: mutated, weight: 4 },
      { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => ({ payload: JSON.stringify(v) ?? 'null', type: 'application/json' })), weight: 2 },
      { arbitrary: text.map((t) => ({ payload: t, type: 'application/json' })), weight: 1 },
      { arbitrary: text.map((t) => ({ payload: t, type: 'text/plain' })), weight: 1 },
      { arbitrary: fc.constant(undefined), weight: 1 },
    );
  }

  const query = (keys: string[]) =>
    fc.array(fc.tuple(fc.constantFrom(...keys, 'x'), fc.oneof(text, fc.integer().map(String))), { maxLength: 4 })
      .map((pairs) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&'));

  const param = (endpoint: Endpoint) => {
    const random = fc.oneof(
      text.map(encode),
      fc.constantFrom('tiny', tiny, 'a'.repeat(64), 'f'.repeat(64), 'a'.repeat(300), ...RAW_FRAGMENTS),
    );
    const valid = endpoint.params?.();
    return valid ? fc.oneof(random, fc.constantFrom(...valid)) : random;
  };
  const auth = fc.constantFrom<Auth>('none', 'trainee', 'trainer', 'garbage', 'scheme');

  it('fuzzes every endpoint the API contract names, and no other', () => {
    const fuzzed = endpoints().map((e) => `${e.method} ${e.path}`).sort();
    expect(fuzzed).toEqual(ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort());
  });

  // Liveness and readiness take no input a caller controls, so no request to them is refused.
  const TAKES_NO_INPUT = new Set(['/api/health', '/api/ready']);

  for (const endpoint of endpoints()) {
    it(`${endpoint.method} ${endpoint.path} never answers 5xx`, async () => {
      const statuses = new Set<number>();
      await fc.assert(fc.asyncProperty(auth, param(endpoint), query(endpoint.query ?? ['x']), body(endpoint), async (who, p, q, b) => {
        const path = endpoint.path.replace(/:[a-zA-Z]+/, p);
        const headers: Record<string, string> = {};
        if (who === 'trainee') headers.authorization = `Bearer ${trainee.token}`;
        if (who === 'trainer') headers.authorization = `Bearer ${cohort.trainerKey}`;
        if (who === 'garbage') headers.authorization = 'Bearer trt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
        if (who === 'scheme') headers.authorization = `Token ${trainee.token}`;
        if (b && endpoint.method === 'POST') headers['content-type'] = b.type;
        const response = await app.app.inject({
          method: endpoint.method, url: q === '' ? path : `${path}?${q}`, headers,
          ...(b && endpoint.method === 'POST' ? { payload: b.payload } : {}),
        });
        statuses.add(response.statusCode);
        expect(response.statusCode, `${endpoint.method} ${path}?${q} ${b?.payload ?? ''} → ${response.body}`).toBeLessThan(500);
        if (response.statusCode >= 400) {
          const parsed = JSON.parse(response.body) as { error?: unknown };
          expect(typeof parsed.error).toBe('string');
        }
      }), { numRuns: RUNS, seed: 20261118 });
      // The fuzzer must get past validation and authentication sometimes, or it proves little.
      expect([...statuses].some((s) => s < 300), `statuses seen: ${[...statuses].join(', ')}`).toBe(true);
      if (!TAKES_NO_INPUT.has(endpoint.path)) expect([...statuses].some((s) => s >= 400)).toBe(true);
    });
  }
});
