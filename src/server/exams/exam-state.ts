// The ExamState every exam endpoint answers, from the session row and the server's replay of it:
// only what the trainee sees (src/contract/exams.ts), never the story, a tag or a path.
import type { Attempt } from '../../contract/attempts.ts';
import type { ExamState } from '../../contract/exams.ts';
import type { ScenarioMeta } from '../../core/schemas/scenario-meta.ts';
import type { PlayedExam } from './exam-player.ts';
import type { ExamSessionRow } from './exam-session-store.ts';
import { wallSeconds } from './exam-timing.ts';

export function examState(session: ExamSessionRow, meta: ScenarioMeta, played: PlayedExam, attempt: Attempt | null): ExamState {
  return {
    examId: session.id,
    scenarioId: session.scenario_id,
    contentHash: session.content_hash,
    language: session.language,
    title: meta.title,
    assignmentId: session.assignment_id,
    status: session.status,
    startedAt: session.started_at,
    timeLimit: meta.timeLimit ?? null,
    elapsedSeconds: wallSeconds(session.started_at, session.turn_times),
    turn: session.choices.length,
    lines: played.lines,
    customer: played.customer,
    seconds: played.seconds,
    // An abandoned exam's story could go on; nothing more is on offer all the same.
    choices: session.status === 'open' ? played.choices : [],
    outcome: played.outcome,
    attempt,
  };
}
