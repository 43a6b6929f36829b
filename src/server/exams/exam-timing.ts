// How long a server-played exam took, from the times the server itself recorded: its start and
// the moment each reply reached it. The browser's clock plays no part.
const ms = (iso: string): number => Date.parse(iso);

/** Per reply: milliseconds from the previous turn (or the start, for the first) to this one. */
export function turnTimesMs(startedAt: string, turnTimes: readonly string[]): number[] {
  return turnTimes.map((at, i) => Math.max(0, ms(at) - ms(i === 0 ? startedAt : turnTimes[i - 1]!)));
}

/** Seconds from the start to the last turn taken; 0 before the first. */
export function wallSeconds(startedAt: string, turnTimes: readonly string[]): number {
  const last = turnTimes.at(-1);
  return last === undefined ? 0 : Math.max(0, ms(last) - ms(startedAt)) / 1000;
}

/** Whether the exam went past the scenario's time limit (seconds; none when absent). */
export const overTime = (seconds: number, timeLimit: number | null): boolean => timeLimit !== null && seconds > timeLimit;
