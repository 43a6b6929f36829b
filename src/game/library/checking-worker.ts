// The checking worker (which holds the Ink compiler) as the game starts it: only from the lazily
// loaded pack import and local re-check, so the game's own bundle never carries the compiler.
import { CheckerClient } from '../../authoring/check/checker-client.ts';

export function newCheckerClient(): CheckerClient {
  return new CheckerClient(() => new Worker(new URL('../../authoring/check/check-worker.ts', import.meta.url), { type: 'module' }));
}
