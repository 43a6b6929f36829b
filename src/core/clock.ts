// The one shape of time everywhere (core, server, pages): a Clock reads the time, Timers run
// something later. Adapters implement them in each runtime's composition root (the server's
// src/server/clock.ts, the pages' src/ui-kit/browser-time.ts); tests drive fake ones, so nothing
// that waits or stamps a time has to read the wall clock itself. Other ports belong to the
// module that uses them, next to it.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface Timers {
  /** Runs `run` once, `ms` milliseconds from now; returns what cancels it (harmless once it ran). */
  after(ms: number, run: () => void): () => void;
}

/** The time a clock reads, as the ISO text the stored records carry. */
export function isoNow(clock: Clock): string {
  return new Date(clock.now()).toISOString();
}
