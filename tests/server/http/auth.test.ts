import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { openTestPglite } from '../helpers/test-databases.ts';
import { createCohort, createTestApp, join, type TestApp } from '../helpers/test-app.ts';

describe('the Authorization header', () => {
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

  it('takes the Bearer scheme in any case, with one or more spaces after it (RFC 7235)', async () => {
    const c = await createCohort(app);
    const t = await join(app, c, 'Anycase');
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      const r = await app.call('GET', '/api/me', { headers: { authorization: `${scheme} ${t.token}` } });
      expect([scheme, r.status, r.body.role]).toEqual([scheme, 200, 'trainee']);
    }
    const spaced = await app.call('GET', '/api/me', { headers: { authorization: `bearer   ${c.trainerKey}` } });
    expect(spaced.body.role).toBe('trainer');
  });

  it('still refuses other schemes and a scheme with no secret', async () => {
    const c = await createCohort(app);
    for (const header of [`Basic ${c.trainerKey}`, `Token ${c.trainerKey}`, `bearer${c.trainerKey}`, 'bearer ', `${c.trainerKey}`]) {
      const r = await app.call('GET', '/api/me', { headers: { authorization: header } });
      expect([header, r.status]).toEqual([header, 401]);
      expect(r.body.error).toMatch(/Authorization: Bearer/);
    }
  });

  it('takes the cohort creation key in any case of the scheme too', async () => {
    const locked = await createTestApp(db, { cohortCreationKey: 'creation-key-0123456789' });
    try {
      const r = await locked.call('POST', '/api/cohorts', { body: { name: 'Locked' }, headers: { authorization: 'bearer creation-key-0123456789' } });
      expect(r.status).toBe(201);
    } finally {
      await locked.close();
    }
  });
});
