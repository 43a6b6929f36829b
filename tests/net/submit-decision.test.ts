// The offline queue's rule after a failed submission: retry what can still succeed, with backoff
// and the server's Retry-After, and drop (with the reason) what never will.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/net/api-error.ts';
import { RETRY_BASE_MS, RETRY_MAX_MS, submitDecision } from '../../src/net/submit-decision.ts';

const http = (status: number, reason = 'x', retryAfterSeconds: number | null = null) =>
  new ApiError({ kind: 'http', status, reason, retryAfterSeconds });

describe('submitDecision', () => {
  it('retries network failures and timeouts with a doubling wait that stops growing', () => {
    const offline = new ApiError({ kind: 'network', reason: 'could not reach the server' });
    expect(submitDecision(offline, 1)).toEqual({ action: 'retry', afterMs: RETRY_BASE_MS });
    expect(submitDecision(offline, 3)).toEqual({ action: 'retry', afterMs: RETRY_BASE_MS * 4 });
    expect(submitDecision(new ApiError({ kind: 'timeout', reason: 't' }), 40)).toEqual({ action: 'retry', afterMs: RETRY_MAX_MS });
  });

  it('waits at least as long as a 429 asks', () => {
    expect(submitDecision(http(429, 'Rate limit exceeded', 30), 1)).toEqual({ action: 'retry', afterMs: 30_000 });
  });

  it('retries server faults', () => {
    expect(submitDecision(http(503), 2).action).toBe('retry');
  });

  it('retries an unreadable 2xx answer, since the same key returns the stored attempt', () => {
    expect(submitDecision(new ApiError({ kind: 'bad-response', status: 201, reason: 'not JSON' }), 1).action).toBe('retry');
  });

  it('drops refusals that can never succeed, keeping the server\'s reason for the trainee', () => {
    expect(submitDecision(http(422, 'the attempt does not replay: step 2: choice 7 is not offered'), 1)).toEqual({
      action: 'drop', reason: 'the attempt does not replay: step 2: choice 7 is not offered', status: 422,
    });
    expect(submitDecision(http(409, 'idempotency key reused'), 1).action).toBe('drop');
    expect(submitDecision(http(401, 'unknown trainer key or trainee token'), 1).action).toBe('drop');
  });
});
