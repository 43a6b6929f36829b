// No client can hold a request open for ever: a body that stalls is cut at REQUEST_TIMEOUT_MS,
// headers never finished at HEADERS_TIMEOUT_MS, and the server goes on serving everyone else.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/server/config.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { startServer, type RunningServer } from '../../../src/server/start-server.ts';
import { openTestPglite } from '../helpers/test-databases.ts';
import { testConfig } from '../helpers/test-app.ts';

/** Sends `text` and never more; resolves with what the server answered once it closes the connection. */
function sendAndStall(url: string, text: string): Promise<{ answer: string; ms: number }> {
  const { hostname, port } = new URL(url);
  const start = Date.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => { answer += chunk; });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ answer, ms: Date.now() - start }));
  });
}

describe('request timeouts', () => {
  let db: Database;
  let server: RunningServer;
  beforeAll(async () => {
    db = await openTestPglite();
    const operations = { ...DEFAULT_CONFIG.operations, requestTimeoutMs: 2000, headersTimeoutMs: 1000 };
    server = await startServer({ config: testConfig({ operations }), db });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('answers 408 to a body that stalls and closes its connection, serving others meanwhile', async () => {
    const stalled = sendAndStall(server.url, 'POST /api/cohorts HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":');
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const { answer, ms } = await stalled;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeGreaterThanOrEqual(1900);
    expect(ms).toBeLessThan(30_000); // the check runs every second; generous for a loaded machine
  });

  it('closes a connection whose headers never finish', async () => {
    const { answer, ms } = await sendAndStall(server.url, 'GET /api/health HTTP/1.1\r\nHost: t\r\nX-Slow: ');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(30_000);
  });
});
