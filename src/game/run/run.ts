// One attempt at a scenario: the catalog entry and compiled story, the seed and mode chosen for
// it, and the live Session; plus the records it becomes (the run in progress after every choice,
// the attempt when it ends). The seed stays with the run because replaying an attempt needs it.
// A cohort exam played on the server becomes a Run only once it is over (exam-replay.ts), and
// then carries the attempt the server stored: the record keeps the server's verified numbers.
import type { Attempt } from '../../contract/attempts.ts';
import type { ScenarioEntry } from './scenario-entry.ts';
import { attemptRecord } from '../../core/progress/attempt-record.ts';
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { AttemptRecord, PlayMode, RunInProgress } from '../../core/schemas/records.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { Session } from '../../core/session/session.ts';
import { sessionOptions } from '../../core/session/scenario-bundle.ts';

export interface Run {
  id: string;
  entry: ScenarioEntry;
  bundle: ScenarioBundle;
  seed: number;
  mode: PlayMode;
  session: Session;
  /** ISO time the run began (kept across a resume). */
  startedAt: string;
  /** A cohort exam played on the server, replayed here for its debrief: the attempt the server stored. */
  exam?: { examId: string; attempt: Attempt };
}

export interface RunStart {
  id: string;
  seed: number;
  mode: PlayMode;
  startedAt: string;
}

export function bundleOf(entry: ScenarioEntry, storyJson: string): ScenarioBundle {
  return {
    meta: entry.meta, language: entry.language, storyJson, contentHash: entry.contentHash, bounds: entry.bounds,
    rubricVersion: entry.rubricVersion, ...(entry.endingBest ? { endingBest: entry.endingBest } : {}),
  };
}

/** A run whose session has not started yet: the conversation view calls session.start(). */
export async function startRun(entry: ScenarioEntry, start: RunStart): Promise<Run> {
  const bundle = bundleOf(entry, await entry.loadStory());
  const session = new Session(sessionOptions(bundle, courseRubric, start.seed));
  return { ...start, entry, bundle, session };
}

export function replayInputsOf(run: Run): ReplayInputs {
  return {
    scenarioId: run.entry.meta.id,
    contentHash: run.entry.contentHash,
    rubricVersion: courseRubric.version,
    seed: run.seed,
    choices: [...run.session.taken],
  };
}

export function runInProgressOf(run: Run, updatedAt: string): RunInProgress {
  return {
    ...replayInputsOf(run),
    id: run.id,
    language: run.entry.language,
    mode: run.mode,
    local: run.entry.local,
    startedAt: run.startedAt,
    updatedAt,
  };
}

/**
 * The attempt record a run becomes: when it ends, or, with `abandoned`, when the trainee leaves an
 * exam before its ending (scored as it stood, stored and shown, never ranked or averaged).
 */
export function attemptOf(run: Run, finishedAt: string, abandoned = false): AttemptRecord {
  const record = attemptRecord({
    id: run.id,
    bundle: run.bundle,
    rubricVersion: courseRubric.version,
    seed: run.seed,
    choices: run.session.taken,
    mode: run.mode,
    local: run.entry.local,
    startedAt: run.startedAt,
    finishedAt,
    durationMs: Math.max(0, Date.parse(finishedAt) - Date.parse(run.startedAt)),
    simulatedSeconds: run.session.seconds,
    ...(abandoned ? { abandoned: true } : {}),
  }, run.session.result());
  if (!run.exam) return record;
  const { examId, attempt } = run.exam;
  // The server's numbers are the verified ones (the same as the replay's, unless this build scores otherwise).
  return {
    ...record, examId, status: attempt.status, overall: attempt.overall, scores: attempt.scores, redLines: [...attempt.redLines],
    ...(attempt.wallSeconds === null ? {} : { durationMs: Math.round(attempt.wallSeconds * 1000) }),
  };
}
