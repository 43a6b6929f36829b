// The real server against its contract, on both databases: every endpoint of the table answers
// a successful call with exactly what its schema describes (the test app checks each answer:
// tests/contract/helpers/contract-answers.ts), and lets in only the callers its `auth` names.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Endpoint } from '../../src/contract/endpoint.ts';
import { API, ENDPOINTS } from '../../src/contract/endpoints.ts';
import { describeEachDatabase } from '../server/helpers/test-databases.ts';
import { attemptBody, createCohort, createTestApp, join, shippedHash, type Cohort, type Reply, type TestApp, type Trainee } from '../server/helpers/test-app.ts';
import { duelSource } from '../server/helpers/test-stories.ts';
import { endpointOf } from './helpers/contract-answers.ts';

const CREATION_KEY = 'contract-test-creation-key';

describeEachDatabase('the server\'s answers against the contract', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;
  let trainee: Trainee;
  let tiny: string;
  /** The endpoints that gave a successful answer (each checked against its schema by the test app). */
  const answered = new Set<Endpoint>();

  async function call(method: 'GET' | 'POST', url: string, options: { token?: string; body?: unknown } = {}): Promise<Reply> {
    const reply = await app.call(method, url, options);
    const endpoint = endpointOf(method, url);
    if (endpoint && reply.status < 300) answered.add(endpoint);
    return reply;
  }

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    cohort = await createCohort(app, 'Contract');
    trainee = await join(app, cohort, 'Casey');
    tiny = await shippedHash(app, trainee.token, 'tiny');
  }, 120_000);
  afterAll(() => app?.close());

  it('answers every endpoint of the table as its schema says', async () => {
    const trainer = cohort.trainerKey;
    const me = trainee.token;
    expect((await call('GET', '/api/health')).status).toBe(200);
    expect((await call('GET', '/api/ready')).status).toBe(200);
    expect((await call('POST', '/api/cohorts', { body: { name: 'Another' } })).status).toBe(201);
    const other = await createCohort(app, 'Joinable');
    expect((await call('POST', '/api/cohorts/join', { body: { code: other.joinCode, displayName: 'Dana' } })).status).toBe(201);
    expect((await call('GET', '/api/me', { token: me })).body).toMatchObject({ role: 'trainee' });
    expect((await call('GET', '/api/me', { token: trainer })).body).toMatchObject({ role: 'trainer' });
    expect((await call('GET', '/api/scenarios', { token: me })).status).toBe(200);
    expect((await call('GET', `/api/scenarios/${tiny}`, { token: me })).body).not.toHaveProperty('bestPath');
    const forTrainer = await call('GET', `/api/scenarios/${tiny}`, { token: trainer });
    const bestPath = forTrainer.body.bestPath as number[];
    const body = attemptBody({ scenarioId: 'tiny', contentHash: tiny, choices: bestPath, mode: 'coach' });
    expect((await call('POST', '/api/attempts', { token: me, body })).status).toBe(201);
    expect((await call('POST', '/api/attempts', { token: me, body })).status).toBe(200);
    // An exam, played on the server turn by turn: the best path to its end, then one left after a reply.
    let exam = (await call('POST', '/api/exams', { token: me, body: { contentHash: tiny } })).body;
    expect(exam).toMatchObject({ status: 'open', turn: 0 });
    for (const index of bestPath) exam = (await call('POST', `/api/exams/${exam.examId as string}/turns`, { token: me, body: { turn: exam.turn, index } })).body;
    expect(exam).toMatchObject({ status: 'finished', attempt: { ranked: true } });
    expect((await call('GET', `/api/exams/${exam.examId as string}`, { token: me })).body).toEqual(exam);
    const left = (await call('POST', '/api/exams', { token: me, body: { contentHash: tiny } })).body;
    expect((await call('POST', `/api/exams/${left.examId as string}/turns`, { token: me, body: { turn: 0, index: bestPath[0] } })).status).toBe(200);
    expect((await call('POST', `/api/exams/${left.examId as string}/abandon`, { token: me })).body).toMatchObject({ status: 'abandoned' });
    expect((await call('GET', '/api/me/attempts?limit=1', { token: me })).body.next).not.toBeNull();
    expect((await call('GET', '/api/leaderboard?scenario=tiny', { token: me })).status).toBe(200);
    expect((await call('GET', '/api/leaderboard?period=week', { token: trainer })).status).toBe(200);
    expect((await call('GET', '/api/leaderboard/around-me?scenario=tiny&radius=1', { token: me })).body.me).not.toBeNull();
    expect((await call('GET', '/api/trainer/cohort', { token: trainer })).status).toBe(200);
    const source = duelSource({ id: 'contract-duel' });
    expect((await call('POST', '/api/trainer/scenarios', { token: trainer, body: { language: 'en', source } })).status).toBe(201);
    expect((await call('POST', '/api/trainer/scenarios', { token: trainer, body: { language: 'en', source } })).status).toBe(200);
    expect((await call('GET', '/api/trainer/scenarios', { token: trainer })).status).toBe(200);
    expect((await call('GET', '/api/trainer/members', { token: trainer })).status).toBe(200);
    expect((await call('GET', '/api/trainer/members.csv', { token: trainer })).status).toBe(200);
    expect((await call('GET', '/api/trainer/attempts?mode=all&limit=1', { token: trainer })).body.next).not.toBeNull();
    expect((await call('GET', '/api/trainer/attempts.csv?scenario=tiny', { token: trainer })).status).toBe(200);
    expect((await call('GET', '/api/trainer/dimensions?mode=all', { token: trainer })).status).toBe(200);
    expect((await call('GET', `/api/trainer/scenarios/tiny/choices?contentHash=${tiny}`, { token: trainer })).status).toBe(200);
    const attemptId = (exam.attempt as { attemptId: string }).attemptId;
    expect((await call('GET', `/api/trainer/attempts/${attemptId}`, { token: trainer })).status).toBe(200);
    const contractDuel = ((await call('GET', '/api/trainer/scenarios', { token: trainer })).body.scenarios as Array<{ scenarioId: string; contentHash: string }>)
      .find((v) => v.scenarioId === 'contract-duel')!.contentHash;
    expect((await call('POST', `/api/trainer/scenarios/${contractDuel}/retire`, { token: trainer, body: { retired: true } })).body).toMatchObject({ retired: true });
    expect((await call('POST', `/api/trainer/scenarios/${contractDuel}/retire`, { token: trainer, body: { retired: false } })).body).toMatchObject({ retired: false });
    expect((await call('GET', '/api/trainer/shipped', { token: trainer })).status).toBe(200);
    expect((await call('POST', '/api/trainer/shipped/duel/hide', { token: trainer, body: { hidden: true } })).status).toBe(200);
    expect((await call('POST', '/api/trainer/shipped/duel/hide', { token: trainer, body: { hidden: false } })).status).toBe(200);
    const assignment = await call('POST', '/api/trainer/assignments', { token: trainer, body: { scenarioId: 'tiny', dueAt: '2027-01-04T09:00:00Z' } });
    expect(assignment.status).toBe(201);
    expect((await call('GET', '/api/trainer/assignments', { token: trainer })).status).toBe(200);
    expect((await call('GET', '/api/me/assignments', { token: me })).body.assignments).toHaveLength(1);
    expect((await call('POST', `/api/trainer/assignments/${assignment.body.assignmentId as string}/remove`, { token: trainer })).status).toBe(200);
    const leaving = await join(app, cohort, 'Leaving');
    expect((await call('POST', `/api/trainer/members/${leaving.traineeId}/remove`, { token: trainer })).status).toBe(200);
    expect(ENDPOINTS.filter((e) => !answered.has(e)).map((e) => `${e.method} ${e.path}`)).toEqual([]);
  });

  it('lets in only the callers each endpoint\'s auth names: 401 without a secret, 403 with the wrong kind', async () => {
    const urlOf = (e: Endpoint): string => e.path.replace(':contentHash', tiny).replace(':scenarioId', 'tiny');
    const bodyOf = (e: Endpoint): unknown => e.method === 'POST' ? {} : undefined;
    for (const e of ENDPOINTS) {
      const url = urlOf(e);
      const anonymous = await app.call(e.method, url, { body: bodyOf(e) });
      const asTrainee = await app.call(e.method, url, { token: trainee.token, body: bodyOf(e) });
      const asTrainer = await app.call(e.method, url, { token: cohort.trainerKey, body: bodyOf(e) });
      const statuses = [anonymous.status, asTrainee.status, asTrainer.status];
      // An empty body is refused (400), and an id nobody has (the path's own `:name`) is not found
      // (404), only once the caller got in; an unknown route would answer 404 to everyone.
      const inside = (status: number): boolean => status < 300 || status === 400 || (status === 404 && /:[A-Za-z]+/.test(url));
      const where = `${e.method} ${e.path} (${e.auth})`;
      if (e.auth === 'trainee') expect([statuses[0], statuses[2], inside(statuses[1]!)], where).toEqual([401, 403, true]);
      else if (e.auth === 'trainer') expect([statuses[0], statuses[1], inside(statuses[2]!)], where).toEqual([401, 403, true]);
      else if (e.auth === 'member') expect([statuses[0], inside(statuses[1]!), inside(statuses[2]!)], where).toEqual([401, true, true]);
      else expect(statuses.map(inside), where).toEqual([true, true, true]);
    }
  });

  it('asks for the creation key where the table says so, once the server has one', async () => {
    const guarded = await createTestApp(ctx.db(), { cohortCreationKey: CREATION_KEY });
    try {
      const creating = ENDPOINTS.filter((e) => e.auth === 'creation-key');
      expect(creating).toEqual([API.createCohort]);
      for (const e of creating) {
        expect((await guarded.call(e.method, e.path, { body: { name: 'Keyed' } })).status).toBe(401);
        expect((await guarded.call(e.method, e.path, { token: 'not-the-creation-key', body: { name: 'Keyed' } })).status).toBe(403);
        expect((await guarded.call(e.method, e.path, { token: CREATION_KEY, body: { name: 'Keyed' } })).status).toBe(201);
      }
    } finally {
      await guarded.close();
    }
  });
});
