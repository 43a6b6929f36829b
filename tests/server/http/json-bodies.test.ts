import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { openTestPglite } from '../helpers/test-databases.ts';
import { attemptBody, createCohort, createTestApp, join, shippedHash, type TestApp } from '../helpers/test-app.ts';

describe('request bodies are JSON only', () => {
  let db: Database;
  let app: TestApp;

  beforeAll(async () => {
    db = await openTestPglite();
    app = await createTestApp(db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const post = (url: string, payload: string, headers: Record<string, string>) => app.app.inject({ method: 'POST', url, payload, headers });

  it('answers a text/plain body with 415 and a reason naming what to send', async () => {
    const c = await createCohort(app);
    const t = await join(app, c, 'Plain');
    const tiny = await shippedHash(app, t.token, 'tiny');
    const json = (value: unknown) => JSON.stringify(value);
    const cases: Array<[string, string, Record<string, string>]> = [
      ['/api/cohorts', json({ name: 'Plain text' }), {}],
      ['/api/cohorts/join', json({ code: c.joinCode, displayName: 'Sneaky' }), {}],
      ['/api/attempts', json(attemptBody({ scenarioId: 'tiny', contentHash: tiny, choices: [1] })), { authorization: `Bearer ${t.token}` }],
      ['/api/exams', json({ contentHash: tiny }), { authorization: `Bearer ${t.token}` }],
      ['/api/trainer/scenarios', json({ language: 'en', source: 'x' }), { authorization: `Bearer ${c.trainerKey}` }],
    ];
    for (const [url, payload, headers] of cases) {
      const r = await post(url, payload, { ...headers, 'content-type': 'text/plain' });
      expect([url, r.statusCode]).toEqual([url, 415]);
      expect(r.json()).toEqual({ error: 'the body must be JSON: send it with "Content-Type: application/json" (this request sent "text/plain")' });
    }
    const members = await app.call('GET', '/api/trainer/members', { token: c.trainerKey });
    expect((members.body.members as unknown[]).length).toBe(1); // nothing was joined by the refused body
    expect(await app.deps.db.query('SELECT 1 FROM exam_sessions WHERE trainee_id = $1', [t.traineeId])).toEqual([]); // nor an exam started
  });

  it('answers any other non-JSON type, or a body with no type, with 415', async () => {
    for (const type of ['text/plain; charset=utf-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/csv']) {
      const r = await post('/api/cohorts', '{"name":"x"}', { 'content-type': type });
      expect([type, r.statusCode]).toEqual([type, 415]);
      expect(r.json<{ error: string }>().error).toContain('Content-Type: application/json');
    }
    const untyped = await app.app.inject({ method: 'POST', url: '/api/cohorts', payload: Buffer.from('{"name":"x"}') });
    expect(untyped.statusCode).toBe(415);
    expect(untyped.json<{ error: string }>().error).toContain('this request sent no Content-Type');
  });

  it('still takes JSON, with or without a charset', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8']) {
      const r = await post('/api/cohorts', '{"name":"Typed"}', { 'content-type': type });
      expect([type, r.statusCode]).toEqual([type, 201]);
    }
  });
});
