// The scenario versions a cohort may play, and one version's playable bundle. Trainees are never
// told a best path or best scores (a trainee who could fetch them would not need the skill);
// the trainer key gets the best path too. A version the trainer retired or hid is gone for
// trainees (404, as for any version not theirs) and still there for the trainer.
import type { FastifyInstance } from 'fastify';
import { API } from '../../contract/endpoints.ts';
import type { AppDeps } from '../app-deps.ts';
import { notFound } from '../http/api-error.ts';
import { route } from './route.ts';

export function scenarioRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { scenarios } = deps;

  route(app, deps, API.scenarios, async ({ caller }) =>
    ({ rubricVersion: deps.rubric.version, scenarios: await scenarios.current(caller.cohortId) }));

  route(app, deps, API.scenarioVersion, async ({ caller, params: { contentHash } }) => {
    const version = caller.kind === 'trainer'
      ? await scenarios.accessible(caller.cohortId, contentHash)
      : await scenarios.available(caller.cohortId, contentHash);
    const stored = version && await scenarios.bundle(contentHash);
    if (!version || !stored) throw notFound(`unknown scenario version ${contentHash.slice(0, 12)} for this cohort`);
    // Bounds under the current rubric, the one a run starting now is scored under; the stored
    // ones (and their rubric) when the story is too large to bound again.
    const scored = await scenarios.scoredUnder(contentHash, deps.rubric);
    const bundle = scored?.ok ? scored.version.bundle : stored;
    const playable = {
      ...version, rubricVersion: bundle.rubricVersion, meta: bundle.meta, bounds: bundle.bounds,
      ...(bundle.endingBest ? { endingBest: bundle.endingBest } : {}), storyJson: bundle.storyJson,
    };
    if (caller.kind !== 'trainer') return playable;
    return { ...playable, bestPath: scored?.ok ? scored.version.bestPath : await scenarios.bestPath(contentHash) };
  });
}
