import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { KnownCallers } from '../../../src/server/http/known-callers.ts';
import { openTestPglite } from '../helpers/test-databases.ts';
import { createCohort, createTestApp, join, type TestApp } from '../helpers/test-app.ts';

/** The database, with a count of the secret lookups made through it. */
function counting(db: Database): { db: Database; lookups: () => number } {
  let lookups = 0;
  const counted: Database = {
    ...db,
    query: (sql, params) => {
      if (/token_hash = \$1|trainer_key_hash = \$1/.test(sql)) lookups++;
      return db.query(sql, params);
    },
  };
  return { db: counted, lookups: () => lookups };
}

describe('remembered callers', () => {
  let raw: Database;
  let app: TestApp;
  let lookups: () => number;

  beforeAll(async () => {
    raw = await openTestPglite();
    const c = counting(raw);
    lookups = c.lookups;
    app = await createTestApp(c.db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await raw.close();
  });

  it('looks a trainee token up once, not on every request', async () => {
    const cohort = await createCohort(app);
    const t = await join(app, cohort, 'Repeat Caller');
    const before = lookups();
    for (let i = 0; i < 5; i++) expect((await app.call('GET', '/api/me', { token: t.token })).body.traineeId).toBe(t.traineeId);
    expect(lookups() - before).toBe(1);
  });

  it('keeps asking about an unknown secret, so a trainee who joins meanwhile is let in at once', async () => {
    const cohort = await createCohort(app);
    const t = await join(app, cohort, 'Late Joiner');
    const before = lookups();
    const forged = 'trt_' + 'B'.repeat(43);
    for (let i = 0; i < 3; i++) expect((await app.call('GET', '/api/me', { token: forged })).status).toBe(401);
    expect(lookups() - before).toBe(3);
    expect((await app.call('GET', '/api/me', { token: t.token })).status).toBe(200);
  });

  it('never lets one secret answer as another caller', async () => {
    const cohort = await createCohort(app);
    const ana = await join(app, cohort, 'Ana Cached');
    const ben = await join(app, cohort, 'Ben Cached');
    for (let i = 0; i < 3; i++) {
      expect((await app.call('GET', '/api/me', { token: ana.token })).body.traineeId).toBe(ana.traineeId);
      expect((await app.call('GET', '/api/me', { token: ben.token })).body.traineeId).toBe(ben.traineeId);
      expect((await app.call('GET', '/api/me', { token: cohort.trainerKey })).body.role).toBe('trainer');
    }
  });
});

describe('KnownCallers', () => {
  it('forgets a caller when told, and every caller of a cohort at once', () => {
    const known = new KnownCallers();
    known.remember('h1', { kind: 'trainer', cohortId: 'c1' });
    known.remember('h2', { kind: 'trainee', cohortId: 'c1', traineeId: 't2', displayName: 'Two', passMark: 60 });
    known.remember('h3', { kind: 'trainer', cohortId: 'c2' });
    known.forget('h1');
    expect(known.get('h1')).toBeUndefined();
    known.forgetWhere((caller) => caller.cohortId === 'c1');
    expect([known.get('h2'), known.get('h3')?.cohortId]).toEqual([undefined, 'c2']);
  });

  it('hands out a caller that cannot be changed by whoever receives it', () => {
    const known = new KnownCallers();
    known.remember('h', { kind: 'trainer', cohortId: 'c' });
    expect(Object.isFrozen(known.get('h'))).toBe(true);
  });
});
