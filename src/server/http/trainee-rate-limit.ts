// How often one trainee may submit attempts (or play exam turns), on top of the per-address
// limit: each costs a replay, and one token on many addresses (or many trainees behind one proxy)
// should neither flood the server nor stuff the record. Counted per trainee token (by its hash) in
// @fastify/rate-limit's store, after the token is known to be a trainee's, so guessed or missing
// tokens never take a trainee's allowance. Counters are per process, like the address limit.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hashSecret } from '../secrets.ts';
import { ApiError } from './api-error.ts';
import { bearer } from './auth.ts';

const WINDOW_MS = 60_000;

/** Throws 429 (with Retry-After) when the calling trainee is over the limit; call it once authenticated. */
export type TraineeLimit = (request: FastifyRequest) => Promise<void>;

/**
 * What is counted: `key` keeps each kind's counters apart, `what` names it in the refusal.
 * null when there is no limit: `perMinute` null, or rate limiting off altogether (no plugin).
 */
export function traineeLimit(app: FastifyInstance, perMinute: number | null, kind: { key: string; what: string }): TraineeLimit | null {
  if (perMinute === null || !app.hasDecorator('createRateLimit')) return null;
  const count = app.createRateLimit({
    max: perMinute,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => `${kind.key}:${hashSecret(bearer(request) ?? '')}`,
  });
  return async (request) => {
    const state = await count(request);
    if (state.isAllowed || !state.isExceeded) return;
    const wait = state.ttlInSeconds;
    throw new ApiError(429, `too many ${kind.what} from this trainee: at most ${perMinute} a minute; retry in ${wait} s`, {}, { 'retry-after': String(wait) });
  };
}

/** Submitted attempts, each a replay in the verifier. */
export const traineeSubmitLimit = (app: FastifyInstance, perMinute: number | null): TraineeLimit | null =>
  traineeLimit(app, perMinute, { key: 'submit', what: 'attempts' });
