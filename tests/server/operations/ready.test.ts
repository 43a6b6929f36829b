// /api/ready proves the database takes a write and gives it back, in time; /api/health is
// liveness only and answers whatever the database does.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/server/config.ts';
import { describeEachDatabase, openTestPglite } from '../helpers/test-databases.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

describeEachDatabase('readiness', (ctx) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(ctx.db(), { operations: { ...DEFAULT_CONFIG.operations, readyTimeoutMs: 500 } });
  }, 60_000);
  afterAll(() => app.close());

  it('is ready once the database has taken a write and read it back', async () => {
    const r = await app.call('GET', '/api/ready');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ready: true });
    const rows = await ctx.db().query<{ token: string }>('SELECT token FROM readiness_probe');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token).toMatch(/^[0-9a-f]{24}$/);
  });

  it('is not ready while the database cannot take the write in time, and ready again after', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => { locked = resolve; });
    const blocker = ctx.db().transaction(async (tx) => {
      await tx.query('LOCK TABLE readiness_probe IN ACCESS EXCLUSIVE MODE');
      locked();
      await held;
    });
    await lockTaken;
    try {
      const r = await app.call('GET', '/api/ready');
      expect(r.status).toBe(503);
      expect(r.body).toEqual({ ready: false, error: 'the database did not take a write and read it back within 500 ms' });
      expect((await app.call('GET', '/api/health')).status).toBe(200);
    } finally {
      release();
      await blocker;
    }
    // The check that timed out finishes in the background; the next one is answered afresh.
    await expect.poll(async () => (await app.call('GET', '/api/ready')).status, { timeout: 10_000 }).toBe(200);
  });
});

describe('readiness of the embedded database when its folder is gone', () => {
  it('fails naming the folder, while /api/health stays up and writes are refused', async () => {
    const db = await openTestPglite();
    const app = await createTestApp(db);
    try {
      expect((await app.call('GET', '/api/ready')).status).toBe(200);
      rmSync(db.dataDir, { recursive: true, force: true });
      const ready = await app.call('GET', '/api/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.ready).toBe(false);
      expect(ready.body.error).toContain(`the data folder ${db.dataDir} was deleted or moved`);
      expect((await app.call('GET', '/api/health')).status).toBe(200);
      const write = await app.call('POST', '/api/cohorts', { body: { name: 'Lost' } });
      expect(write.status).toBe(503);
      expect(write.body.error).toContain(db.dataDir);
      expect(write.headers['retry-after']).toBe('30');
    } finally {
      await app.close();
      await db.close();
    }
  }, 60_000);
});
