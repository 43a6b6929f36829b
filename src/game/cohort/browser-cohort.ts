// The browser adapter the cohort features take for their `exclusive` port: Web Locks, so two tabs
// of this browser do not send the same queue at once (without them, each tab sends; the
// idempotency key keeps a duplicate harmless). src/main.ts builds the rest: client, storage,
// clock, timers.
const LOCK_NAME = 'sales-roleplay-submissions';

export function webLocksExclusive<T>(job: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(LOCK_NAME, job) : job();
}
