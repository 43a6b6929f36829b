// What a failed exam call means to the trainee, from the API client's errors: try again (no
// answer, a passing fault, an answer that is not the API's), read the exam again (409: another
// tab took the turn), or stop with the server's reason (any other refusal).
import { describe, expect, it } from 'vitest';
import { examCallError } from '../../../src/game/cohort/exam-service.ts';
import { ApiError } from '../../../src/net/api-error.ts';

describe('an exam call that failed', () => {
  it('can be tried again when no answer came, the server was failing for now, or the answer was not the API\'s', () => {
    for (const error of [
      new ApiError({ kind: 'network', reason: 'could not reach the server (Failed to fetch)' }),
      new ApiError({ kind: 'timeout', reason: 'the server did not answer in time' }),
      new ApiError({ kind: 'http', status: 503, reason: 'busy' }),
      new ApiError({ kind: 'http', status: 429, reason: 'slow down' }),
      new ApiError({ kind: 'bad-response', status: 200, reason: 'the server\'s answer is not JSON' }),
    ]) {
      expect(examCallError(error), error.reason).toMatchObject({ failure: 'connection', reason: error.reason });
    }
  });

  it('is read again when the exam moved on elsewhere, and stops with the server\'s reason when refused', () => {
    expect(examCallError(new ApiError({ kind: 'http', status: 409, reason: 'turn 3 is the current one' }))).toMatchObject({ failure: 'conflict' });
    for (const [status, reason] of [[401, 'you were removed from this cohort'], [404, 'no such exam'], [422, 'reply 7 is not offered at turn 2']] as const) {
      expect(examCallError(new ApiError({ kind: 'http', status, reason }))).toMatchObject({ failure: 'refused', reason });
    }
    expect(examCallError(new Error('boom'))).toMatchObject({ failure: 'refused', reason: 'boom' });
  });
});
