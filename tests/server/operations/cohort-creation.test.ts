// Creating a cohort (and so publishing) is open without a key only on a loopback address: a
// server that others can reach refuses to start without COHORT_CREATION_KEY unless told
// COHORT_CREATION=open, and says so naming the variable.
import { describe, expect, it } from 'vitest';
import { startServer } from '../../../src/server/start-server.ts';
import { openTestPglite } from '../helpers/test-databases.ts';
import { spawnServer } from '../../../scripts/lib/spawn-server.ts';
import { testConfig, testStoriesDir } from '../helpers/test-app.ts';

describe('cohort creation on a non-loopback address', () => {
  it('refuses to start without a creation key, naming COHORT_CREATION_KEY', async () => {
    const refused = await spawnServer({ HOST: '0.0.0.0', DATA_DIR: '.cache/never-opened', STORIES_DIR: testStoriesDir() }).then(
      async (server) => {
        await server.stop();
        return 'started';
      },
      (error: unknown) => (error as Error).message,
    );
    expect(refused).toMatch(/^server exited with 2:/);
    expect(refused).toContain('HOST=0.0.0.0 is not a loopback address');
    expect(refused).toContain('set COHORT_CREATION_KEY');
  }, 60_000);

  it('refuses the same when the server is started from code', async () => {
    const db = await openTestPglite();
    try {
      await expect(startServer({ config: testConfig({ host: '0.0.0.0' }), db })).rejects.toThrow(/COHORT_CREATION_KEY/);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('starts with a key, and then creating a cohort needs it', async () => {
    const db = await openTestPglite();
    const key = 'creation-key-0123456789';
    const server = await startServer({ config: testConfig({ host: '0.0.0.0', cohortCreationKey: key }), db });
    try {
      const url = `http://127.0.0.1:${server.port}/api/cohorts`;
      const post = (headers: Record<string, string>) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"name":"Keyed"}' });
      expect((await post({})).status).toBe(401);
      expect((await post({ authorization: `Bearer ${key}` })).status).toBe(201);
    } finally {
      await server.close();
      await db.close();
    }
  }, 60_000);

  it('starts open when COHORT_CREATION=open says so deliberately', async () => {
    const db = await openTestPglite();
    const server = await startServer({ config: testConfig({ host: '0.0.0.0', cohortCreation: 'open' }), db });
    try {
      const r = await fetch(`http://127.0.0.1:${server.port}/api/cohorts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Open"}' });
      expect(r.status).toBe(201);
    } finally {
      await server.close();
      await db.close();
    }
  }, 60_000);
});
