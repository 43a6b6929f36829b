// The client's exam calls against the real cohort server, through a forwarding proxy on a real
// socket that loses answers on purpose: a turn whose answer is lost after the server took it is
// sent again and answered with the exam as it stands (taken once), a passing failure is repeated
// a couple of times and then given up, and refusals, abandons and `retries: 0` are sent once.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { ApiError } from '../../src/net/api-error.ts';
import { CohortClient } from '../../src/net/cohort-client.ts';
import { checkFile } from '../../src/node/check-file.ts';
import { SHIPPED_ID, startCohortServer, type CohortServer } from './helpers/cohort-server.ts';

const shipped = checkFile(`stories/${SHIPPED_ID}/en.ink`, courseRubric);

/**
 * What the proxy does with a request: pass it on; drop the connection before it reaches the
 * server; drop it after the server answered (the answer is lost); or answer 503 itself (asking
 * for a minute's wait, for `busy-a-minute`).
 */
type Act = 'pass' | 'drop-before' | 'drop-after' | 'busy' | 'busy-a-minute';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('exam calls that survive a lost answer', () => {
  let srv: CohortServer;
  let proxy: Server;
  let proxyUrl: string;
  let contentHash: string;
  /** The acts for the next requests whose path matches `path`; others pass. */
  let plan: { path: RegExp; acts: Act[] } = { path: /^$/, acts: [] };
  /** Every request the proxy received, as "METHOD path", and what the server answered it. */
  const seen: Array<{ request: string; answer: string | null }> = [];
  let token: string;

  const script = (path: RegExp, ...acts: Act[]): void => {
    plan = { path, acts };
    seen.length = 0;
  };
  const arrived = (path: RegExp): Array<{ request: string; answer: string | null }> => seen.filter((s) => path.test(s.request.split(' ')[1]!));
  const client = (): CohortClient => new CohortClient({ baseUrl: proxyUrl, token });
  const direct = (): CohortClient => new CohortClient({ baseUrl: srv.url, token });

  beforeAll(async () => {
    srv = await startCohortServer();
    const anyone = new CohortClient({ baseUrl: srv.url });
    const cohort = await anyone.createCohort({ name: 'Flaky line' });
    token = (await anyone.joinCohort({ code: cohort.joinCode, displayName: 'Roaming' })).token;
    if (!shipped.bundle) throw new Error(`${SHIPPED_ID} has errors`);
    contentHash = shipped.bundle.contentHash;
    proxy = createServer((request, response) => {
      void (async () => {
        const body = await bodyOf(request);
        const entry = { request: `${request.method} ${request.url}`, answer: null as string | null };
        seen.push(entry);
        const act = (plan.path.test(request.url ?? '') ? plan.acts.shift() : undefined) ?? 'pass';
        if (act === 'drop-before') return void request.socket.destroy();
        if (act === 'busy' || act === 'busy-a-minute') {
          const wait: Record<string, string> = act === 'busy' ? {} : { 'retry-after': '60' };
          return void response.writeHead(503, { 'content-type': 'application/json', ...wait }).end('{"error":"busy"}');
        }
        const headers: Record<string, string> = {};
        for (const name of ['authorization', 'content-type', 'accept']) {
          const value = request.headers[name];
          if (typeof value === 'string') headers[name] = value;
        }
        const upstream = await fetch(srv.url + (request.url ?? '/'), { method: request.method, headers, ...(body === '' ? {} : { body }) });
        entry.answer = await upstream.text();
        if (act === 'drop-after') return void request.socket.destroy();
        response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(entry.answer);
      })();
    });
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    proxy?.closeAllConnections();
    await new Promise((done) => proxy?.close(done));
    await srv?.stop();
  });

  it('sends a turn again when its answer was lost after the server took it, and the turn is taken once', async () => {
    const exam = await client().startExam({ contentHash });
    const index = exam.choices[0]!.index;
    script(/\/turns$/, 'drop-after');
    const state = await client().examTurn(exam.examId, { turn: 0, index });
    expect(arrived(/\/turns$/)).toHaveLength(2);
    expect(JSON.parse(arrived(/\/turns$/)[0]!.answer!)).toMatchObject({ examId: exam.examId, turn: 1 }); // the server took it the first time
    expect(state).toMatchObject({ examId: exam.examId, turn: 1 });
    expect(await direct().exam(exam.examId)).toEqual(state);
    expect(state.lines.filter((l) => l.speaker === 'trainee')).toHaveLength(1);
    await direct().abandonExam(exam.examId);
  });

  it('repeats a start whose answer was lost, and gets the same exam rather than a second one', async () => {
    script(/^\/api\/exams$/, 'drop-after');
    const exam = await client().startExam({ contentHash });
    expect(arrived(/^\/api\/exams$/)).toHaveLength(2);
    expect(JSON.parse(arrived(/^\/api\/exams$/)[0]!.answer!)).toMatchObject({ examId: exam.examId });
    expect(exam).toMatchObject({ status: 'open', turn: 0 });
    await direct().abandonExam(exam.examId);
  });

  it('repeats after no answer and after a 503, and gives up after the third failure with the last one', async () => {
    const exam = await client().startExam({ contentHash });
    const index = exam.choices[0]!.index;
    script(/\/turns$/, 'drop-before', 'busy');
    expect(await client().examTurn(exam.examId, { turn: 0, index })).toMatchObject({ turn: 1 });
    expect(arrived(/\/turns$/)).toHaveLength(3);

    const second = (await direct().exam(exam.examId)).choices[0]!.index;
    script(/\/turns$/, 'busy', 'drop-before', 'busy');
    const error = await failure(client().examTurn(exam.examId, { turn: 1, index: second }));
    expect(error).toMatchObject({ kind: 'http', status: 503, reason: 'busy', retryable: true });
    expect(arrived(/\/turns$/)).toHaveLength(3);
    // What the game's Retry does next: the same turn again, and it is taken.
    expect(await client().examTurn(exam.examId, { turn: 1, index: second })).toMatchObject({ turn: 2 });
    await direct().abandonExam(exam.examId).catch(() => undefined); // it may have ended at its second turn
  });

  it('gives up at once when the server asks for a longer wait than a trainee should sit through', async () => {
    const exam = await client().startExam({ contentHash });
    script(/\/turns$/, 'busy-a-minute');
    const error = await failure(client().examTurn(exam.examId, { turn: 0, index: exam.choices[0]!.index }));
    expect(error).toMatchObject({ status: 503, retryAfterSeconds: 60, retryable: true });
    expect(arrived(/\/turns$/)).toHaveLength(1);
    await direct().abandonExam(exam.examId);
  });

  it('sends once when asked for no repeats, and the same turn sent again later is taken once', async () => {
    const exam = await client().startExam({ contentHash });
    const index = exam.choices[0]!.index;
    script(/\/turns$/, 'drop-after');
    const error = await failure(client().examTurn(exam.examId, { turn: 0, index }, { retries: 0 }));
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect(arrived(/\/turns$/)).toHaveLength(1);
    const retried = await client().examTurn(exam.examId, { turn: 0, index });
    expect(retried.turn).toBe(1);
    expect(retried.lines.filter((l) => l.speaker === 'trainee')).toHaveLength(1);
    await direct().abandonExam(exam.examId);
  });

  it('never repeats a refusal: a stale turn is one 409, a reply not on offer one 422', async () => {
    const exam = await client().startExam({ contentHash });
    script(/\/turns$/);
    const stale = await failure(client().examTurn(exam.examId, { turn: 5, index: exam.choices[0]!.index }));
    expect(stale).toMatchObject({ status: 409, retryable: false });
    const notOffered = await failure(client().examTurn(exam.examId, { turn: 0, index: 9_999 }));
    expect(notOffered).toMatchObject({ status: 422, reason: 'reply 9999 is not offered at turn 0' });
    expect(arrived(/\/turns$/)).toHaveLength(2);
    await direct().abandonExam(exam.examId);
  });

  it('sends an abandon once: leaving is the trainee\'s to repeat', async () => {
    const exam = await client().startExam({ contentHash });
    script(/\/abandon$/, 'drop-before');
    expect(await failure(client().abandonExam(exam.examId))).toMatchObject({ kind: 'network' });
    expect(arrived(/\/abandon$/)).toHaveLength(1);
    expect(await client().abandonExam(exam.examId)).toMatchObject({ status: 'abandoned', attempt: { status: 'abandoned', ranked: false } });
  });

  it('stops waiting to repeat when the caller cancels', async () => {
    const exam = await client().startExam({ contentHash });
    script(/\/turns$/, 'busy', 'busy', 'busy');
    const controller = new AbortController();
    const pending = failure(client().examTurn(exam.examId, { turn: 0, index: exam.choices[0]!.index }, { signal: controller.signal }));
    while (arrived(/\/turns$/).length === 0) await new Promise((done) => setTimeout(done, 10));
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'aborted', retryable: false });
    expect(arrived(/\/turns$/).length).toBeLessThan(3);
    expect((await direct().exam(exam.examId)).turn).toBe(0);
    await direct().abandonExam(exam.examId);
  });
});
