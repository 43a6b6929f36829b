// One attempt at a scenario: the catalog entry, the seed chosen for it and the live Session.
// The seed stays with the run because replaying an attempt needs it.
import type { ScenarioEntry } from './scenario-entry.ts';
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import { Session } from '../../core/session/session.ts';

export interface Run {
  entry: ScenarioEntry;
  seed: number;
  session: Session;
}

export async function startRun(entry: ScenarioEntry, seed: number): Promise<Run> {
  const storyJson = await entry.loadStory();
  const session = new Session({ storyJson, meta: entry.meta, rubric: courseRubric, seed, bounds: entry.bounds });
  return { entry, seed, session };
}

export function replayInputsOf(run: Run): ReplayInputs {
  return {
    scenarioId: run.entry.meta.id,
    contentHash: run.entry.contentHash,
    rubricVersion: courseRubric.version,
    seed: run.seed,
    choices: [...run.session.taken],
  };
}
