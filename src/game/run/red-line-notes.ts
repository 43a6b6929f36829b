// What the debrief says first when a run crossed a red line: each red-line fault, in the order it
// was committed, with the trainee's line that committed it (the fault's evidence points to it).
import type { Evidence } from '../../core/schemas/score.ts';
import type { TranscriptEntry } from '../../core/schemas/transcript.ts';

export interface RedLineNote {
  /** The fault id (a rubric fault marked redLine). */
  fault: string;
  /** Transcript index of the line that committed it; null if no evidence points to one. */
  entry: number | null;
  /** That line's words, as the trainee said them. */
  line: string | null;
}

export interface RedLineSource {
  redLines: readonly string[];
  evidence: readonly Evidence[];
  transcript: readonly TranscriptEntry[];
}

export function redLineNotes(result: RedLineSource): RedLineNote[] {
  return result.redLines.map((fault) => {
    const first = result.evidence.find((e) => e.reason === 'fault' && e.item === fault);
    const entry = first ? first.entry : null;
    const line = entry === null ? null : result.transcript[entry]?.text ?? null;
    return { fault, entry: line === null ? null : entry, line };
  });
}
