// Imports a trainer's scenario pack into this browser's local scenarios. Loaded only when the
// trainee picks a pack: it brings the authoring page's importer and the checking worker (which
// holds the Ink compiler), so the game's own bundle never carries them.
import { CheckerClient } from '../../authoring/check/checker-client.ts';
import { importPack, type PackImport } from '../../authoring/pack/scenario-pack-io.ts';
import type { TraineeStore } from '../data/trainee-store.ts';
import type { Clock } from '../../core/clock.ts';

export type { PackImport };

/** `startWorker` starts the checking worker (built by the page's composition root, src/main.ts); `clock` stamps saved records. */
export async function importScenarioPack(
  text: string,
  store: Pick<TraineeStore, 'getLocalScenario' | 'saveLocalScenario'>,
  startWorker: () => Worker,
  clock: Clock,
): Promise<PackImport> {
  const checker = new CheckerClient(startWorker);
  try {
    return await importPack(text, {
      get: (key) => store.getLocalScenario(key),
      save: (record) => store.saveLocalScenario(record),
      check: (source, language) => checker.check(source, language),
      clock,
    });
  } finally {
    checker.dispose();
  }
}
