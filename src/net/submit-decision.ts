// What an offline queue does after a submission fails (docs/api.md "Exactly once from an offline
// queue"): retry later on no answer, 429 or a server fault; otherwise drop it and say why. An
// unreadable 2xx answer is retried too: the attempt may be stored, and the same key returns it.
import { isApiError } from './api-error.ts';

export type SubmitDecision =
  | { action: 'retry'; afterMs: number }
  | { action: 'drop'; reason: string; status: number | null };

export const RETRY_BASE_MS = 2_000;
export const RETRY_MAX_MS = 5 * 60_000;

/** `tries`: failed sends so far (1 after the first); the wait doubles from RETRY_BASE_MS up to RETRY_MAX_MS. */
export function submitDecision(error: unknown, tries: number): SubmitDecision {
  const backoff = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, tries - 1));
  if (!isApiError(error)) return { action: 'retry', afterMs: backoff };
  if (error.kind === 'aborted') return { action: 'retry', afterMs: 0 };
  const storedButUnread = error.kind === 'bad-response' && error.status !== null && error.status < 300;
  if (error.retryable || storedButUnread) {
    const asked = error.retryAfterSeconds === null ? 0 : error.retryAfterSeconds * 1000;
    return { action: 'retry', afterMs: Math.max(backoff, Math.min(asked, RETRY_MAX_MS)) };
  }
  return { action: 'drop', reason: error.reason, status: error.status };
}
