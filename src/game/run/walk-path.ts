// Replays a path of choices step by step (an attempt from its stored inputs, or a scenario's
// best path) and keeps what each step showed: the replies on offer, the choice taken, the lines,
// the evidence and the customer's state after it.
import type { CustomerState } from '../../core/persona/customer-state.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import { sessionOptions, type ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { Session, type ChoiceView, type RunResult, type StepResult } from '../../core/session/session.ts';
import { StoryBudgetError } from '../../core/story/run-budget.ts';
import type { StepSlice } from './step-feedback.ts';

export interface WalkStep extends StepSlice {
  /** The reply the trainee picked; null for the opening. */
  choice: ChoiceView | null;
  /** The replies that were on offer when the choice was made (empty for the opening). */
  offered: ChoiceView[];
  customer: CustomerState;
  seconds: number;
}

export interface Walk {
  steps: WalkStep[];
  result: RunResult;
  /** Set when a stored choice could not be replayed; the steps stop before it. */
  error: string | null;
}

export function walkPath(bundle: ScenarioBundle, rubric: Rubric, seed: number, choices: readonly number[]): Walk {
  // The bundle's per-ending reach too, so a replayed win leaves out what the game left out.
  const session = new Session(sessionOptions(bundle, rubric, seed));
  const steps: WalkStep[] = [];
  const record = (step: StepResult, first: number, choice: ChoiceView | null, offered: ChoiceView[]): void => {
    steps.push({ ...step, first, choice, offered, customer: session.customer, seconds: session.seconds });
  };
  record(session.start(), 0, null, []);
  let error: string | null = null;
  for (const [n, index] of choices.entries()) {
    const offered = session.choices;
    const choice = offered.find((c) => c.index === index);
    if (!choice) {
      error = `step ${n + 1}: choice ${index} is not offered`;
      break;
    }
    const first = session.transcript.length;
    try {
      record(session.choose(index), first, choice, offered);
    } catch (caught) {
      // A story that broke its run budget: show the steps up to it, with the reason.
      if (!(caught instanceof StoryBudgetError)) throw caught;
      error = `step ${n + 1}: ${caught.message}`;
      break;
    }
  }
  return { steps, result: session.result(), error };
}
