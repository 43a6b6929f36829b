// The cohort features wired to the browser: this page's origin as the server, `online` events,
// timers for retries, and Web Locks so two tabs do not send the same queue at once.
import { CohortClient } from '../../net/cohort-client.ts';
import { CohortFeature } from './cohort-feature.ts';
import type { CohortStorage } from '../../storage/cohort-storage.ts';
import { CohortUi } from './cohort-ui.ts';

const LOCK_NAME = 'sales-roleplay-submissions';
const OPEN_TIMEOUT_MS = 8000;

function exclusive<T>(job: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(LOCK_NAME, job) : job();
}

/** Opens the storage (or goes without when the browser refuses it), then starts sending. */
export async function browserCohort(openStorage: () => Promise<CohortStorage>): Promise<CohortUi> {
  let storage: CohortStorage | null = null;
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('IndexedDB did not open')), OPEN_TIMEOUT_MS));
    storage = await Promise.race([openStorage(), timeout]);
  } catch (error) {
    console.warn('cohort features unavailable:', error);
  }
  const feature = new CohortFeature({
    storage,
    client: new CohortClient(),
    now: () => new Date(),
    events: window,
    setTimer: (run, ms) => {
      const id = setTimeout(run, ms);
      return () => clearTimeout(id);
    },
    exclusive,
  });
  void feature.start();
  return new CohortUi(feature);
}
