// The server's only reader of the wall clock; everything else takes a Clock so time is testable.
import type { Clock } from '../core/ports.ts';

export const systemClock: Clock = { now: () => Date.now() };
