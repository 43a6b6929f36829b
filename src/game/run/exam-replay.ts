// A finished (or abandoned) cohort exam turned into a Run for its debrief and the trainee's
// progress: only now is the story loaded, and the server's attempt (its seed and choices) is
// replayed here with the core's one replay, which is deterministic, so the lines, evidence and
// scores are the server's. Should this build ever score the attempt otherwise, the debrief shows
// the server's numbers (`verifiedResult`).
import type { Attempt } from '../../contract/attempts.ts';
import { rubricForVersion } from '../../core/rubric/rubric-versions.ts';
import { replaySession } from '../../core/session/replay.ts';
import type { RunResult } from '../../core/session/session.ts';
import type { ExamRun } from './exam-run.ts';
import { bundleOf, type Run } from './run.ts';

export type ExamReplay = { ok: true; run: Run } | { ok: false; detail: string };

export async function replayExam(run: ExamRun, attempt: Attempt): Promise<ExamReplay> {
  const { entry } = run;
  const rubric = rubricForVersion(attempt.rubricVersion);
  if (!rubric) return { ok: false, detail: `the server scored the exam under rubric ${attempt.rubricVersion}, which this game does not know` };
  try {
    const bundle = bundleOf(entry, await entry.loadStory());
    const session = replaySession(bundle, rubric, {
      scenarioId: attempt.scenarioId, contentHash: attempt.contentHash, rubricVersion: attempt.rubricVersion, seed: attempt.seed, choices: attempt.choices,
    });
    return {
      ok: true,
      run: { id: run.id, entry, bundle, seed: attempt.seed, mode: 'exam', session, startedAt: run.startedAt, exam: { examId: run.exam.examId, attempt } },
    };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether the replay here scored the attempt as the server did. */
export function scoredAlike(result: RunResult, attempt: Attempt): boolean {
  // Key by key: the server's JSON need not list the dimensions in the same order.
  const mine = Object.entries(result.scores).filter(([, score]) => score !== undefined);
  const theirs = Object.entries(attempt.scores).filter(([, score]) => score !== undefined);
  return result.overall === attempt.overall && mine.length === theirs.length
    && mine.every(([dimension, score]) => attempt.scores[dimension as keyof typeof attempt.scores] === score);
}

/** The run's result with the server's numbers, when it was an exam played there. */
export function verifiedResult(run: Run): { result: RunResult; differs: boolean } {
  const result = run.session.result();
  const attempt = run.exam?.attempt;
  if (!attempt || scoredAlike(result, attempt)) return { result, differs: false };
  return {
    result: { ...result, overall: attempt.overall, scores: attempt.scores, outOfReach: attempt.outOfReach, notAssessed: attempt.notAssessed, redLines: attempt.redLines },
    differs: true,
  };
}
