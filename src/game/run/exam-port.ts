// The port through which the game plays a cohort exam on the server, filled by the cohort
// extension (src/game/cohort/exam-service.ts): whether an entry's exam goes to the server at all,
// and the four calls of one exam. Failures come back as ExamCallError, sorted into what the
// trainee can do about them, so the game never reads HTTP statuses.
import type { ExamState } from '../../contract/exams.ts';
import type { ScenarioEntry } from './scenario-entry.ts';

/**
 * - `connection`: no answer (offline, the server unreachable or failing for now): trying the same
 *   call again is safe, the server answers a repeated turn as the exam stands;
 * - `conflict`: the exam moved on elsewhere (another tab took this turn): read it again;
 * - `refused`: the server will not do it (not a member any more, the version retired, no such exam).
 */
export type ExamFailure = 'connection' | 'conflict' | 'refused';

export class ExamCallError extends Error {
  constructor(readonly failure: ExamFailure, readonly reason: string) {
    super(reason);
    this.name = 'ExamCallError';
  }
}

export function isConnectionLost(error: unknown): boolean {
  return error instanceof ExamCallError && error.failure === 'connection';
}

/** One trainee's exam calls; each answers the exam as it stands, or throws an ExamCallError. */
export interface ExamTransport {
  /** Starts an exam on this version, or answers the trainee's exam already open on it. */
  start(contentHash: string): Promise<ExamState>;
  get(examId: string): Promise<ExamState>;
  turn(examId: string, turn: number, index: number): Promise<ExamState>;
  abandon(examId: string): Promise<ExamState>;
}

export interface ExamService {
  /** Settles once the extension knows whether the trainee is in a cohort (it reads that at start). */
  ready(): Promise<void>;
  /** Whether an exam of this entry is played on the server: the trainee is in a cohort and the server knows the version. */
  serves(entry: ScenarioEntry): boolean;
  /** Whether the browser believes it is online (a start is not even tried when it does not). */
  online(): boolean;
  /**
   * The calls as the current member, or null outside a cohort. The exam's attempt is stored on
   * this device under the exam id, which is how the cohort finds it again for the debrief.
   */
  transport(): ExamTransport | null;
}
