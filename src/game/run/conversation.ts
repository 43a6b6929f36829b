// The conversation port: what the conversation controller plays, whatever plays the story. The
// core's Session fits it as it is (every step answered at once), for coach runs and for trainees
// outside a cohort; a cohort exam's ServerExam (server-exam.ts) fits it too, with each reply
// answered by the server, later. The controller tells the two apart only by whether `choose`
// answers a promise.
import type { CustomerState } from '../../core/persona/customer-state.ts';
import type { PlayMode } from '../../core/schemas/records.ts';
import type { RunEvent } from '../../core/schemas/run-event.ts';
import type { Evidence } from '../../core/schemas/score.ts';
import type { TranscriptEntry } from '../../core/schemas/transcript.ts';
import type { ChoiceView, StepResult } from '../../core/session/session.ts';
import type { OutcomeKind } from '../../core/story/story-tags.ts';
import type { ScenarioEntry } from './scenario-entry.ts';

export interface Conversation {
  /** The opening (or, for a conversation already under way, everything said so far). Once. */
  start(): StepResult;
  /** Takes the reply with this Ink index; a promise when the answer comes from elsewhere. */
  choose(index: number): StepResult | Promise<StepResult>;
  /** The replies on offer, in the order shown. */
  readonly choices: readonly ChoiceView[];
  readonly transcript: readonly TranscriptEntry[];
  /** What the scoring found so far (for coach feedback); empty where the scoring is not here. */
  readonly evidence: readonly Evidence[];
  readonly events: readonly RunEvent[];
  readonly customer: CustomerState;
  /** Simulated conversation seconds so far (the call timer). */
  readonly seconds: number;
  readonly ended: boolean;
  readonly outcome: OutcomeKind | null;
}

/** What the conversation screen shows: the scenario, the mode and the conversation being played. */
export interface Playing {
  entry: ScenarioEntry;
  mode: PlayMode;
  conversation: Conversation;
}

export function isPending(step: StepResult | Promise<StepResult>): step is Promise<StepResult> {
  return typeof (step as Partial<Promise<StepResult>>).then === 'function';
}
