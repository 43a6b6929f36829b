// Plays a cohort exam the way the game does since issue 13: turn by turn through /api/exams,
// speaking only HTTP through the test app (so it holds every answer to the API contract too).
// Tests that need a ranked attempt use this instead of POSTing an exam to /api/attempts.
import type { Attempt } from '../../../src/contract/attempts.ts';
import type { ExamState } from '../../../src/contract/exams.ts';
import type { TestApp } from './test-app.ts';

export interface PlayExamInput {
  contentHash: string;
  /** Ink choice indices, in order, as `choices` lists them. */
  choices: number[];
  assignmentId?: string;
  /** Leave the exam after the choices instead of playing to its end. */
  abandon?: boolean;
}

/** The answer as sent: test-app.ts has already held it to the contract's ExamState. */
type ExamBody = ExamState & Record<string, unknown>;

function failed(what: string, r: { status: number; text: string }): Error {
  return new Error(`${what}: ${r.status} ${r.text}`);
}

/** POST /api/exams: the exam state the server answers (a new exam, or the open one resumed). */
export async function startExam(app: TestApp, token: string, contentHash: string, assignmentId?: string): Promise<ExamBody> {
  const body = assignmentId === undefined ? { contentHash } : { contentHash, assignmentId };
  const r = await app.call('POST', '/api/exams', { token, body });
  if (r.status !== 200 && r.status !== 201) throw failed('start exam', r);
  return r.body as ExamBody;
}

/**
 * Starts an exam, takes each choice in turn (and abandons it when asked) and answers the stored
 * attempt. The trainee's open exam on the version, when there is one, is resumed: the choices
 * continue it from its current turn.
 */
export async function playExam(app: TestApp, token: string, input: PlayExamInput): Promise<Attempt & Record<string, unknown>> {
  let state = await startExam(app, token, input.contentHash, input.assignmentId);
  for (const index of input.choices) {
    const r = await app.call('POST', `/api/exams/${state.examId}/turns`, { token, body: { turn: state.turn, index } });
    if (r.status !== 200) throw failed(`exam turn ${state.turn} (reply ${index})`, r);
    state = r.body as ExamBody;
  }
  if (input.abandon) {
    const r = await app.call('POST', `/api/exams/${state.examId}/abandon`, { token });
    if (r.status !== 200) throw failed('abandon exam', r);
    state = r.body as ExamBody;
  }
  if (!state.attempt) throw new Error(`exam ${state.examId} gave no attempt after ${input.choices.length} choices (turn ${state.turn}, status ${String(state.status)})`);
  return state.attempt;
}
