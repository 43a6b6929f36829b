// Request bodies are JSON and nothing else: Fastify also parses text/plain out of the box, which
// would hand a route a bare string (a 400 at best); instead every body that is not
// application/json is refused with 415, as docs/api.md promises.
import type { FastifyInstance, FastifyRequest } from 'fastify';

export function acceptJsonBodiesOnly(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');
}

/** The reason a 415 gives: what was sent, and what to send instead. */
export function unsupportedMediaTypeReason(request: FastifyRequest): string {
  const sent = request.headers['content-type'];
  const what = typeof sent === 'string' && sent.trim() !== '' ? `"${sent.trim().slice(0, 100)}"` : 'no Content-Type';
  return `the body must be JSON: send it with "Content-Type: application/json" (this request sent ${what})`;
}
