// A failed call to the cohort server, with the server's own reason when it gave one, so callers
// can show it verbatim and decide whether a retry can help.
import type { Diagnostic } from '../core/schemas/diagnostic.ts';

/**
 * - `http`: the server answered with an error status (`status`, `reason` from its `{ error }`);
 * - `network`: no answer at all (offline, refused, DNS, CORS);
 * - `timeout`: no answer within the client's time limit;
 * - `aborted`: the caller's own signal cancelled the call;
 * - `bad-response`: an answer that is not what the API promises (a proxy page, another version).
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'aborted' | 'bad-response';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status?: number | null;
  reason: string;
  /** The error body's other fields, e.g. `diagnostics` when a published scenario is refused. */
  details?: Record<string, unknown>;
  diagnostics?: Diagnostic[];
  /** Seconds from a 429's Retry-After header. */
  retryAfterSeconds?: number | null;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status for `http` (and `bad-response` when a status was received), otherwise null. */
  readonly status: number | null;
  /** The server's `error` text as sent, or a description of what went wrong on the way. */
  readonly reason: string;
  readonly details: Record<string, unknown>;
  readonly diagnostics: Diagnostic[];
  readonly retryAfterSeconds: number | null;

  constructor(init: ApiErrorInit) {
    super(init.status ? `${init.status}: ${init.reason}` : init.reason, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.reason = init.reason;
    this.details = init.details ?? {};
    this.diagnostics = init.diagnostics ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  /** 401: the key or token is unknown (or missing). */
  get unauthorized(): boolean {
    return this.status === 401;
  }

  /** 403: a valid secret of the wrong kind (a trainee token on a trainer endpoint, or the reverse). */
  get forbidden(): boolean {
    return this.status === 403;
  }

  /** Whether sending the same request again later may succeed: no answer, 429, or a server fault. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.status === 429 || (this.status !== null && this.status >= 500);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
