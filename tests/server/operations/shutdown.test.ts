// SIGTERM ends the server within SHUTDOWN_TIMEOUT_MS whatever is stuck: a client that sent half a
// body and stalls, or a server process whose own thread cannot answer at all (stopped here with
// SIGSTOP, as a database panic spinning in WebAssembly would leave it). The supervisor in
// scripts/serve.ts enforces the bound from outside, and also ends a server whose event loop has
// stopped answering, so that whatever supervises it can restart it.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresCluster } from '../../../scripts/lib/postgres-cluster.ts';
import { POSTGRES_SKIP_REASON, testPgliteDataDir } from '../helpers/test-databases.ts';
import { spawnServer, type ServerProcess } from '../../../scripts/lib/spawn-server.ts';
import { testStoriesDir } from '../helpers/test-app.ts';

/** A request that sends its headers and half its body, then stalls; resolves when the server closes it. */
function stuckRequest(url: string): { socket: Socket; closed: Promise<string> } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let answer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => { answer += chunk; });
  socket.write('POST /api/cohorts HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"name":"half');
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(answer)));
  socket.on('error', () => undefined);
  return { socket, closed };
}

async function timed<T>(run: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  const value = await run;
  return { value, ms: Date.now() - start };
}

const BOUND_MS = 10_000; // the default SHUTDOWN_TIMEOUT_MS
// Generous: the bound plus the time a loaded machine takes to start and reap processes.
const WITHIN_MS = BOUND_MS + 10_000;

async function sigtermWithStuckRequest(server: ServerProcess): Promise<void> {
  const stuck = stuckRequest(server.url);
  await new Promise((resolve) => setTimeout(resolve, 500)); // the request is in, its body stalled
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  const { value: exit, ms } = await timed(server.stop());
  expect(ms).toBeLessThan(WITHIN_MS);
  // Closed by the shutdown itself (its drain cut the stuck connection), not by a timer giving up.
  expect(exit, server.output()).toEqual({ code: 0, signal: null });
  expect(server.output()).toContain('SIGTERM: closing');
  await stuck.closed;
}

describe('SIGTERM with a stuck request', () => {
  it('exits within the bound on the embedded database, and the folder is free at once', async () => {
    const { dataDir, remove } = await testPgliteDataDir();
    try {
      await sigtermWithStuckRequest(await spawnServer({ DATA_DIR: dataDir, STORIES_DIR: testStoriesDir() }));
      const again = await spawnServer({ DATA_DIR: dataDir, STORIES_DIR: testStoriesDir() });
      expect((await fetch(`${again.url}/api/ready`)).status).toBe(200);
      await again.stop();
    } finally {
      remove();
    }
  }, 180_000);

  describe.skipIf(POSTGRES_SKIP_REASON !== null)(`on PostgreSQL${POSTGRES_SKIP_REASON ? ` — skipped: ${POSTGRES_SKIP_REASON}` : ''}`, () => {
    let cluster: PostgresCluster;
    beforeAll(async () => {
      cluster = await startPostgres();
    }, 60_000);
    afterAll(() => cluster.stop());

    it('exits within the bound', async () => {
      await sigtermWithStuckRequest(await spawnServer({ DATABASE_URL: await cluster.createDatabase(), STORIES_DIR: testStoriesDir() }));
    }, 120_000);
  });
});

describe('a server process that cannot answer at all', () => {
  it('is killed at the shutdown bound, and the folder can be opened at once', async () => {
    const { dataDir, remove } = await testPgliteDataDir();
    const env = { DATA_DIR: dataDir, STORIES_DIR: testStoriesDir(), SHUTDOWN_TIMEOUT_MS: '3000', STALL_TIMEOUT_MS: 'off' };
    try {
      const server = await spawnServer(env);
      process.kill(server.serverPid, 'SIGSTOP');
      const { value: exit, ms } = await timed(server.stop());
      expect(ms).toBeLessThan(3000 + 10_000);
      expect(exit.code).toBe(4); // EXIT_CODES.shutdownTimedOut
      expect(server.output()).toMatch(/did not exit within 3000 ms of SIGTERM \(SHUTDOWN_TIMEOUT_MS\): killing server process \d+/);
      const again = await spawnServer(env);
      expect((await fetch(`${again.url}/api/ready`)).status).toBe(200);
      await again.stop();
    } finally {
      remove();
    }
  }, 180_000);

  it('is killed once its event loop has been silent for STALL_TIMEOUT_MS, exiting non-zero for a supervisor', async () => {
    const { dataDir, remove } = await testPgliteDataDir();
    try {
      const server = await spawnServer({ DATA_DIR: dataDir, STORIES_DIR: testStoriesDir(), STALL_TIMEOUT_MS: '2000' });
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      process.kill(server.serverPid, 'SIGSTOP');
      const { value: exit, ms } = await timed(server.exited);
      expect(ms).toBeLessThan(2000 + 10_000);
      expect(exit.code).toBe(5); // EXIT_CODES.stalled
      expect(server.output()).toMatch(/has not answered for \d+ s \(its event loop is blocked; STALL_TIMEOUT_MS=2000\)/);
    } finally {
      remove();
    }
  }, 120_000);
});
