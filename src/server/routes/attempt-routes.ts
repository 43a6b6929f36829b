// Submitting a coached run (verified by replay, idempotent) and a trainee's own attempts.
import type { FastifyInstance } from 'fastify';
import { API } from '../../contract/endpoints.ts';
import type { AppDeps } from '../app-deps.ts';
import { submitAttempt } from '../attempts/submit-attempt.ts';
import { attempts } from '../dashboard/dashboard.ts';
import { traineeSubmitLimit } from '../http/trainee-rate-limit.ts';
import { route } from './route.ts';

export function attemptRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;

  route(app, deps, API.submitAttempt, async ({ caller, body, reply }) => {
    const { created, attempt } = await submitAttempt(
      { db, clock: deps.clock, rubric: deps.rubric, scenarios: deps.scenarios, verifier: deps.verifier, weekOffsetMinutes: deps.config.weekOffsetMinutes },
      caller,
      body,
    );
    void reply.code(created ? 201 : 200);
    return attempt;
  }, { afterAuth: traineeSubmitLimit(app, deps.config.submitRateLimit) });

  route(app, deps, API.myAttempts, async ({ caller, query }) => {
    const page = await attempts(db, caller.cohortId, { trainee: caller.traineeId, mode: 'all' }, query.limit, query.before);
    // A trainee's own list is each attempt as submitted: the trainer-only fields stay out.
    return { attempts: page.attempts.map(({ displayName: _name, repeatOf: _repeat, ...attempt }) => attempt), next: page.next };
  });
}
