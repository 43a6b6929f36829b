// Rebuilds a live session from a saved run in progress: replaying its choices restores the same
// transcript, customer state and choices on offer, because a run is deterministic.
import type { Rubric } from '../schemas/rubric.ts';
import type { RunInProgress } from '../schemas/records.ts';
import type { ScenarioBundle } from './scenario-bundle.ts';
import type { Session } from './session.ts';
import { replayMismatch, replaySession, ReplayMismatchError } from './replay.ts';

export function resumeSession(bundle: ScenarioBundle, rubric: Rubric, run: RunInProgress): Session {
  // A saved run carries its replay inputs; whichever version it no longer fits, the game offers
  // the trainee the same way out (resume-run.ts), so one message serves.
  if (replayMismatch(bundle, rubric, run) !== null) {
    throw new ReplayMismatchError('the saved run was played on another version of this scenario or rubric');
  }
  return replaySession(bundle, rubric, run);
}
