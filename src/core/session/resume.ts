// Rebuilds a live session from a saved run in progress: replaying its choices restores the same
// transcript, customer state and choices on offer, because a run is deterministic.
import type { Rubric } from '../schemas/rubric.ts';
import type { RunInProgress } from '../schemas/records.ts';
import { sessionOptions, type ScenarioBundle } from './scenario-bundle.ts';
import { Session } from './session.ts';
import { ReplayMismatchError } from './replay.ts';

export function resumeSession(bundle: ScenarioBundle, rubric: Rubric, run: RunInProgress): Session {
  if (run.scenarioId !== bundle.meta.id || run.contentHash !== bundle.contentHash || run.rubricVersion !== rubric.version) {
    throw new ReplayMismatchError('the saved run was played on another version of this scenario or rubric');
  }
  const session = new Session(sessionOptions(bundle, rubric, run.seed));
  session.start();
  for (const index of run.choices) session.choose(index);
  return session;
}
