// How fast the conversation moves: lines appear at a speaking pace, or all at once for trainees
// who ask the system for reduced motion and for tests (?pace=instant). The pauses are named here,
// once, so the conversation controller and its tests read the same numbers.
export type Pace = 'speaking' | 'instant';

export function paceOf(search: string, reducedMotion: boolean): Pace {
  const asked = new URLSearchParams(search).get('pace');
  if (asked === 'instant' || asked === 'speaking') return asked;
  return reducedMotion ? 'instant' : 'speaking';
}

/** The shortest pause after a line, and the longest however long the line took to say. */
export const LINE_PAUSE_MIN_MS = 250;
export const LINE_PAUSE_MAX_MS = 1800;
/** Each simulated second of a line adds this much pause, within the bounds above. */
export const LINE_PAUSE_PER_SECOND_MS = 140;
/** Coach mode: how long the feedback on a choice stands before the customer answers. */
export const COACH_PAUSE_MS = 1500;
/** The ring (or door chime) before the opening, when sound is on. */
export const RING_MS = 1400;
/** From the end of the conversation to the debrief, unless the trainee goes first. */
export const END_DELAY_MS = 2400;
export const INSTANT_END_DELAY_MS = 900;

/** How long a line stays "being spoken" before the next: its simulated seconds, sped up. */
export function pauseFor(simulatedSeconds: number): number {
  return Math.min(LINE_PAUSE_MAX_MS, LINE_PAUSE_MIN_MS + Math.max(0, simulatedSeconds) * LINE_PAUSE_PER_SECOND_MS);
}

/** How long the ended conversation stays before the debrief opens by itself. */
export function endDelay(pace: Pace): number {
  return pace === 'instant' ? INSTANT_END_DELAY_MS : END_DELAY_MS;
}
