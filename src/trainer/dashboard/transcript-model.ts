// One attempt as its trainer reads it (GET /api/trainer/attempts/:attemptId), laid out for the
// transcript view: every line in order, the trainee's replies numbered, under each reply what it
// earned (the core's evidence and tips, grouped as the game's debrief groups them) and the faults
// it committed with red lines told apart, how long the trainee took over it, and for an exam
// played on the server its wall time against the scenario's time limit.
import { annotateTranscript } from '../../core/analysis/annotate-transcript.ts';
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import { rubricForVersion } from '../../core/rubric/rubric-versions.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Evidence } from '../../core/schemas/score.ts';
import type { TranscriptEntry } from '../../core/schemas/transcript.ts';
import type { Attempt, AttemptTranscript } from '../../contract/attempts.ts';

/**
 * exam: played turn by turn on the server (the only kind ranked); practice: a coach run the
 * trainee shared; browser-exam: an exam submitted from the browser before exams moved to the
 * server, kept on the record but no longer ranked.
 */
export type AttemptKind = 'exam' | 'practice' | 'browser-exam';

export function attemptKind(attempt: Pick<Attempt, 'mode' | 'playedOn'>): AttemptKind {
  if (attempt.mode === 'coach') return 'practice';
  return attempt.playedOn === 'server' ? 'exam' : 'browser-exam';
}

export type SpeakerKind = 'customer' | 'trainee' | 'narrator' | 'other';

export interface ReplyNotes {
  /** Evidence that is not a fault: points earned, withheld or lost by what the reply led to. */
  evidence: Evidence[];
  /** Faults committed (reason "fault"), in the order the core found them. */
  faults: Array<Evidence & { redLine: boolean }>;
  tips: string[];
}

export interface TranscriptRow {
  /** Index into the transcript (what evidence's `entry` points at). */
  entry: number;
  line: TranscriptEntry;
  speaker: SpeakerKind;
  /** For a trainee's reply: its number (1-based) and how long they took over it, null where not timed. */
  reply: { number: number; timeMs: number | null; slowest: boolean } | null;
  /** What the core said about this line; null when it owns nothing (most customer lines). */
  notes: ReplyNotes | null;
}

export interface TranscriptTiming {
  replies: number;
  /** Replies the server timed (server-played exams). */
  timed: number;
  /** Wall-clock seconds of a server-played exam, null otherwise. */
  wallSeconds: number | null;
  timeLimit: number | null;
  overTime: boolean;
  /** Seconds past the time limit, when over it. */
  overBy: number | null;
}

export interface TranscriptModel {
  kind: AttemptKind;
  rubric: Rubric;
  rows: TranscriptRow[];
  timing: TranscriptTiming;
  /** Faults committed in the whole conversation, red lines included. */
  faultCount: number;
}

function speakerOf(speaker: string): SpeakerKind {
  return speaker === 'customer' || speaker === 'trainee' || speaker === 'narrator' ? speaker : 'other';
}

export function transcriptModel(answer: AttemptTranscript): TranscriptModel {
  const { attempt, transcript } = answer;
  // The words and red lines of the rubric that scored it: an old attempt keeps its own.
  const rubric = rubricForVersion(attempt.rubricVersion) ?? courseRubric;
  const redLine = (fault: string | null) => fault !== null && (rubric.faults.find((f) => f.id === fault)?.redLine ?? attempt.redLines.includes(fault));
  const notes = annotateTranscript(transcript, answer.evidence, answer.events);

  let replies = 0;
  const rows: TranscriptRow[] = transcript.map((line, entry) => {
    const isReply = line.speaker === 'trainee' && line.choice !== undefined;
    const note = notes.get(entry);
    const reply = isReply ? { number: ++replies, timeMs: answer.turnTimesMs[replies - 1] ?? null, slowest: false } : null;
    const grouped: ReplyNotes | null = note && (note.evidence.length > 0 || note.tips.length > 0) ? {
      evidence: note.evidence.filter((e) => e.reason !== 'fault'),
      faults: note.evidence.filter((e) => e.reason === 'fault').map((e) => ({ ...e, redLine: redLine(e.item) })),
      tips: note.tips,
    } : null;
    return { entry, line, speaker: speakerOf(line.speaker), reply, notes: grouped };
  });

  const timedRows = rows.filter((r) => r.reply?.timeMs !== null && r.reply?.timeMs !== undefined);
  // The slowest reply is worth a glance only when there is more than one to compare.
  if (timedRows.length > 1) {
    const slowest = timedRows.reduce((a, b) => ((b.reply?.timeMs ?? 0) > (a.reply?.timeMs ?? 0) ? b : a));
    if (slowest.reply) slowest.reply.slowest = true;
  }
  const wallSeconds = attempt.playedOn === 'server' ? attempt.wallSeconds : null;
  const overBy = wallSeconds !== null && attempt.timeLimit !== null && wallSeconds > attempt.timeLimit ? wallSeconds - attempt.timeLimit : null;
  return {
    kind: attemptKind(attempt),
    rubric,
    rows,
    timing: {
      replies,
      timed: timedRows.length,
      wallSeconds,
      timeLimit: attempt.timeLimit,
      overTime: attempt.overTime || overBy !== null,
      overBy,
    },
    faultCount: rows.reduce((n, r) => n + (r.notes?.faults.length ?? 0), 0),
  };
}
