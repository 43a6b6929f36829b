// The cohort's side of exams played on the server: it fills the game's ExamService port
// (src/game/run/exam-port.ts) with the trainee's membership and the API client. An exam of any
// scenario the server knows (not a trainer's local one) is played there while the trainee is in
// a cohort; each answer that carries the stored attempt is handed to the cohort feature, so the
// debrief's cohort line shows it submitted and ranked by the server, with nothing queued.
import type { ExamState } from '../../contract/exams.ts';
import { isApiError } from '../../net/api-error.ts';
import type { CohortClient } from '../../net/cohort-client.ts';
import { ExamCallError, type ExamService, type ExamTransport } from '../run/exam-port.ts';
import type { CohortFeature } from './cohort-feature.ts';

type ExamClient = Pick<CohortClient, 'startExam' | 'exam' | 'examTurn' | 'abandonExam'>;

export interface CohortExamDeps {
  feature: Pick<CohortFeature, 'current' | 'examFinished'>;
  client: { withToken(token: string | null): ExamClient };
  /** The browser's idea of whether it is online (navigator.onLine). */
  online: () => boolean;
  /** Settles once the feature has read the membership (its start()); absent: it already has. */
  started?: Promise<unknown>;
}

/** What the trainee can do about a failed call: try again, read the exam again, or nothing. */
export function examCallError(error: unknown): ExamCallError {
  if (!isApiError(error)) return new ExamCallError('refused', error instanceof Error ? error.message : String(error));
  if (error.status === 409) return new ExamCallError('conflict', error.reason);
  // No answer, a passing fault, or an answer that is not the API's (a captive portal, a proxy page).
  if (error.retryable || error.kind === 'timeout' || error.kind === 'aborted' || error.kind === 'bad-response') {
    return new ExamCallError('connection', error.reason);
  }
  return new ExamCallError('refused', error.reason);
}

function transportOf(client: ExamClient, settled: (state: ExamState) => void): ExamTransport {
  const call = async (send: () => Promise<ExamState>): Promise<ExamState> => {
    let state: ExamState;
    try {
      state = await send();
    } catch (error) {
      throw examCallError(error);
    }
    settled(state);
    return state;
  };
  return {
    start: (contentHash) => call(() => client.startExam({ contentHash })),
    get: (examId) => call(() => client.exam(examId)),
    turn: (examId, turn, index) => call(() => client.examTurn(examId, { turn, index })),
    abandon: (examId) => call(() => client.abandonExam(examId)),
  };
}

export function cohortExams(deps: CohortExamDeps): ExamService {
  const started = (deps.started ?? Promise.resolve()).then(() => undefined, () => undefined);
  return {
    ready: () => started,
    serves: (entry) => deps.feature.current !== null && !entry.local,
    online: deps.online,
    transport: () => {
      const membership = deps.feature.current;
      if (!membership) return null;
      return transportOf(deps.client.withToken(membership.token), (state) => {
        // The game stores the exam's attempt under the exam id (exam-port.ts).
        if (state.attempt) deps.feature.examFinished(state.examId, state.attempt);
      });
    },
  };
}
