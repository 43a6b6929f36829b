import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../../src/server/db/database.ts';
import { openTestPglite } from '../helpers/test-databases.ts';
import { createCohort, createTestApp, join as joinCohort, type TestApp } from '../helpers/test-app.ts';

describe('no cache keeps an API answer', () => {
  let db: Database;
  let app: TestApp;
  let staticDir: string;

  beforeAll(async () => {
    db = await openTestPglite();
    staticDir = mkdtempSync(join(tmpdir(), 'srv-dist-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Game</title>');
    app = await createTestApp(db, { staticDir });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await db.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('marks the answers that carry a trainer key or a trainee token no-store', async () => {
    const created = await app.call('POST', '/api/cohorts', { body: { name: 'Secrets' } });
    expect(created.status).toBe(201);
    expect(created.body.trainerKey).toMatch(/^trk_/);
    expect(created.headers['cache-control']).toBe('no-store');
    const joined = await app.call('POST', '/api/cohorts/join', { body: { code: created.body.joinCode, displayName: 'Kept' } });
    expect(joined.body.token).toMatch(/^trt_/);
    expect(joined.headers['cache-control']).toBe('no-store');
  });

  it('marks every other API answer no-store too: data, errors, unknown endpoints, health', async () => {
    const c = await createCohort(app, 'Others');
    const t = await joinCohort(app, c, 'Reader');
    const answers = [
      await app.call('GET', '/api/me', { token: t.token }),
      await app.call('GET', '/api/trainer/members', { token: c.trainerKey }),
      await app.call('GET', '/api/trainer/members.csv', { token: c.trainerKey }),
      await app.call('GET', '/api/leaderboard', { token: t.token }),
      await app.call('GET', '/api/me'),
      await app.call('POST', '/api/cohorts/join', { body: { code: 'ZZZZZZZZ', displayName: 'Nobody' } }),
      await app.call('GET', '/api/nothing-here'),
      await app.call('GET', '/api/health'),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 401, 404, 404, 200]);
    for (const r of answers) expect(r.headers['cache-control']).toBe('no-store');
  });

  it('leaves the game\'s own files cacheable', async () => {
    const index = await app.app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['cache-control']).not.toBe('no-store');
  });
});
