// Liveness and readiness. /api/health answers whenever the process's event loop does, touching
// nothing (load balancers' liveness probe, the benchmark's baseline); /api/ready answers 200 only
// when the database takes a write and reads it back in time, 503 with the reason otherwise.
import type { FastifyInstance } from 'fastify';
import { API } from '../../contract/endpoints.ts';
import type { AppDeps } from '../app-deps.ts';
import { ReadinessCheck } from '../db/readiness.ts';
import { route } from './route.ts';

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const readiness = new ReadinessCheck(deps.db, deps.clock, deps.config.operations.readyTimeoutMs);
  route(app, deps, API.health, async () => ({ status: 'ok' as const }));
  route(app, deps, API.ready, async ({ reply }) => {
    const result = await readiness.check();
    void reply.code(result.ready ? 200 : 503);
    return result;
  });
}
