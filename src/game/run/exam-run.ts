// A cohort exam while it is played on the server: starting it (or the trainee's exam already open
// on that version, which the server answers instead), resuming the one a saved run in progress
// names, and the run in progress it is saved as after every step (the exam id; the seed and the
// choices are the server's). The story is not loaded for any of this.
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { RunInProgress } from '../../core/schemas/records.ts';
import type { ExamState } from '../../contract/exams.ts';
import { ExamCallError, type ExamService, type ExamTransport } from './exam-port.ts';
import type { ScenarioEntry } from './scenario-entry.ts';
import { ServerExam } from './server-exam.ts';

export interface ExamRun {
  /** The exam id, which is also the id the attempt is stored under on this device. */
  id: string;
  entry: ScenarioEntry;
  mode: 'exam';
  /** ISO time the server started the exam. */
  startedAt: string;
  exam: ServerExam;
}

/**
 * - `offline`: the browser is offline, or the server could not be reached;
 * - `no-cohort`: the trainee is not in a cohort (any more);
 * - `refused`: the server refused (with its reason);
 * - `mismatch`: the server answered for another version than the one asked for.
 */
export type ExamProblem = 'offline' | 'no-cohort' | 'refused' | 'mismatch';

export type ExamOpening =
  | { ok: true; run: ExamRun; resumed: boolean }
  | { ok: false; problem: ExamProblem; reason: string };

function isoOf(time: string): string {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) throw new ExamCallError('refused', `the server gave an unreadable start time (${time})`);
  return new Date(ms).toISOString();
}

function opened(transport: ExamTransport, entry: ScenarioEntry, state: ExamState): ExamOpening {
  if (state.contentHash !== entry.contentHash) {
    return { ok: false, problem: 'mismatch', reason: `the server answered for version ${state.contentHash.slice(0, 12)}, not ${entry.contentHash.slice(0, 12)}` };
  }
  const run: ExamRun = { id: state.examId, entry, mode: 'exam', startedAt: isoOf(state.startedAt), exam: new ServerExam(transport, state) };
  // An exam already under way (open elsewhere, or from before storage was lost) shows what was said at once.
  return { ok: true, run, resumed: state.turn > 0 || state.status !== 'open' };
}

function failed(error: unknown): ExamOpening {
  if (error instanceof ExamCallError) return { ok: false, problem: error.failure === 'connection' ? 'offline' : 'refused', reason: error.reason };
  throw error;
}

async function open(service: ExamService, entry: ScenarioEntry, call: (transport: ExamTransport) => Promise<ExamState>): Promise<ExamOpening> {
  // At start-up a saved exam is resumed before the cohort may have read its membership.
  await service.ready();
  if (!service.online()) return { ok: false, problem: 'offline', reason: '' };
  const transport = service.transport();
  if (!transport) return { ok: false, problem: 'no-cohort', reason: '' };
  try {
    return opened(transport, entry, await call(transport));
  } catch (error) {
    return failed(error);
  }
}

/** Starts the entry's exam on the server (or the trainee's exam already open on that version). */
export function openExam(service: ExamService, entry: ScenarioEntry): Promise<ExamOpening> {
  return open(service, entry, (transport) => transport.start(entry.contentHash));
}

/** The exam a saved run in progress names, as the server has it now. */
export function resumeExam(service: ExamService, examId: string, entry: ScenarioEntry): Promise<ExamOpening> {
  return open(service, entry, (transport) => transport.get(examId));
}

export function examRunInProgress(run: ExamRun, updatedAt: string): RunInProgress {
  return {
    scenarioId: run.entry.meta.id,
    language: run.entry.language,
    contentHash: run.entry.contentHash,
    rubricVersion: courseRubric.version,
    // The server's to keep: resumed from there, never replayed from here.
    seed: 0,
    choices: [],
    mode: 'exam',
    local: false,
    id: run.id,
    startedAt: run.startedAt,
    updatedAt,
    examId: run.exam.examId,
  };
}
