import { describe, expect, it } from 'vitest';
import { boardView } from '../../../src/game/cohort/board-view.ts';
import type { AroundMe, Leaderboard, LeaderboardRow } from '../../../src/contract/leaderboard.ts';

const row = (rank: number, name: string, score: number): LeaderboardRow => ({
  rank, traineeId: `id-${name}`, displayName: name, score, scenarios: 1, reachedAt: `2026-11-2${rank % 10}T10:00:00.000Z`,
});
const board = (rows: LeaderboardRow[]): Leaderboard => ({ scenarioId: 'outbound-bundle', period: 'all', weekStart: null, rows });
const around = (me: LeaderboardRow | null, rows: LeaderboardRow[]): AroundMe => ({ ...board(rows), me });

describe('the leaderboard view', () => {
  it('marks the trainee\'s own row in the top and shows nothing more when they are in it', () => {
    const top = [row(1, 'Ana', 90), row(2, 'Bo', 80), row(3, 'Cy', 70)];
    const view = boardView(board(top), around(top[1]!, top), 'id-Bo');
    expect(view.top.map((r) => [r.displayName, r.mine])).toEqual([['Ana', false], ['Bo', true], ['Cy', false]]);
    expect(view.around).toEqual([]);
    expect(view.me?.rank).toBe(2);
  });

  it('adds the rows around a trainee below the top, without repeating rows and marking the gap', () => {
    const top = [row(1, 'Ana', 90), row(2, 'Bo', 80)];
    const me = row(6, 'Me', 40);
    const view = boardView(board(top), around(me, [row(5, 'Di', 45), me, row(7, 'Ed', 30)]), 'id-Me');
    expect(view.around.map((r) => [r.rank, r.mine])).toEqual([[5, false], [6, true], [7, false]]);
    expect(view.gap).toBe(true);
  });

  it('drops around-me rows the top already shows and reports no gap when the ranks meet', () => {
    const top = [row(1, 'Ana', 90), row(2, 'Bo', 80)];
    const me = row(3, 'Me', 70);
    const view = boardView(board(top), around(me, [row(1, 'Ana', 90), row(2, 'Bo', 80), me, row(4, 'Ed', 60)]), 'id-Me');
    expect(view.around.map((r) => r.rank)).toEqual([3, 4]);
    expect(view.gap).toBe(false);
  });

  it('shows only the top for a trainee with no ranked attempt', () => {
    const view = boardView(board([row(1, 'Ana', 90)]), around(null, []), 'id-Me');
    expect(view.top).toHaveLength(1);
    expect(view.around).toEqual([]);
    expect(view.me).toBeNull();
  });
});
