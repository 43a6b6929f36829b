// Groups a run's evidence and coaching tips under the trainee choice that caused them: points
// earned by the customer's reply (a revealed need, a resolved objection, the outcome) belong to
// the choice that drew the reply, which is the trainee line of the same turn.
import type { Evidence } from '../schemas/score.ts';
import type { RunEvent } from '../schemas/run-event.ts';
import type { TranscriptEntry } from '../schemas/transcript.ts';

export interface Annotation {
  evidence: Evidence[];
  tips: string[];
}

/** The transcript index an entry's evidence is shown under. */
export function ownerOf(transcript: readonly TranscriptEntry[], entry: number): number {
  const line = transcript[entry];
  if (!line) return entry;
  for (let i = entry; i >= 0; i -= 1) {
    const candidate = transcript[i];
    if (!candidate || candidate.turn !== line.turn) break;
    if (candidate.speaker === 'trainee' && candidate.choice !== undefined) return i;
  }
  return entry;
}

export function annotateTranscript(
  transcript: readonly TranscriptEntry[],
  evidence: readonly Evidence[],
  events: readonly RunEvent[],
): Map<number, Annotation> {
  const notes = new Map<number, Annotation>();
  const at = (entry: number): Annotation => {
    const owner = ownerOf(transcript, entry);
    let note = notes.get(owner);
    if (!note) {
      note = { evidence: [], tips: [] };
      notes.set(owner, note);
    }
    return note;
  };
  for (const e of evidence) at(e.entry).evidence.push(e);
  for (const event of events) if (event.type === 'tip') at(event.entry).tips.push(event.text);
  return notes;
}
