// The one place that talks HTTP: base URL, bearer token, time limit, JSON in and out, answers
// checked against their zod schema (the contract's, src/contract), and every failure turned into
// an ApiError.
import type { z } from 'zod';
import { ErrorBody, ErrorDiagnostics } from '../contract/errors.ts';
import type { Clock, Timers } from '../core/clock.ts';
import { ApiError } from './api-error.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface TransportOptions {
  /** Origin (and optional path prefix) of the server, e.g. "https://coach.example.com"; "" = this page's origin. */
  baseUrl?: string;
  /** Per-request time limit in milliseconds (default 15 s). */
  timeoutMs?: number;
  fetch?: FetchLike;
  /** Arms each request's time limit (default: the runtime's setTimeout). */
  timers?: Timers;
  /** Reads the time a Retry-After date is counted from (default: the runtime's clock). */
  clock?: Clock;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export type Query = Record<string, string | number | undefined>;

export interface Request extends CallOptions {
  method: 'GET' | 'POST';
  path: string;
  query?: Query;
  body?: unknown;
  token?: string | null;
}

export interface Download {
  /** From Content-Disposition, e.g. "attempts.csv". */
  filename: string;
  contentType: string;
  /** The body exactly as sent (a CSV keeps its byte-order mark, which spreadsheets need). */
  bytes: Uint8Array;
  /** The body decoded as UTF-8, without the byte-order mark. */
  text: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

function urlOf(baseUrl: string, path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}

// The runtime's own, for callers that inject nothing (like `fetch` below).
export const runtimeTimers: Timers = {
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};
const runtimeClock: Clock = { now: () => Date.now() };

function retryAfterOf(response: Response, clock: Clock): number | null {
  const header = response.headers.get('retry-after');
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - clock.now()) / 1000));
}

function httpError(response: Response, text: string, clock: Clock): ApiError {
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: a proxy's or a static server's page
  }
  const parsed = ErrorBody.safeParse(json);
  const retryAfterSeconds = retryAfterOf(response, clock);
  if (!parsed.success) {
    return new ApiError({
      kind: 'http', status: response.status, retryAfterSeconds,
      reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    });
  }
  const { error, ...details } = parsed.data;
  const diagnostics = ErrorDiagnostics.safeParse(details.diagnostics);
  return new ApiError({
    kind: 'http', status: response.status, reason: error, details, retryAfterSeconds,
    diagnostics: diagnostics.success ? diagnostics.data : [],
  });
}

function filenameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
}

export class HttpTransport {
  readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly fetchFn: FetchLike;
  private readonly timers: Timers;
  private readonly clock: Clock;

  constructor(options: TransportOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // Called through globalThis at call time: browsers refuse a detached `fetch`.
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timers = options.timers ?? runtimeTimers;
    this.clock = options.clock ?? runtimeClock;
  }

  /** Sends the request and returns the status and the answer validated by `schema`. */
  async json<S extends z.ZodType>(schema: S, request: Request): Promise<{ status: number; data: z.infer<S> }> {
    return this.send(request, async (response) => {
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new ApiError({ kind: 'bad-response', status: response.status, reason: 'the server\'s answer is not JSON' });
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ApiError({
          kind: 'bad-response', status: response.status,
          reason: `the server's answer does not match the API (${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'})`,
        });
      }
      return { status: response.status, data: parsed.data as z.infer<S> };
    });
  }

  /** Sends the request and returns the answer's bytes (CSV exports). */
  async download(request: Request, fallbackName: string): Promise<Download> {
    return this.send(request, async (response) => {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        filename: filenameOf(response, fallbackName),
        contentType: response.headers.get('content-type') ?? 'application/octet-stream',
        bytes,
        text: new TextDecoder('utf-8').decode(bytes),
      };
    });
  }

  private async send<T>(request: Request, read: (response: Response) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timedOut = false;
    const cancelTimer = this.timers.after(request.timeoutMs ?? this.timeoutMs, () => {
      timedOut = true;
      controller.abort();
    });
    const outer = request.signal;
    const forward = (): void => controller.abort();
    if (outer?.aborted) controller.abort();
    else outer?.addEventListener('abort', forward, { once: true });

    const headers: Record<string, string> = { accept: 'application/json' };
    if (request.token) headers.authorization = `Bearer ${request.token}`;
    const init: RequestInit = { method: request.method, headers, signal: controller.signal, credentials: 'omit' };
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(request.body);
    }
    const failure = (cause: unknown): ApiError => {
      if (timedOut) return new ApiError({ kind: 'timeout', reason: 'the server did not answer in time', cause });
      if (outer?.aborted) return new ApiError({ kind: 'aborted', reason: 'the request was cancelled', cause });
      const detail = cause instanceof Error ? cause.message : String(cause);
      return new ApiError({ kind: 'network', reason: `could not reach the server (${detail})`, cause });
    };
    try {
      let response: Response;
      try {
        response = await this.fetchFn(urlOf(this.baseUrl, request.path, request.query), init);
      } catch (cause) {
        throw failure(cause);
      }
      try {
        if (!response.ok) throw httpError(response, await response.text(), this.clock);
        return await read(response);
      } catch (error) {
        if (error instanceof ApiError) throw error;
        throw failure(error); // the connection dropped or timed out while the body was read
      }
    } finally {
      cancelTimer();
      outer?.removeEventListener('abort', forward);
    }
  }
}
