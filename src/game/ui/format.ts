// Small pure formatters shared by the stage and the DOM screens.

/** Simulated seconds as m:ss, or h:mm:ss past an hour. */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${String(m).padStart(2, '0')}:${ss}`;
}

/** Signed points with a true minus sign, so "+3" and "−2" line up in the debrief. */
export function formatPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `\u2212${Math.abs(points)}`;
  return '0';
}

/** Difficulty 1–5 as filled and empty stars. */
export function stars(difficulty: number, max = 5): string {
  const n = Math.max(0, Math.min(max, Math.round(difficulty)));
  return '\u2605'.repeat(n) + '\u2606'.repeat(max - n);
}

/** Whole minutes of a time limit, rounded up so "90 s" reads as 2 min, not 1. */
export function limitMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
