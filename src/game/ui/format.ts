// The game's own small formatters (clocks, dates and numbers are in src/ui-kit).

/** Difficulty 1–5 as filled and empty stars. */
export function stars(difficulty: number, max = 5): string {
  const n = Math.max(0, Math.min(max, Math.round(difficulty)));
  return '\u2605'.repeat(n) + '\u2606'.repeat(max - n);
}

/** Whole minutes of a time limit, rounded up so "90 s" reads as 2 min, not 1. */
export function limitMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
