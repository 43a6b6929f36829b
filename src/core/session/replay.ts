// Deterministic replay: (scenario id, content hash, rubric version, seed, choices) → the run.
import type { Rubric } from '../schemas/rubric.ts';
import type { ReplayInputs } from '../schemas/replay-inputs.ts';
import { sessionOptions, type ScenarioBundle } from './scenario-bundle.ts';
import { Session, type RunResult, type SessionOptions } from './session.ts';
import { StoryBudgetError } from '../story/run-budget.ts';

export class ReplayMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayMismatchError';
  }
}

/** How to run it: an already parsed Story to reuse, budget overrides. */
export type ReplayRun = Pick<SessionOptions, 'story' | 'budget'>;

/** Throws ReplayMismatchError when the inputs do not fit the bundle, StoryBudgetError on a runaway story. */
export function replay(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs, run: ReplayRun = {}): RunResult {
  if (inputs.scenarioId !== bundle.meta.id) throw new ReplayMismatchError(`attempt is for scenario "${inputs.scenarioId}", not "${bundle.meta.id}"`);
  if (inputs.contentHash !== bundle.contentHash) throw new ReplayMismatchError(`attempt was played on story version ${inputs.contentHash.slice(0, 12)}, not ${bundle.contentHash.slice(0, 12)}`);
  if (inputs.rubricVersion !== rubric.version) throw new ReplayMismatchError(`attempt was scored under rubric ${inputs.rubricVersion}, not ${rubric.version}`);
  const session = new Session({ ...sessionOptions(bundle, rubric, inputs.seed), ...run });
  session.start();
  inputs.choices.forEach((index, step) => {
    try {
      session.choose(index);
    } catch (error) {
      if (error instanceof StoryBudgetError) throw error; // the story's fault, not the attempt's
      const message = error instanceof Error ? error.message : String(error);
      throw new ReplayMismatchError(`step ${step + 1}: ${message}`);
    }
  });
  return session.result();
}

/** The replay as one canonical JSON object (key order fixed), for CLIs, tests and the server. */
export function replayReport(result: RunResult, inputs: ReplayInputs): Record<string, unknown> {
  return {
    inputs,
    outcome: result.outcome,
    scores: result.scores,
    overall: result.overall,
    redLines: result.redLines,
    outOfReach: result.outOfReach,
    notAssessed: result.notAssessed,
    raw: result.raw,
    evidence: result.evidence,
    events: result.events,
    transcript: result.transcript,
  };
}
