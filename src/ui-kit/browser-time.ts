// The pages' only reader of the wall clock and only user of the browser's timers: each page's
// main.ts hands these to what it builds, so every module below takes a Clock or Timers port
// (src/core/clock.ts) and a test can drive time itself.
import type { Clock, Timers } from '../core/clock.ts';

export const browserClock: Clock = { now: () => Date.now() };

export const browserTimers: Timers = {
  after: (ms, run) => {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
};
