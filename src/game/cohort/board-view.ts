// What the leaderboard screen shows from the two answers (top N and around me): the top rows with
// the trainee's own row marked, and the rows around the trainee only when they are not in the top.
import type { AroundMe, Leaderboard, LeaderboardRow } from '../../contract/leaderboard.ts';

export interface BoardRow extends LeaderboardRow {
  mine: boolean;
}

export interface BoardView {
  top: BoardRow[];
  /** Rows around the trainee that the top does not already show (empty when it does). */
  around: BoardRow[];
  /** A gap of unshown ranks between the top and the rows around the trainee. */
  gap: boolean;
  me: LeaderboardRow | null;
}

export function boardView(top: Leaderboard, around: AroundMe, traineeId: string): BoardView {
  const mark = (row: LeaderboardRow): BoardRow => ({ ...row, mine: row.traineeId === traineeId });
  const topRows = top.rows.map(mark);
  const lastTopRank = topRows.reduce((max, row) => Math.max(max, row.rank), 0);
  const meInTop = topRows.some((row) => row.mine);
  const aroundRows = meInTop || around.me === null ? [] : around.rows.filter((row) => row.rank > lastTopRank).map(mark);
  const first = aroundRows[0];
  return { top: topRows, around: aroundRows, gap: first !== undefined && first.rank > lastTopRank + 1, me: around.me };
}
