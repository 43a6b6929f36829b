// The first day (Monday) of the week containing `nowMs`, at a fixed offset from UTC, as
// 'YYYY-MM-DD': the key of the "this week" leaderboards.
export function weekStart(nowMs: number, offsetMinutes: number): string {
  const local = new Date(nowMs + offsetMinutes * 60_000);
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - sinceMonday));
  return monday.toISOString().slice(0, 10);
}
