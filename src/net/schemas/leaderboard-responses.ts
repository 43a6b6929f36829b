// Leaderboards: each trainee's best verified exam score, per scenario or summed over scenarios.
import { z } from 'zod';
import { Period, Timestamp, Uuid } from './common.ts';

export const LeaderboardRow = z.object({
  rank: z.number().int().positive(),
  traineeId: Uuid,
  displayName: z.string(),
  /** Best overall on the scenario, or the sum of bests on the overall board. */
  score: z.number(),
  /** Scenarios counted (1 on a scenario board). */
  scenarios: z.number().int(),
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
