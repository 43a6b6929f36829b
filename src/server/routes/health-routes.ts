// Liveness and readiness. /api/health answers whenever the process's event loop does, touching
// nothing (load balancers' liveness probe, the benchmark's baseline); /api/ready answers 200 only
// when the database takes a write and reads it back in time, 503 with the reason otherwise.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { ReadinessCheck } from '../db/readiness.ts';

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const readiness = new ReadinessCheck(deps.db, deps.clock, deps.config.operations.readyTimeoutMs);
  app.get('/api/health', async () => ({ status: 'ok' }));
  app.get('/api/ready', async (_request, reply) => {
    const result = await readiness.check();
    return reply.code(result.ready ? 200 : 503).send(result);
  });
}
