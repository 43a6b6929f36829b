// Deterministic replay: (scenario id, content hash, rubric version, seed, choices) → the run. The
// one replay every caller uses: the server's verification, resuming a saved run, the game's
// attempt replay, the checker and the CLIs. What a caller needs besides the result (the server's
// per-decision statistics, the game's step-by-step view) it reads through the per-step hook.
import type { Rubric } from '../schemas/rubric.ts';
import type { ReplayInputs } from '../schemas/replay-inputs.ts';
import type { TranscriptEntry } from '../schemas/transcript.ts';
import type { InkChoice } from '../story/ink-runner.ts';
import { sessionOptions, type ScenarioBundle } from './scenario-bundle.ts';
import { Session, type RunResult, type SessionOptions, type StepResult } from './session.ts';
import { StoryBudgetError } from '../story/run-budget.ts';

export class ReplayMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayMismatchError';
  }
}

/** What the hook may read of the session as it stands after a step. */
export type ReplayedSession = Pick<Session, 'customer' | 'seconds' | 'ended' | 'result'>;

/** One step of a replay as the hook sees it: the opening, then one per choice. */
export interface ReplayStep extends StepResult {
  /** 0 for the opening, n for the n-th choice (the "step n:" of a ReplayMismatchError). */
  step: number;
  /** The reply taken, with its tags and source path; null for the opening. */
  choice: InkChoice | null;
  /** The replies on offer when it was taken, in Ink's order (index = position); empty for the opening. */
  offered: readonly InkChoice[];
  /** Their Ink indices in the order the trainee saw them (reply-order.ts). */
  shownOrder: readonly number[];
  /** The last line said to the trainee before the choice; '' for the opening. */
  prompt: string;
  /** Transcript index of the step's first line. */
  first: number;
  /** The session as it stands after this step; it moves on with the next, so read it in the hook. */
  session: ReplayedSession;
}

export interface ReplayOptions extends Pick<SessionOptions, 'story' | 'budget'> {
  /**
   * Called after the opening and after each choice (outside the replay's error handling: what
   * the hook throws comes out as it is). Without it a replay does no per-step work, so callers
   * that want only the result (the checker, resume) pay nothing for the hook.
   */
  onStep?: (step: ReplayStep) => void;
}

/** Why the inputs cannot be replayed on this bundle under this rubric, or null when they fit. */
export function replayMismatch(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs): string | null {
  if (inputs.scenarioId !== bundle.meta.id) return `attempt is for scenario "${inputs.scenarioId}", not "${bundle.meta.id}"`;
  if (inputs.contentHash !== bundle.contentHash) return `attempt was played on story version ${inputs.contentHash.slice(0, 12)}, not ${bundle.contentHash.slice(0, 12)}`;
  if (inputs.rubricVersion !== rubric.version) return `attempt was scored under rubric ${inputs.rubricVersion}, not ${rubric.version}`;
  return null;
}

/**
 * Throws ReplayMismatchError when the inputs do not fit the bundle, StoryBudgetError on a runaway
 * story (the story's fault, not the attempt's); by then the hook has seen every step before it.
 */
export function replay(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs, options: ReplayOptions = {}): RunResult {
  return replaySession(bundle, rubric, inputs, options).result();
}

/** The replay's live session after the last choice, for playing on (resume.ts). Throws as replay() does. */
export function replaySession(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs, options: ReplayOptions = {}): Session {
  const mismatch = replayMismatch(bundle, rubric, inputs);
  if (mismatch !== null) throw new ReplayMismatchError(mismatch);
  const { onStep, ...run } = options;
  const session = new Session({ ...sessionOptions(bundle, rubric, inputs.seed), ...run });
  const opening = session.start();
  onStep?.({ ...opening, step: 0, choice: null, offered: [], shownOrder: [], prompt: '', first: 0, session });
  inputs.choices.forEach((index, n) => {
    // Read before choosing: the offer and the prompt are gone once the step is played.
    const before = onStep
      ? { offered: session.choicesWithTags, shownOrder: session.shownOrder, prompt: lastSaidToTrainee(session.transcript), first: session.transcript.length }
      : null;
    let played: StepResult;
    try {
      played = session.choose(index);
    } catch (error) {
      if (error instanceof StoryBudgetError) throw error; // the story's fault, not the attempt's
      const message = error instanceof Error ? error.message : String(error);
      throw new ReplayMismatchError(`step ${n + 1}: ${message}`);
    }
    if (onStep && before) onStep({ ...played, ...before, step: n + 1, choice: before.offered.find((c) => c.index === index) ?? null, session });
  });
  return session;
}

function lastSaidToTrainee(transcript: readonly TranscriptEntry[]): string {
  for (let i = transcript.length - 1; i >= 0; i--) if (transcript[i]!.speaker !== 'trainee') return transcript[i]!.text;
  return '';
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
