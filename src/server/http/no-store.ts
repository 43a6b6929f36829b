// No cache, shared or private, may keep an API answer: several carry a secret shown once (a
// trainer key, a trainee token) and the rest are one cohort's data behind a bearer secret.
// Marking every /api response is simpler and safer than remembering which ones need it.
import type { FastifyInstance } from 'fastify';

const isApi = (url: string): boolean => {
  const path = url.split('?', 1)[0]!;
  return path === '/api' || path.startsWith('/api/');
};

export function noStoreOnApi(app: FastifyInstance): void {
  // onSend runs for every answer, errors, 404s and rate-limit refusals included.
  app.addHook('onSend', async (request, reply, payload) => {
    if (isApi(request.url)) void reply.header('cache-control', 'no-store');
    return payload;
  });
}
