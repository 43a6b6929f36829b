// One attempt at a scenario: the catalog entry and compiled story, the seed and mode chosen for
// it, and the live Session; plus the records it becomes (the run in progress after every choice,
// the attempt when it ends). The seed stays with the run because replaying an attempt needs it.
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
  return attemptRecord({
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
}
