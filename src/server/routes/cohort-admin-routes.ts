// Running a cohort, on the trainer key: removing a member, retiring a published version, hiding a
// shipped scenario, and reading any attempt as its annotated transcript.
import type { FastifyInstance } from 'fastify';
import { API } from '../../contract/endpoints.ts';
import type { AppDeps } from '../app-deps.ts';
import { attemptTranscript } from '../cohort-admin/attempt-transcript.ts';
import { removeMember } from '../cohort-admin/remove-member.ts';
import { hideShipped, retireVersion } from '../cohort-admin/withdraw-scenarios.ts';
import { notFound } from '../http/api-error.ts';
import { route } from './route.ts';

export function cohortAdminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, scenarios, clock } = deps;
  const now = (): string => new Date(clock.now()).toISOString();

  route(app, deps, API.removeMember, async ({ caller, params: { traineeId } }) => {
    const removed = await removeMember(db, caller.cohortId, traineeId, now());
    if (!removed) throw notFound('no such member in this cohort');
    return removed;
  });

  route(app, deps, API.retireScenario, async ({ caller, params: { contentHash }, body }) => {
    const version = await retireVersion(db, scenarios, caller.cohortId, contentHash, body.retired, now());
    if (!version) throw notFound(`this cohort has not published scenario version ${contentHash.slice(0, 12)}`);
    return version;
  });

  route(app, deps, API.shippedScenarios, async ({ caller }) => ({ scenarios: await scenarios.shipped(caller.cohortId) }));

  route(app, deps, API.hideShipped, async ({ caller, params: { scenarioId }, body }) => {
    const shipped = await hideShipped(db, scenarios, caller.cohortId, scenarioId, body.hidden, now());
    if (!shipped) throw notFound(`no shipped scenario "${scenarioId}"`);
    return { scenarios: shipped };
  });

  route(app, deps, API.attemptTranscript, async ({ caller, params: { attemptId } }) =>
    attemptTranscript(deps, caller.cohortId, attemptId));
}
