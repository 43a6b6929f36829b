// The attempt a server-played exam ends with, for the attempt store: its inputs from the session
// row, its scores from the server's own replay, and the server's timing of each turn. Only a
// finished one ranks (attempt-view.ts); an abandoned one is kept as it stood.
import type { ScenarioMeta } from '../../core/schemas/scenario-meta.ts';
import type { NewAttempt } from '../attempts/attempt-store.ts';
import type { VerifiedSummary } from '../attempts/verify-attempt.ts';
import { weekStart } from '../leaderboard/week-start.ts';
import { newId } from '../secrets.ts';
import type { ExamSessionRow } from './exam-session-store.ts';
import { overTime, turnTimesMs, wallSeconds } from './exam-timing.ts';

/** One attempt per exam: its key names the exam, so it can never be stored twice. */
export const examIdempotencyKey = (examId: string): string => `exam:${examId}`;

/** `session`: the row as the ending turn (or the abandoning) left it; `now`: when that reached the server. */
export function examAttempt(
  session: ExamSessionRow, meta: ScenarioMeta, summary: VerifiedSummary, status: 'finished' | 'abandoned', now: number, weekOffsetMinutes: number,
): NewAttempt {
  const wall = wallSeconds(session.started_at, session.turn_times);
  const timeLimit = meta.timeLimit ?? null;
  return {
    id: newId(), cohort_id: session.cohort_id, trainee_id: session.trainee_id, idempotency_key: examIdempotencyKey(session.id),
    scenario_id: session.scenario_id, content_hash: session.content_hash, language: session.language,
    rubric_version: session.rubric_version, seed: session.seed, choices: session.choices, mode: 'exam',
    outcome: summary.outcome, overall: summary.overall, scores: summary.scores, not_assessed: summary.notAssessed,
    techniques: summary.techniques, faults: summary.faults, simulated_seconds: summary.simulatedSeconds,
    submitted_at: new Date(now).toISOString(), week_start: weekStart(now, weekOffsetMinutes), status,
    red_lines: summary.redLines, out_of_reach: summary.outOfReach, decisions: summary.decisions,
    played_on: 'server', exam_id: session.id, wall_seconds: wall, time_limit: timeLimit, over_time: overTime(wall, timeLimit),
    turn_times_ms: turnTimesMs(session.started_at, session.turn_times),
  };
}
