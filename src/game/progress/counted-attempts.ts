// Which stored attempts count. Only finished ones make the trainee's bests, averages and trends:
// an exam left before its ending is kept and shown (marked abandoned) but never ranked. And
// whether the trainee has finished a scenario at all, which is what unlocks comparing an attempt
// with the scenario's best path: before that, the best path would be an answer key.
import type { AttemptRecord } from '../../core/schemas/records.ts';

export function countedAttempts(attempts: readonly AttemptRecord[]): AttemptRecord[] {
  return attempts.filter((a) => a.status !== 'abandoned');
}

/** Any finished attempt at the scenario, in either mode and either language. */
export function hasFinished(attempts: readonly AttemptRecord[], scenario: { scenarioId: string; local: boolean }): boolean {
  return attempts.some((a) => a.status !== 'abandoned' && a.scenarioId === scenario.scenarioId && a.local === scenario.local);
}
