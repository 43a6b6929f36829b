// The scenario versions a cohort may play, and one version's playable bundle.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { notFound } from '../http/api-error.ts';
import { ContentHashParams } from '../http/api-schemas.ts';
import { authenticate } from '../http/auth.ts';
import { validate } from '../http/validate.ts';

export function scenarioRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, scenarios } = deps;

  app.get('/api/scenarios', async (request) => {
    const caller = await authenticate(db, request);
    return { rubricVersion: deps.rubric.version, scenarios: await scenarios.current(caller.cohortId) };
  });

  app.get('/api/scenarios/:contentHash', async (request) => {
    const caller = await authenticate(db, request);
    const { contentHash } = validate(ContentHashParams, request.params, 'path');
    const version = await scenarios.accessible(caller.cohortId, contentHash);
    const bundle = version && await scenarios.bundle(contentHash);
    if (!version || !bundle) throw notFound(`unknown scenario version ${contentHash.slice(0, 12)} for this cohort`);
    return { ...version, meta: bundle.meta, bounds: bundle.bounds, bestPath: await scenarios.bestPath(contentHash), storyJson: bundle.storyJson };
  });
}
