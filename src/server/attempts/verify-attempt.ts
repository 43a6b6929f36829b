// Replays an attempt's inputs through the core Session and computes its score; the client's
// claims play no part. Also records what was offered at each step, for the trainer's statistics,
// and boils the run down to what the server stores (VerifiedSummary): that summary is all that
// crosses back from a verification worker.
import type { Story } from 'inkjs';
import { z } from 'zod';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import { Scores } from '../../core/schemas/score.ts';
import { OutcomeKind } from '../../core/story/story-tags.ts';
import { StoryBudgetError } from '../../core/story/run-budget.ts';
import { sessionOptions, type ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { ReplayMismatchError } from '../../core/session/replay.ts';
import { Session, type RunResult } from '../../core/session/session.ts';

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

export interface VerifyRun {
  /** A parsed Story of bundle.storyJson to reuse (reset before the run); see InkRunnerOptions. */
  story?: Story;
}

// The same checks and messages as core replay(), which stays the reference: a test holds the
// two to identical results. `bundle` must carry the bounds found under `rubric`
// (ScenarioStore.scoredUnder), or the 0–100 scores would be measured against another range.
// Throws ReplayMismatchError for inputs that do not fit, StoryBudgetError for a runaway story.
export function verifyAttempt(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs, run: VerifyRun = {}): VerifiedAttempt {
  if (inputs.scenarioId !== bundle.meta.id) throw new ReplayMismatchError(`attempt is for scenario "${inputs.scenarioId}", not "${bundle.meta.id}"`);
  if (inputs.contentHash !== bundle.contentHash) throw new ReplayMismatchError(`attempt was played on story version ${inputs.contentHash.slice(0, 12)}, not ${bundle.contentHash.slice(0, 12)}`);
  if (inputs.rubricVersion !== rubric.version) throw new ReplayMismatchError(`attempt was scored under rubric ${inputs.rubricVersion}, not ${rubric.version}`);
  if (bundle.rubricVersion !== rubric.version) throw new Error(`bounds were found under rubric ${bundle.rubricVersion}, not ${rubric.version}`);
  const session = new Session({ ...sessionOptions(bundle, rubric, inputs.seed), ...(run.story ? { story: run.story } : {}) });
  session.start();
  const decisions: Decision[] = [];
  inputs.choices.forEach((index, step) => {
    const offered = session.choicesWithTags;
    const prompt = [...session.transcript].reverse().find((e) => e.speaker !== 'trainee')?.text ?? '';
    let evidence;
    try {
      evidence = session.choose(index).evidence;
    } catch (error) {
      if (error instanceof StoryBudgetError) throw error; // the story's fault, not the attempt's
      const message = error instanceof Error ? error.message : String(error);
      throw new ReplayMismatchError(`step ${step + 1}: ${message}`);
    }
    decisions.push({
      step,
      point: offered.map((c) => c.sourcePath).join('|'),
      prompt,
      index,
      text: offered.find((c) => c.index === index)?.text ?? '',
      points: evidence.reduce((sum, e) => sum + e.points, 0),
      faults: evidence.filter((e) => e.reason === 'fault' && e.item !== null).map((e) => e.item!),
    });
  });
  return { result: session.result(), decisions, ended: session.ended };
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
