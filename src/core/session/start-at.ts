// Starts a run at a knot or stitch instead of the beginning, for the authoring page's play-test
// "play from here". The opening plays first, so the scenario's set-up (VAR values, the first
// lines' events) is in place; then the story jumps to the path and plays to its first choice.
// Both run in the one Session, so the jump gets the same run budget as any play: a knot that
// loops throws StoryBudgetError naming it instead of hanging the page.
import { Session, type SessionOptions, type StepResult } from './session.ts';

export interface StartedAt {
  session: Session;
  /** The lines, events and evidence from the jump to the first choice point after it. */
  step: StepResult;
}

export function startSessionAt(options: SessionOptions, path: string): StartedAt {
  const session = new Session(options);
  const opening = session.start();
  if (path === '') return { session, step: opening };
  try {
    session.divert(path);
  } catch {
    throw new Error(`the story has no knot or stitch "${path}"`);
  }
  // Points earned in the opening are dropped with the transcript: the run is scored from the jump.
  session.loadCore({ ...session.saveCore(), ended: false, outcome: null });
  return { session, step: session.start() };
}
