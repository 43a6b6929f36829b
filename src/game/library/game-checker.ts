// The game's client of the authoring page's checking worker (check-worker.ts, which holds the Ink
// compiler): started only from the lazily loaded pack import and local re-check, so the compiler
// runs in that worker and never on the game's main thread.
import { CheckerClient } from '../../authoring/check/checker-client.ts';

export function newCheckerClient(): CheckerClient {
  return new CheckerClient(() => new Worker(new URL('../../authoring/check/check-worker.ts', import.meta.url), { type: 'module' }));
}
