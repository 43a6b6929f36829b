// Lengths of time as a clock reads them: the game's call timer ("01:05", "1:02:03") and the
// dashboard's call lengths ("2:23"). Digits only, so the same in every language.

export interface ClockStyle {
  /** Round to the nearest second (a measured average) instead of down (a running timer). */
  round?: boolean;
  /** Always two digits of minutes, as a timer shows them. */
  padMinutes?: boolean;
}

/** Seconds as m:ss, or h:mm:ss past an hour; never negative. */
export function formatClock(seconds: number, style: ClockStyle = { padMinutes: true }): string {
  const total = Math.max(0, style.round ? Math.round(seconds) : Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const ss = String(total % 60).padStart(2, '0');
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${ss}`;
  return `${style.padMinutes ? String(m).padStart(2, '0') : m}:${ss}`;
}
