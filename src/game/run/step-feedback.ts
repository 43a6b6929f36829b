// Coach mode's feedback for one step of a conversation: what the trainee's choice itself earned
// or cost (and the trainer's tips for it), shown before the customer answers, and what the
// answer brought (a revealed need, a resolved objection, the outcome), shown after it.
import type { Evidence } from '../../core/schemas/score.ts';
import type { RunEvent } from '../../core/schemas/run-event.ts';
import type { TranscriptEntry } from '../../core/schemas/transcript.ts';

export interface Feedback {
  evidence: Evidence[];
  tips: string[];
}

export interface StepFeedback {
  /** Null for the opening, which has no choice. */
  choice: Feedback | null;
  reply: Evidence[];
}

export interface StepSlice {
  /** Transcript index of the step's first line. */
  first: number;
  entries: TranscriptEntry[];
  evidence: Evidence[];
  events: RunEvent[];
}

export function stepFeedback(step: StepSlice): StepFeedback {
  const head = step.entries[0];
  if (!head || head.speaker !== 'trainee' || head.choice === undefined) return { choice: null, reply: [...step.evidence] };
  const mine = (entry: number): boolean => entry === step.first;
  return {
    choice: {
      evidence: step.evidence.filter((e) => mine(e.entry)),
      tips: step.events.flatMap((e) => (e.type === 'tip' && mine(e.entry) ? [e.text] : [])),
    },
    reply: step.evidence.filter((e) => !mine(e.entry)),
  };
}

/** Cuts a finished or restored run into its steps (one per turn), for feedback after a resume. */
export function stepsOf(transcript: readonly TranscriptEntry[], evidence: readonly Evidence[], events: readonly RunEvent[]): StepSlice[] {
  const steps: StepSlice[] = [];
  transcript.forEach((entry, index) => {
    const last = steps[steps.length - 1];
    if (last && last.entries[0]?.turn === entry.turn) last.entries.push(entry);
    else steps.push({ first: index, entries: [entry], evidence: [], events: [] });
  });
  const owner = (entry: number): StepSlice | undefined => {
    for (let i = steps.length - 1; i >= 0; i -= 1) if (steps[i]!.first <= entry) return steps[i];
    return undefined;
  };
  for (const e of evidence) owner(e.entry)?.evidence.push(e);
  for (const e of events) owner(e.entry)?.events.push(e);
  return steps;
}
