// Submitting an attempt (verified by replay, idempotent) and a trainee's own attempts.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { submitAttempt } from '../attempts/submit-attempt.ts';
import { attempts } from '../dashboard/dashboard.ts';
import { SubmitAttemptBody } from '../http/api-schemas.ts';
import { requireTrainee } from '../http/auth.ts';
import { traineeSubmitLimit } from '../http/trainee-rate-limit.ts';
import { validate } from '../http/validate.ts';

const MyAttemptsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});

export function attemptRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;
  const limitTrainee = traineeSubmitLimit(app, deps.config.submitRateLimit);

  app.post('/api/attempts', async (request, reply) => {
    const trainee = await requireTrainee(db, request);
    await limitTrainee?.(request);
    const body = validate(SubmitAttemptBody, request.body, 'body');
    const xapi = deps.outbox ? { outbox: deps.outbox, publicUrl: deps.publicUrl } : null;
    const { created, attempt } = await submitAttempt(
      { db, clock: deps.clock, rubric: deps.rubric, scenarios: deps.scenarios, verifier: deps.verifier, weekOffsetMinutes: deps.config.weekOffsetMinutes, xapi },
      trainee,
      body,
    );
    return reply.code(created ? 201 : 200).send(attempt);
  });

  app.get('/api/me/attempts', async (request) => {
    const me = await requireTrainee(db, request);
    const query = validate(MyAttemptsQuery, request.query, 'query');
    const page = await attempts(db, me.cohortId, { trainee: me.traineeId, mode: 'all' }, query.limit, query.before);
    // A trainee's own list is each attempt as submitted: the trainer-only fields stay out.
    return { attempts: page.attempts.map(({ displayName: _name, repeatOf: _repeat, ...attempt }) => attempt), next: page.next };
  });
}
