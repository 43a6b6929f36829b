import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { DEFAULT_CONFIG, readConfig } from '../../../src/server/config.ts';
import { openTestPglite } from '../helpers/test-databases.ts';
import { createCohort, createTestApp, join, shippedHash, submit, type TestApp } from '../helpers/test-app.ts';

describe('how often one trainee may submit', () => {
  let db: Database;

  beforeAll(async () => {
    db = await openTestPglite();
  }, 120_000);
  afterAll(() => db.close());

  async function submits(app: TestApp, token: string, hash: string, n: number) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await submit(app, token, { scenarioId: 'tiny', contentHash: hash, choices: [1] }));
    return out;
  }

  it('refuses a trainee over the limit with 429, Retry-After and a reason, while another trainee on the same address goes on', async () => {
    const app = await createTestApp(db, { rateLimit: { max: 1000, createMax: 100 }, submitRateLimit: 3 });
    try {
      const c = await createCohort(app);
      const [ana, ben] = [await join(app, c, 'Ana'), await join(app, c, 'Ben')];
      const tiny = await shippedHash(app, ana.token, 'tiny');
      const mine = await submits(app, ana.token, tiny, 4);
      expect(mine.map((r) => r.status)).toEqual([201, 201, 201, 429]);
      const refused = mine[3]!;
      expect(refused.body.error).toMatch(/^too many attempts from this trainee: at most 3 a minute; retry in \d+ s$/);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect((await submits(app, ben.token, tiny, 1))[0]!.status).toBe(201);
      const members = await app.call('GET', '/api/trainer/members', { token: c.trainerKey });
      // The refused attempt was never stored (and the three stored ones are one play: a repeat counts once).
      const anaRow = (members.body.members as Array<{ displayName: string; attempts: number; repeats: number }>).find((m) => m.displayName === 'Ana');
      expect(anaRow).toMatchObject({ attempts: 1, repeats: 2 });
    } finally {
      await app.close();
    }
  });

  it('does not count requests whose token is missing or unknown against a trainee', async () => {
    const app = await createTestApp(db, { rateLimit: { max: 1000, createMax: 100 }, submitRateLimit: 2 });
    try {
      const c = await createCohort(app);
      const t = await join(app, c, 'Guarded');
      const tiny = await shippedHash(app, t.token, 'tiny');
      for (let i = 0; i < 5; i++) {
        expect((await app.call('POST', '/api/attempts', { body: {} })).status).toBe(401);
        expect((await app.call('POST', '/api/attempts', { body: {}, headers: { authorization: `Bearer ${t.token}x` } })).status).toBe(401);
      }
      expect((await submits(app, t.token, tiny, 3)).map((r) => r.status)).toEqual([201, 201, 429]);
    } finally {
      await app.close();
    }
  });

  it('is off when rate limiting is off, and read from RATE_LIMIT_SUBMIT (default 30 a minute)', async () => {
    const app = await createTestApp(db, { rateLimit: null, submitRateLimit: 2 });
    try {
      const c = await createCohort(app);
      const t = await join(app, c, 'Unlimited');
      const tiny = await shippedHash(app, t.token, 'tiny');
      expect((await submits(app, t.token, tiny, 4)).map((r) => r.status)).toEqual([201, 201, 201, 201]);
    } finally {
      await app.close();
    }
    expect(DEFAULT_CONFIG.submitRateLimit).toBe(30);
    expect(readConfig({}).submitRateLimit).toBe(30);
    expect(readConfig({ RATE_LIMIT_SUBMIT: '5' }).submitRateLimit).toBe(5);
    expect(readConfig({ RATE_LIMIT_SUBMIT: 'off' }).submitRateLimit).toBeNull();
    expect(() => readConfig({ RATE_LIMIT_SUBMIT: 'lots' })).toThrow(/submitRateLimit/);
  });
});
