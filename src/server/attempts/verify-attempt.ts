// Replays an attempt's inputs through the core Session and computes its score; the client's
// claims play no part. Also records what was offered at each step, for the trainer's statistics.
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import { sessionOptions, type ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { ReplayMismatchError } from '../../core/session/replay.ts';
import { Session, type RunResult } from '../../core/session/session.ts';

export interface Decision {
  step: number;
  /** The offered choices' source paths: names the decision point within one story version. */
  point: string;
  /** The last thing said to the trainee before choosing. */
  prompt: string;
  index: number;
  text: string;
  /** Raw points the step earned: the choice's own worth plus what the reply revealed. */
  points: number;
  faults: string[];
}

export interface VerifiedAttempt {
  result: RunResult;
  decisions: Decision[];
  ended: boolean;
}

// The same checks and messages as core replay(), which stays the reference: a test holds the
// two to identical results. `bundle` must carry the bounds found under `rubric`
// (ScenarioStore.scoredUnder), or the 0–100 scores would be measured against another range.
export function verifyAttempt(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs): VerifiedAttempt {
  if (inputs.scenarioId !== bundle.meta.id) throw new ReplayMismatchError(`attempt is for scenario "${inputs.scenarioId}", not "${bundle.meta.id}"`);
  if (inputs.contentHash !== bundle.contentHash) throw new ReplayMismatchError(`attempt was played on story version ${inputs.contentHash.slice(0, 12)}, not ${bundle.contentHash.slice(0, 12)}`);
  if (inputs.rubricVersion !== rubric.version) throw new ReplayMismatchError(`attempt was scored under rubric ${inputs.rubricVersion}, not ${rubric.version}`);
  if (bundle.rubricVersion !== rubric.version) throw new Error(`bounds were found under rubric ${bundle.rubricVersion}, not ${rubric.version}`);
  const session = new Session(sessionOptions(bundle, rubric, inputs.seed));
  session.start();
  const decisions: Decision[] = [];
  inputs.choices.forEach((index, step) => {
    const offered = session.choicesWithTags;
    const prompt = [...session.transcript].reverse().find((e) => e.speaker !== 'trainee')?.text ?? '';
    let evidence;
    try {
      evidence = session.choose(index).evidence;
    } catch (error) {
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
