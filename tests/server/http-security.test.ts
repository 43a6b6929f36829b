import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/server/db/database.ts';
import { openTestPglite } from './helpers/test-databases.ts';
import { createCohort, createTestApp, type TestApp } from './helpers/test-app.ts';

describe('HTTP hardening', () => {
  let db: Database;
  let app: TestApp;

  beforeAll(async () => {
    db = await openTestPglite();
    app = await createTestApp(db, { corsOrigins: ['https://academy.example.cn'] });
  }, 120_000); // building the app checks the test stories: slow on a loaded machine
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('answers an unknown endpoint with a JSON 404', async () => {
    const r = await app.call('GET', '/api/nope?x=1');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: 'no such endpoint: GET /api/nope' });
  });

  it('refuses malformed JSON, a wrong content type and prototype poisoning with 4xx JSON', async () => {
    const post = (payload: string, type: string) => app.app.inject({ method: 'POST', url: '/api/cohorts', payload, headers: { 'content-type': type } });
    const broken = await post('{"name": ', 'application/json');
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toHaveProperty('error');
    const text = await post('name=x', 'application/x-www-form-urlencoded');
    expect(text.statusCode).toBe(415);
    expect(text.json()).toHaveProperty('error');
    const poisoned = await post('{"name": "x", "__proto__": {"admin": true}}', 'application/json');
    expect(poisoned.statusCode).toBe(400);
    const empty = await post('', 'application/json');
    expect(empty.statusCode).toBe(400);
  });

  it('refuses a body over the size limit with 413', async () => {
    const r = await app.call('POST', '/api/cohorts', { body: { name: 'x'.repeat(70 * 1024) } });
    expect(r.status).toBe(413);
    expect(typeof r.body.error).toBe('string');
  });

  it('sets a content security policy and the other protective headers', async () => {
    const r = await app.call('GET', '/api/health');
    expect(r.body).toEqual({ status: 'ok' });
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('allows cross-origin calls from configured origins only', async () => {
    const preflight = await app.app.inject({
      method: 'OPTIONS', url: '/api/attempts',
      headers: { origin: 'https://academy.example.cn', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://academy.example.cn');
    expect(String(preflight.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization');
    const allowed = await app.call('GET', '/api/health', { headers: { origin: 'https://academy.example.cn' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://academy.example.cn');
    const other = await app.call('GET', '/api/health', { headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rate-limits per client, tighter for creating cohorts and joining', async () => {
    const limited = await createTestApp(db, { rateLimit: { max: 5, createMax: 2 } });
    try {
      const creates = [];
      for (let i = 0; i < 3; i++) creates.push(await limited.call('POST', '/api/cohorts', { body: { name: `R${i}` } }));
      expect(creates.map((r) => r.status)).toEqual([201, 201, 429]);
      expect(creates[2]!.body.error).toMatch(/Rate limit exceeded/);
      expect(creates[2]!.headers['retry-after']).toBeDefined();
      const health = [];
      for (let i = 0; i < 6; i++) health.push((await limited.call('GET', '/api/health')).status);
      expect(health).toEqual([200, 200, 200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it('refuses malformed bearer tokens and path parameters with 4xx', async () => {
    const c = await createCohort(app);
    expect((await app.call('GET', '/api/me', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
    expect((await app.call('GET', '/api/me', { headers: { authorization: 'Bearer ' } })).status).toBe(401);
    expect((await app.call('GET', '/api/scenarios/not-a-hash', { token: c.trainerKey })).status).toBe(400);
    expect((await app.call('GET', '/api/trainer/scenarios/BAD_ID/choices', { token: c.trainerKey })).status).toBe(400);
  });
});

describe('serving the built game', () => {
  let db: Database;

  beforeAll(async () => {
    db = await openTestPglite();
  });
  afterAll(() => db.close());

  it('serves index.html and assets from the static folder with the security headers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'srv-dist-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Game</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const app = await createTestApp(db, { staticDir: dir });
    try {
      const index = await app.app.inject({ method: 'GET', url: '/' });
      expect(index.statusCode).toBe(200);
      expect(index.body).toContain('<title>Game</title>');
      expect(index.headers['content-security-policy']).toContain("default-src 'self'");
      const js = await app.app.inject({ method: 'GET', url: '/app.js' });
      expect(js.headers['content-type']).toMatch(/javascript/);
      const missing = await app.app.inject({ method: 'GET', url: '/nothing.png' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toHaveProperty('error');
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says how to build the game when there is nothing to serve', async () => {
    const app = await createTestApp(db, { staticDir: join(tmpdir(), 'srv-no-such-dist') });
    try {
      const r = await app.call('GET', '/');
      expect(r.status).toBe(404);
      expect(r.body.error).toMatch(/npm run build/);
    } finally {
      await app.close();
    }
  });
});
