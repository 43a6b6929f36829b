// Replays an attempt's inputs through the core replay and computes its score; the client's
// claims play no part. Also records what was offered at each step, for the trainer's statistics,
// and boils the run down to what the server stores (VerifiedSummary): that summary is all that
// crosses back from a verification worker.
import { z } from 'zod';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import { Scores } from '../../core/schemas/score.ts';
import { OutcomeKind } from '../../core/story/story-tags.ts';
import type { InkChoice } from '../../core/story/ink-runner.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { replay, replayMismatch, type ReplayOptions, type ReplayStep } from '../../core/session/replay.ts';
import type { RunResult } from '../../core/session/session.ts';

export const Decision = z.object({
  step: z.number().int().nonnegative(),
  /** The offered choices' source paths: names the decision point within one story version. */
  point: z.string(),
  /** The last thing said to the trainee before choosing. */
  prompt: z.string(),
  index: z.number().int().nonnegative(),
  text: z.string(),
  /** Raw points the step earned: the choice's own worth plus what the reply revealed. */
  points: z.number().int(),
  faults: z.array(z.string()),
});
export type Decision = z.infer<typeof Decision>;

export interface VerifiedAttempt {
  result: RunResult;
  decisions: Decision[];
  ended: boolean;
}

/** What is stored of a verified attempt: scores, what was used and committed, and each decision. */
export const VerifiedSummary = z.object({
  ended: z.boolean(),
  outcome: OutcomeKind.nullable(),
  overall: z.number().int(),
  scores: Scores,
  notAssessed: z.array(z.string()),
  outOfReach: z.array(z.string()),
  redLines: z.array(z.string()),
  /** Rubric techniques used and faults committed, each once, first use first. */
  techniques: z.array(z.string()),
  faults: z.array(z.string()),
  /** Simulated conversation time at the last transcript line. */
  simulatedSeconds: z.number().nonnegative(),
  decisions: z.array(Decision),
});
export type VerifiedSummary = z.infer<typeof VerifiedSummary>;

/** How to run it: a parsed Story of bundle.storyJson to reuse (the verifiers' StoryCache). */
export type VerifyRun = Pick<ReplayOptions, 'story'>;

/** The decision a replayed choice stands for, for the trainer's statistics. */
function decisionOf(step: ReplayStep, choice: InkChoice): Decision {
  return {
    step: step.step - 1,
    point: step.offered.map((c) => c.sourcePath).join('|'),
    prompt: step.prompt,
    index: choice.index,
    text: choice.text,
    points: step.evidence.reduce((sum, e) => sum + e.points, 0),
    faults: step.evidence.filter((e) => e.reason === 'fault' && e.item !== null).map((e) => e.item!),
  };
}

// The core replay, its decisions read through the per-step hook. `bundle` must carry the bounds
// found under `rubric` (ScenarioStore.scoredUnder), or the 0–100 scores would be measured against
// another range. Throws ReplayMismatchError for inputs that do not fit (checked first, so such an
// attempt is refused as such whatever bounds are stored), StoryBudgetError for a runaway story.
export function verifyAttempt(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs, run: VerifyRun = {}): VerifiedAttempt {
  if (replayMismatch(bundle, rubric, inputs) === null && bundle.rubricVersion !== rubric.version) {
    throw new Error(`bounds were found under rubric ${bundle.rubricVersion}, not ${rubric.version}`);
  }
  const decisions: Decision[] = [];
  let ended = false;
  const result = replay(bundle, rubric, inputs, {
    story: run.story,
    onStep: (step) => {
      ended = step.session.ended;
      if (step.choice) decisions.push(decisionOf(step, step.choice));
    },
  });
  return { result, decisions, ended };
}

const itemsOf = (result: RunResult, reason: 'technique' | 'fault'): string[] =>
  [...new Set(result.evidence.filter((e) => e.reason === reason && e.item !== null).map((e) => e.item!))];

export function summarise(verified: VerifiedAttempt): VerifiedSummary {
  const { result, decisions, ended } = verified;
  return {
    ended,
    outcome: result.outcome,
    overall: result.overall,
    scores: result.scores,
    notAssessed: result.notAssessed,
    outOfReach: result.outOfReach,
    redLines: result.redLines,
    techniques: itemsOf(result, 'technique'),
    faults: itemsOf(result, 'fault'),
    simulatedSeconds: result.transcript.at(-1)?.at ?? 0,
    decisions,
  };
}
