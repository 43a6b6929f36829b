// Replays a path of choices step by step (an attempt from its stored inputs, or a scenario's
// best path) and keeps what each step showed: the replies on offer, the choice taken, the lines,
// the evidence and the customer's state after it.
import type { CustomerState } from '../../core/persona/customer-state.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { replay, ReplayMismatchError, type ReplayedSession, type ReplayStep } from '../../core/session/replay.ts';
import type { ChoiceView, RunResult } from '../../core/session/session.ts';
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

const view = (c: { index: number; text: string }): ChoiceView => ({ index: c.index, text: c.text });

function walkStep(s: ReplayStep): WalkStep {
  const byIndex = new Map(s.offered.map((c) => [c.index, c]));
  return {
    entries: s.entries, events: s.events, evidence: s.evidence, first: s.first,
    choice: s.choice && view(s.choice),
    offered: s.shownOrder.map((i) => view(byIndex.get(i)!)),
    customer: s.session.customer, seconds: s.session.seconds,
  };
}

export function walkPath(bundle: ScenarioBundle, rubric: Rubric, seed: number, choices: readonly number[]): Walk {
  // The walk names its own scenario and rubric, so the replay refuses only a choice it cannot take.
  const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed, choices: [...choices] };
  const steps: WalkStep[] = [];
  const seen: { session?: ReplayedSession } = {};
  try {
    const result = replay(bundle, rubric, inputs, {
      onStep: (s) => {
        seen.session = s.session;
        steps.push(walkStep(s));
      },
    });
    return { steps, result, error: null };
  } catch (caught) {
    // Past the opening, show the steps up to the one that failed, with the reason. steps holds
    // the opening, so its length is the number of the choice that failed.
    const failed = steps.length;
    if (!seen.session || !(caught instanceof ReplayMismatchError || caught instanceof StoryBudgetError)) throw caught;
    const error = caught instanceof StoryBudgetError ? `step ${failed}: ${caught.message}` : `step ${failed}: choice ${choices[failed - 1]} is not offered`;
    return { steps, result: seen.session.result(), error };
  }
}
