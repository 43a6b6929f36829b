// Exams played on the server turn by turn (src/server/exams): start (or resume), read, take a
// turn, abandon. Each costs a replay of the exam so far, so each counts against a per-trainee limit.
import type { FastifyInstance } from 'fastify';
import { API } from '../../contract/endpoints.ts';
import type { AppDeps } from '../app-deps.ts';
import { ExamService } from '../exams/exam-service.ts';
import { traineeLimit } from '../http/trainee-rate-limit.ts';
import { route } from './route.ts';

/**
 * Exam requests a trainee may make per minute for each attempt submission RATE_LIMIT_SUBMIT
 * allows: an exam is tens of turns of a few seconds each, plus a start, reloads and retries.
 * At the default of 30 submissions, 120 requests: two a second, far past any reader's pace.
 */
export const EXAM_REQUESTS_PER_SUBMISSION = 4;

export function examRoutes(app: FastifyInstance, deps: AppDeps): void {
  const exams = new ExamService({
    db: deps.db, clock: deps.clock, rubric: deps.rubric, scenarios: deps.scenarios, weekOffsetMinutes: deps.config.weekOffsetMinutes,
    xapi: deps.outbox ? { outbox: deps.outbox, publicUrl: deps.publicUrl } : null,
  });
  const perMinute = deps.config.submitRateLimit === null ? null : deps.config.submitRateLimit * EXAM_REQUESTS_PER_SUBMISSION;
  const options = { afterAuth: traineeLimit(app, perMinute, { key: 'exam', what: 'exam requests' }) };

  route(app, deps, API.startExam, async ({ caller, body, reply }) => {
    const { created, state } = await exams.start(caller, body.contentHash, body.assignmentId ?? null);
    void reply.code(created ? 201 : 200);
    return state;
  }, options);

  route(app, deps, API.exam, async ({ caller, params }) => exams.get(caller, params.examId), options);

  route(app, deps, API.examTurn, async ({ caller, params, body }) => exams.turn(caller, params.examId, body), options);

  route(app, deps, API.abandonExam, async ({ caller, params }) => exams.abandon(caller, params.examId), options);
}
