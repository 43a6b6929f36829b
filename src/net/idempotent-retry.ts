// Sends a call again, a few times and soon, when it got no answer or a passing server fault, for
// the calls the server answers idempotently (an exam's turn: the same {turn, index} again answers
// the exam as it stands). The transport itself never repeats a request: a POST is only repeated
// here, by a caller that knows it is safe. A timeout is not repeated (the trainee has already
// waited a whole time limit; the game offers Retry instead), nor is any refusal.
import type { Timers } from '../core/clock.ts';
import { ApiError, isApiError } from './api-error.ts';

/** Waits before each repeat (so at most three sends); a longer Retry-After than the cap gives up. */
export const RETRY_WAITS_MS: readonly number[] = [300, 1_200];
export const RETRY_AFTER_CAP_MS = 5_000;

export interface RetryOptions {
  timers: Timers;
  /** Repeats allowed (default: one per RETRY_WAITS_MS); 0 sends once. */
  retries?: number;
  signal?: AbortSignal;
}

function worthRepeating(error: unknown): error is ApiError {
  return isApiError(error) && error.retryable && error.kind !== 'timeout';
}

function wait(ms: number, timers: Timers, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((done, fail) => {
    const aborted = (): ApiError => new ApiError({ kind: 'aborted', reason: 'the request was cancelled' });
    if (signal?.aborted) {
      fail(aborted());
      return;
    }
    const onAbort = (): void => {
      cancel();
      fail(aborted());
    };
    const cancel = timers.after(ms, () => {
      signal?.removeEventListener('abort', onAbort);
      done();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `send`, repeating it on no answer, 429 or 5xx; the last failure is thrown as it came. */
export async function withIdempotentRetry<T>(send: () => Promise<T>, options: RetryOptions): Promise<T> {
  const retries = Math.max(0, Math.min(options.retries ?? RETRY_WAITS_MS.length, RETRY_WAITS_MS.length));
  for (let repeat = 0; ; repeat++) {
    try {
      return await send();
    } catch (error) {
      if (repeat >= retries || !worthRepeating(error)) throw error;
      const asked = error.retryAfterSeconds === null ? 0 : error.retryAfterSeconds * 1000;
      if (asked > RETRY_AFTER_CAP_MS) throw error;
      await wait(Math.max(RETRY_WAITS_MS[repeat] ?? 0, asked), options.timers, options.signal);
    }
  }
}
