// Leaderboards for members of a cohort: top N, and the places around the calling trainee.
import type { FastifyInstance } from 'fastify';
import type { Period } from '../../contract/common.ts';
import { API } from '../../contract/endpoints.ts';
import type { AppDeps } from '../app-deps.ts';
import { ALL_TIME, aroundOf, topOf, type Board } from '../leaderboard/leaderboard.ts';
import { weekStart } from '../leaderboard/week-start.ts';
import { route } from './route.ts';

export function leaderboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;
  const board = (cohortId: string, scenario: string | undefined, period: Period): Board => ({
    cohortId,
    scenarioId: scenario ?? null,
    period: period === 'all' ? ALL_TIME : weekStart(deps.clock.now(), deps.config.weekOffsetMinutes),
  });
  const header = (b: Board, period: Period) => ({
    scenarioId: b.scenarioId, period, weekStart: period === 'week' ? b.period : null,
  });

  route(app, deps, API.leaderboard, async ({ caller, query }) => {
    const b = board(caller.cohortId, query.scenario, query.period);
    return { ...header(b, query.period), rows: await topOf(db, b, query.limit) };
  });

  route(app, deps, API.aroundMe, async ({ caller, query }) => {
    const b = board(caller.cohortId, query.scenario, query.period);
    return { ...header(b, query.period), ...(await aroundOf(db, b, caller.traineeId, query.radius)) };
  });
}
