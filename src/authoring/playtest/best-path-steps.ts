// The checker's best path as the reply texts a trainee would press, replayed with the real engine.
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { replay, ReplayMismatchError } from '../../core/session/replay.ts';

export function bestPathSteps(bundle: ScenarioBundle, path: readonly number[], rubric: Rubric): string[] {
  const steps: string[] = [];
  const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed: 0, choices: [...path] };
  try {
    replay(bundle, rubric, inputs, { onStep: (s) => { if (s.choice) steps.push(s.choice.text); } });
  } catch (error) {
    // Shown as far as the path goes: a choice the story does not offer ends the list.
    if (!(error instanceof ReplayMismatchError)) throw error;
  }
  return steps;
}
