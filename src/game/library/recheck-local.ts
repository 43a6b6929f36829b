// Re-checks local scenarios whose score bounds were found under another rubric than the one the
// game scores with (for instance a trainer's scenario saved before rubric 2.0.0), so they are
// never played against stale bounds. Loaded only when such a record exists: it brings the
// checking worker (and with it the Ink compiler), which the game's own bundle never carries.
import { CheckerClient } from '../../authoring/check/checker-client.ts';
import type { LocalScenario } from '../../core/schemas/records.ts';
import type { TraineeStore } from '../data/trainee-store.ts';
import { isoNow, type Clock } from '../../core/clock.ts';

/** Checks each stale record again and saves it with bounds under the current rubric. */
export async function recheckLocalScenarios(
  stale: readonly LocalScenario[],
  store: Pick<TraineeStore, 'saveLocalScenario'>,
  clock: Clock,
  startWorker: () => Worker,
): Promise<number> {
  const checker = new CheckerClient(startWorker);
  let updated = 0;
  try {
    for (const record of stale) {
      const answer = await checker.check(record.source, record.language);
      // A source that no longer passes (a rule got stricter) is kept, unplayable, for the Studio.
      await store.saveLocalScenario({ ...record, bundle: answer.bundle, updatedAt: isoNow(clock) });
      updated++;
    }
  } finally {
    checker.dispose();
  }
  return updated;
}
