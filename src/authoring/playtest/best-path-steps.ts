// The checker's best path as the reply texts a trainee would press, replayed with the real engine.
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { Session } from '../../core/session/session.ts';

export function bestPathSteps(bundle: ScenarioBundle, path: readonly number[], rubric: Rubric): string[] {
  const session = new Session({ storyJson: bundle.storyJson, meta: bundle.meta, rubric, seed: 0, bounds: bundle.bounds });
  session.start();
  const steps: string[] = [];
  for (const index of path) {
    const choice = session.choices.find((c) => c.index === index);
    if (!choice) break;
    steps.push(choice.text);
    session.choose(index);
  }
  return steps;
}
