// Fail loudly, never acknowledge what is lost: with the embedded database's folder deleted, moved
// away or made read-only under a running server, no write is answered 2xx that a restart would
// not find; writes get 503 naming the folder, /api/ready fails, and the process exits non-zero
// (code 3) so that a supervisor restarts it — or on SIGTERM, within the bound, if that comes first.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testPgliteDataDir } from '../helpers/test-databases.ts';
import { spawnServer, type ServerProcess } from '../../../scripts/lib/spawn-server.ts';
import { testStoriesDir } from '../helpers/test-app.ts';

type Outcome = { status: number; trainerKey: string | null; error: string | null } | { status: 'no connection' };

async function createCohort(url: string, name: string): Promise<Outcome> {
  try {
    const response = await fetch(`${url}/api/cohorts`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }), signal: AbortSignal.timeout(20_000),
    });
    const body = (await response.json().catch(() => ({}))) as { trainerKey?: string; error?: string };
    return { status: response.status, trainerKey: body.trainerKey ?? null, error: body.error ?? null };
  } catch {
    return { status: 'no connection' };
  }
}

interface Burst {
  /** Keys of the cohorts answered 201. */
  acked: string[];
  /** What was answered to requests sent after `markFault()`. */
  afterFault: Outcome[];
  markFault(): void;
  stop(): Promise<void>;
}

/** Four clients creating cohorts back to back until stopped or the server is gone. */
function burst(server: ServerProcess): Burst {
  const acked: string[] = [];
  const afterFault: Outcome[] = [];
  let faulted = false;
  let stopped = false;
  let n = 0;
  const client = async (): Promise<void> => {
    while (!stopped) {
      const sentAfterFault = faulted;
      const outcome = await createCohort(server.url, `Cohort ${n++}`);
      if (outcome.status === 201 && 'trainerKey' in outcome && outcome.trainerKey) acked.push(outcome.trainerKey);
      if (sentAfterFault) afterFault.push(outcome);
      if (outcome.status === 'no connection' && server.child.exitCode !== null) return;
    }
  };
  const clients = Promise.all([client(), client(), client(), client()]);
  return {
    acked, afterFault,
    markFault: () => { faulted = true; },
    async stop() {
      stopped = true;
      await clients;
    },
  };
}

const waitFor = async (check: () => boolean, ms = 30_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

function expectRefusedNamingFolder(outcomes: Outcome[], folder: string): void {
  expect(outcomes.length).toBeGreaterThan(0);
  for (const outcome of outcomes) {
    if (outcome.status === 'no connection') continue;
    expect(outcome.status).toBe(503);
    if ('error' in outcome) expect(outcome.error).toContain(folder);
  }
}

async function everyAckedIsStored(url: string, keys: string[]): Promise<void> {
  for (const key of keys) {
    const r = await fetch(`${url}/api/trainer/cohort`, { headers: { authorization: `Bearer ${key}` } });
    expect(r.status, `cohort of an acknowledged key ${key.slice(0, 12)}…`).toBe(200);
  }
}

const env = (dataDir: string, extra: Record<string, string> = {}): Record<string, string> =>
  ({ DATA_DIR: dataDir, STORIES_DIR: testStoriesDir(), STORAGE_FAILURE_EXIT_MS: '3000', ...extra });

describe('the embedded database folder failing under a running server', () => {
  it('deleted: no write sent after the deletion is acknowledged, and the server exits with code 3', async () => {
    const { dataDir, remove } = await testPgliteDataDir();
    try {
      const server = await spawnServer(env(dataDir));
      const load = burst(server);
      await waitFor(() => load.acked.length >= 20);
      rmSync(dataDir, { recursive: true, force: true });
      load.markFault();
      const ready = await fetch(`${server.url}/api/ready`).then(async (r) => ({ status: r.status, body: await r.json() as Record<string, unknown> }), () => null);
      if (ready) expect(ready).toEqual({ status: 503, body: { ready: false, error: expect.stringContaining(`the data folder ${dataDir} was deleted or moved`) } });
      const exit = await server.exited;
      await load.stop();
      expect(exit.code, server.output()).toBe(3);
      expect(server.output()).toMatch(new RegExp(`data folder failed: the data folder ${dataDir} was deleted or moved`));
      expectRefusedNamingFolder(load.afterFault, dataDir);
      expect(load.afterFault.some((o) => o.status === 503)).toBe(true);
    } finally {
      remove();
    }
  }, 180_000);

  it('moved away: every write answered 201 is there when the server restarts on it', async () => {
    const { dataDir, remove } = await testPgliteDataDir();
    const aside = `${dataDir}-aside`;
    try {
      const server = await spawnServer(env(dataDir));
      const load = burst(server);
      await waitFor(() => load.acked.length >= 20);
      renameSync(dataDir, aside);
      load.markFault();
      const exit = await server.exited;
      await load.stop();
      expect(exit.code, server.output()).toBe(3);
      expectRefusedNamingFolder(load.afterFault, dataDir);
      renameSync(aside, dataDir);
      const again = await spawnServer(env(dataDir));
      try {
        await everyAckedIsStored(again.url, load.acked);
      } finally {
        await again.stop();
      }
    } finally {
      rmSync(aside, { recursive: true, force: true });
      remove();
    }
  }, 240_000);

  // Root writes through any permission bits; the server then runs without the capabilities that
  // let it (CAP_DAC_OVERRIDE and friends), as an ordinary service user would.
  const root = process.getuid?.() === 0;
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
  const launcher = root && setpriv ? [setpriv, '--bounding-set=-dac_override,-dac_read_search,-fowner'] : [];
  it.skipIf(root && !setpriv)('read-only: writes are refused naming the folder, SIGTERM still exits in time, nothing acknowledged is lost', async () => {
    const { dataDir, remove } = await testPgliteDataDir();
    try {
      const server = await spawnServer(env(dataDir, { STORAGE_FAILURE_EXIT_MS: '120000' }), 60_000, [], launcher);
      const load = burst(server);
      await waitFor(() => load.acked.length >= 20);
      execFileSync('chmod', ['-R', 'a-w', dataDir]);
      load.markFault();
      await waitFor(() => load.afterFault.length >= 40);
      const ready = await fetch(`${server.url}/api/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { error: string }).error).toContain(`the data folder ${dataDir} is not writable`);
      const start = Date.now();
      const exit = await server.stop();
      expect(Date.now() - start).toBeLessThan(10_000 + 10_000); // SHUTDOWN_TIMEOUT_MS, generously
      await load.stop();
      expect(exit.code, server.output()).toBe(3);
      expectRefusedNamingFolder(load.afterFault, dataDir);
      execFileSync('chmod', ['-R', 'u+w', dataDir]);
      const again = await spawnServer(env(dataDir));
      try {
        await everyAckedIsStored(again.url, load.acked);
      } finally {
        await again.stop();
      }
    } finally {
      if (existsSync(dataDir)) chmodSync(dataDir, 0o755);
      remove();
    }
  }, 240_000);
});
