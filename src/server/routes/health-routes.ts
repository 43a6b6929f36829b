// A trivial endpoint for load balancers, and the benchmark's baseline.
import type { FastifyInstance } from 'fastify';

export function healthRoutes(app: FastifyInstance): void {
  app.get('/api/health', async () => ({ status: 'ok' }));
}
