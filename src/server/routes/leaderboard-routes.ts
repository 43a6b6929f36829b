// Leaderboards for members of a cohort: top N, and the places around the calling trainee.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { AroundQuery, LeaderboardQuery } from '../http/api-schemas.ts';
import { authenticate, requireTrainee } from '../http/auth.ts';
import { validate } from '../http/validate.ts';
import { ALL_TIME, aroundOf, topOf, type Board } from '../leaderboard/leaderboard.ts';
import { weekStart } from '../leaderboard/week-start.ts';

export function leaderboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;
  const board = (cohortId: string, scenario: string | undefined, period: 'all' | 'week'): Board => ({
    cohortId,
    scenarioId: scenario ?? null,
    period: period === 'all' ? ALL_TIME : weekStart(deps.clock.now(), deps.config.weekOffsetMinutes),
  });
  const header = (b: Board, period: 'all' | 'week') => ({
    scenarioId: b.scenarioId, period, weekStart: period === 'week' ? b.period : null,
  });

  app.get('/api/leaderboard', async (request) => {
    const caller = await authenticate(db, request);
    const query = validate(LeaderboardQuery, request.query, 'query');
    const b = board(caller.cohortId, query.scenario, query.period);
    return { ...header(b, query.period), rows: await topOf(db, b, query.limit) };
  });

  app.get('/api/leaderboard/around-me', async (request) => {
    const me = await requireTrainee(db, request);
    const query = validate(AroundQuery, request.query, 'query');
    const b = board(me.cohortId, query.scenario, query.period);
    return { ...header(b, query.period), ...(await aroundOf(db, b, me.traineeId, query.radius)) };
  });
}
