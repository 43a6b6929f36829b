// How the client fails when the server cannot answer properly: nothing listening, no answer in
// time, a page that is not the API, a cancelled call. Real sockets, no fetch stubs; the time
// limit runs on timers the test fires itself, so no test waits for the wall clock.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock, Timers } from '../../src/core/clock.ts';
import { ApiError } from '../../src/net/api-error.ts';
import { CohortClient } from '../../src/net/cohort-client.ts';

/** Timers that run only when the test says their time has passed. */
class HandTimers implements Timers {
  readonly armed = new Map<number, { ms: number; run: () => void }>();
  private next = 0;
  after(ms: number, run: () => void): () => void {
    const id = ++this.next;
    this.armed.set(id, { ms, run });
    return () => this.armed.delete(id);
  }
  /** Runs every armed timer, as if its time had passed. */
  elapse(): void {
    for (const [id, timer] of [...this.armed]) {
      this.armed.delete(id);
      timer.run();
    }
  }
}

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
  const RETRY_AT = Date.UTC(2026, 10, 23, 10, 0, 42);
  /** Resolves once a request for `path` has reached the server. */
  const arrivals = new EventTarget();
  const arrival = (path: string): Promise<void> => new Promise((done) => arrivals.addEventListener(path, () => done(), { once: true }));
  // Answers like a misconfigured proxy or a server that hangs, depending on the path.
  const odd = createServer((request, response) => {
    arrivals.dispatchEvent(new Event(request.url ?? ''));
    if (request.url?.startsWith('/api/health')) {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Welcome to nginx</p>');
    } else if (request.url?.startsWith('/api/me')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"role":"pilot"}');
    } else if (request.url?.startsWith('/api/leaderboard')) {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '17' }).end('{"error":"Rate limit exceeded"}');
    } else if (request.url?.startsWith('/api/scenarios')) {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    } else if (request.url?.startsWith('/api/trainer/cohort')) {
      response.writeHead(503, { 'content-type': 'application/json', 'retry-after': new Date(RETRY_AT).toUTCString() }).end('{"error":"busy"}');
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

  it('gives up when its time limit passes, with a retryable timeout, and not before', async () => {
    const timers = new HandTimers();
    let settled = false;
    const pending = failure(new CohortClient({ baseUrl: oddUrl, timeoutMs: 300, timers }).members()).finally(() => { settled = true; });
    await arrival('/api/trainer/members');
    // The server holds the request: one time limit is armed, of the configured length, and nothing has failed yet.
    expect([...timers.armed.values()].map((t) => t.ms)).toEqual([300]);
    expect(settled).toBe(false);
    timers.elapse();
    expect(await pending).toMatchObject({ kind: 'timeout', status: null, retryable: true, reason: 'the server did not answer in time' });
  });

  it('disarms the time limit once an answer arrives, and counts a Retry-After date from its clock', async () => {
    const timers = new HandTimers();
    const clock: Clock = { now: () => RETRY_AT - 42_000 };
    const client = new CohortClient({ baseUrl: oddUrl, token: 'trk_abcdefgh', timers, clock });
    const error = await failure(client.trainerCohort());
    expect(error).toMatchObject({ kind: 'http', status: 503, reason: 'busy', retryAfterSeconds: 42, retryable: true });
    expect(timers.armed.size).toBe(0);
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
