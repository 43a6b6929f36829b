// The server's only reader of the wall clock; everything else takes a Clock so time is testable.
import type { Clock } from '../core/clock.ts';

export const systemClock: Clock = { now: () => Date.now() };
