// A stand-in for POST /api/attempts behind a fetch function: it stores each idempotency key once,
// answers a repeat with the original (200), and can be told to be unreachable, to lose its
// answer after storing, or to fail with a status — the cases an offline queue must survive. It
// scores each attempt itself, from the inputs alone (`overallFor`), as the real server does.
import type { FetchLike } from '../../../src/net/http-transport.ts';

export type Fault =
  | { kind: 'offline' }
  /** Stores the attempt, then the connection drops before the answer arrives. */
  | { kind: 'lose-answer' }
  | { kind: 'status'; status: number; error: string; retryAfter?: number };

interface Stored {
  body: string;
  answer: Record<string, unknown>;
}

export class FakeAttemptServer {
  readonly stored = new Map<string, Stored>();
  /** Every POST that reached the server, in order, as idempotency keys. */
  readonly received: string[] = [];
  private faults: Fault[] = [];
  private next = 1;
  offline = false;

  /** `overallFor`: the score this server's "replay" gives the choices sent. */
  constructor(private readonly overallFor: (choices: number[]) => number = (choices) => Math.min(100, 50 + choices.length)) {}

  /** Faults for the coming requests, one each, in order. */
  failNext(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  readonly fetch: FetchLike = async (input, init) => {
    if (this.offline) throw new TypeError('Failed to fetch');
    const fault = this.faults.shift();
    if (fault?.kind === 'offline') throw new TypeError('Failed to fetch');
    const url = new URL(input, 'http://cohort.test');
    if (init.method !== 'POST' || url.pathname !== '/api/attempts') return json(404, { error: 'no such endpoint' });
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      return json(fault.status, { error: fault.error }, headers);
    }
    const text = String(init.body);
    const body = JSON.parse(text) as Record<string, unknown>;
    const key = String(body.idempotencyKey);
    this.received.push(key);
    const before = this.stored.get(key);
    if (before) {
      if (before.body !== text) return json(409, { error: 'this idempotency key was used for different inputs' });
      return json(200, before.answer);
    }
    const answer = this.answerFor(body);
    this.stored.set(key, { body: text, answer });
    if (fault?.kind === 'lose-answer') throw new TypeError('network connection was lost');
    return json(201, answer);
  };

  private answerFor(body: Record<string, unknown>): Record<string, unknown> {
    const n = this.next++;
    const choices = body.choices as number[];
    return {
      attemptId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      idempotencyKey: body.idempotencyKey,
      traineeId: 'trainee-1',
      scenarioId: body.scenarioId,
      contentHash: body.contentHash,
      language: body.language ?? 'en',
      rubricVersion: body.rubricVersion,
      seed: body.seed,
      choices,
      mode: body.mode,
      // An answer from before abandoned exams and red lines has no status or redLines: the
      // client's schema must read it as finished with none. Only an abandoned one says so.
      ...(body.abandoned === true ? { status: 'abandoned', redLines: [] } : {}),
      ranked: body.mode === 'exam' && body.abandoned !== true,
      outcome: body.abandoned === true ? null : 'sale',
      // A score the server computes itself: here simply from the inputs, never from the client.
      overall: this.overallFor(choices),
      scores: { discovery: 70 },
      notAssessed: [],
      techniques: [],
      faults: [],
      simulatedSeconds: 120,
      submittedAt: new Date(Date.UTC(2026, 10, 23, 10, 0, n)).toISOString(),
    };
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
