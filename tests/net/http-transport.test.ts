// How the client fails when the server cannot answer properly: nothing listening, no answer in
// time, a page that is not the API, a cancelled call. Real sockets, no fetch stubs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/net/api-error.ts';
import { CohortClient } from '../../src/net/cohort-client.ts';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('client failures on the way to the server', () => {
  // Answers like a misconfigured proxy or a server that hangs, depending on the path.
  const odd = createServer((request, response) => {
    if (request.url?.startsWith('/api/health')) {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Welcome to nginx</p>');
    } else if (request.url?.startsWith('/api/me')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"role":"pilot"}');
    } else if (request.url?.startsWith('/api/leaderboard')) {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '17' }).end('{"error":"Rate limit exceeded"}');
    } else if (request.url?.startsWith('/api/scenarios')) {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    }
    // anything else: never answer
  });
  let oddUrl: string;
  let closedUrl: string;

  beforeAll(async () => {
    oddUrl = await listen(odd);
    const closed = createServer();
    closedUrl = await listen(closed);
    await new Promise((done) => closed.close(done));
  });
  afterAll(() => {
    odd.closeAllConnections();
    return new Promise((done) => odd.close(done));
  });

  it('reports a server that is not there as a retryable network failure', async () => {
    const error = await failure(new CohortClient({ baseUrl: closedUrl }).health());
    expect(error).toMatchObject({ kind: 'network', status: null, retryable: true });
    expect(error.reason).toMatch(/^could not reach the server/);
  });

  it('gives up after the time limit with a retryable timeout', async () => {
    const started = Date.now();
    const error = await failure(new CohortClient({ baseUrl: oddUrl, timeoutMs: 300 }).members());
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('tells a cancelled call apart from a timeout', async () => {
    const controller = new AbortController();
    const pending = new CohortClient({ baseUrl: oddUrl }).members({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await failure(pending)).toMatchObject({ kind: 'aborted', retryable: false });
  });

  it('refuses an answer that is not JSON or not the API\'s shape', async () => {
    const client = new CohortClient({ baseUrl: oddUrl, token: 'trt_abcdefgh' });
    expect(await failure(client.health())).toMatchObject({ kind: 'bad-response', status: 200, reason: 'the server\'s answer is not JSON' });
    const shape = await failure(client.me());
    expect(shape.kind).toBe('bad-response');
    expect(shape.reason).toMatch(/does not match the API \(role:/);
  });

  it('keeps a 429\'s reason and Retry-After, and names a 5xx page by its status', async () => {
    const client = new CohortClient({ baseUrl: `${oddUrl}/`, token: 'trt_abcdefgh' });
    expect(await failure(client.leaderboard())).toMatchObject({
      kind: 'http', status: 429, reason: 'Rate limit exceeded', retryAfterSeconds: 17, retryable: true,
    });
    expect(await failure(client.scenarios())).toMatchObject({ kind: 'http', status: 502, reason: 'HTTP 502 Bad Gateway', retryable: true });
  });
});
