// Leaderboards: each trainee's best verified exam score, per scenario or summed over scenarios;
// the top N, and the places around the calling trainee.
import { z } from 'zod';
import { Period, queryInt, ScenarioId, Timestamp, Uuid } from './common.ts';

export const LeaderboardQuery = z.object({
  /** Omit for the overall board (sum of bests over scenarios). */
  scenario: ScenarioId.optional(),
  period: Period.default('all'),
  limit: queryInt(1, 100, 10),
});
export type LeaderboardQuery = z.input<typeof LeaderboardQuery>;

export const AroundMeQuery = z.object({
  scenario: ScenarioId.optional(),
  period: Period.default('all'),
  radius: queryInt(0, 25, 3),
});
export type AroundMeQuery = z.input<typeof AroundMeQuery>;

export const LeaderboardRow = z.object({
  rank: z.number().int().positive(),
  traineeId: Uuid,
  displayName: z.string(),
  /** Best overall on the scenario, or the sum of bests on the overall board. */
  score: z.number(),
  /** Scenarios counted (1 on a scenario board). */
  scenarios: z.number().int(),
  /** When the score was reached: the submission that set it (the latest of the bests, overall). */
  reachedAt: Timestamp,
});
export type LeaderboardRow = z.infer<typeof LeaderboardRow>;

export const Leaderboard = z.object({
  /** null for the overall board. */
  scenarioId: z.string().nullable(),
  period: Period,
  /** The week's first day (YYYY-MM-DD) for `period: 'week'`, otherwise null. */
  weekStart: z.string().nullable(),
  rows: z.array(LeaderboardRow),
});
export type Leaderboard = z.infer<typeof Leaderboard>;

export const AroundMe = Leaderboard.extend({ me: LeaderboardRow.nullable() });
export type AroundMe = z.infer<typeof AroundMe>;
