// The endpoint table of the cohort API: every endpoint the server has, and only those (docs/api.md
// lists the same, checked by tests/contract/api-doc.test.ts). The Fastify routes are registered
// from it (src/server/routes) and the client calls through it (src/net/cohort-client.ts).
import {
  AssignmentList, AssignmentParams, Assignment, CreateAssignmentBody, MyAssignmentList, Removed,
} from './assignments.ts';
import { Attempt, AttemptPage, AttemptParams, AttemptTranscript, CohortAttemptPage, PageQuery, SubmitAttemptBody } from './attempts.ts';
import { HideBody, RemovedMember, RetireBody, ShippedList, ShippedParams, TraineeParams } from './cohort-admin.ts';
import { ExamParams, ExamState, ExamTurnBody, StartExamBody } from './exams.ts';
import { CohortSummary, CreateCohortBody, CreatedCohort, JoinCohortBody, JoinedCohort, Me } from './cohorts.ts';
import { endpoint, type Endpoint, type FileAnswer } from './endpoint.ts';
import { Health, Readiness } from './health.ts';
import { AroundMe, AroundMeQuery, Leaderboard, LeaderboardQuery } from './leaderboard.ts';
import {
  ContentHashParams, PlayableVersionAnswer, PublishedList, PublishedScenario, PublishedVersion, PublishScenarioBody, ScenarioList,
} from './scenarios.ts';
import { AttemptsQuery, ChoiceReport, ChoicesQuery, DimensionReport, DimensionsQuery, MemberList, ScenarioParams } from './trainer-dashboard.ts';

/** UTF-8 with a byte-order mark, so that spreadsheets read Chinese names. */
const csv = (file: string): FileAnswer => ({ file, contentType: 'text/csv; charset=utf-8' });

export const API = {
  // ── operations ──
  health: endpoint({ method: 'GET', path: '/api/health', auth: 'none', answer: Health }),
  ready: endpoint({ method: 'GET', path: '/api/ready', auth: 'none', answer: Readiness }),

  // ── cohorts and callers ──
  createCohort: endpoint({ method: 'POST', path: '/api/cohorts', auth: 'creation-key', body: CreateCohortBody, answer: CreatedCohort }),
  joinCohort: endpoint({ method: 'POST', path: '/api/cohorts/join', auth: 'none', body: JoinCohortBody, answer: JoinedCohort }),
  me: endpoint({ method: 'GET', path: '/api/me', auth: 'member', answer: Me }),

  // ── scenarios ──
  scenarios: endpoint({ method: 'GET', path: '/api/scenarios', auth: 'member', answer: ScenarioList }),
  scenarioVersion: endpoint({
    method: 'GET', path: '/api/scenarios/:contentHash', auth: 'member', params: ContentHashParams, answer: PlayableVersionAnswer,
  }),

  // ── attempts ──
  submitAttempt: endpoint({ method: 'POST', path: '/api/attempts', auth: 'trainee', body: SubmitAttemptBody, answer: Attempt }),
  myAttempts: endpoint({ method: 'GET', path: '/api/me/attempts', auth: 'trainee', query: PageQuery, answer: AttemptPage }),

  // ── exams, played on the server turn by turn ──
  startExam: endpoint({ method: 'POST', path: '/api/exams', auth: 'trainee', body: StartExamBody, answer: ExamState }),
  exam: endpoint({ method: 'GET', path: '/api/exams/:examId', auth: 'trainee', params: ExamParams, answer: ExamState }),
  examTurn: endpoint({ method: 'POST', path: '/api/exams/:examId/turns', auth: 'trainee', params: ExamParams, body: ExamTurnBody, answer: ExamState }),
  abandonExam: endpoint({ method: 'POST', path: '/api/exams/:examId/abandon', auth: 'trainee', params: ExamParams, answer: ExamState }),

  // ── assignments, as the trainee sees them ──
  myAssignments: endpoint({ method: 'GET', path: '/api/me/assignments', auth: 'trainee', answer: MyAssignmentList }),

  // ── leaderboards ──
  leaderboard: endpoint({ method: 'GET', path: '/api/leaderboard', auth: 'member', query: LeaderboardQuery, answer: Leaderboard }),
  aroundMe: endpoint({ method: 'GET', path: '/api/leaderboard/around-me', auth: 'trainee', query: AroundMeQuery, answer: AroundMe }),

  // ── the trainer's side ──
  trainerCohort: endpoint({ method: 'GET', path: '/api/trainer/cohort', auth: 'trainer', answer: CohortSummary }),
  publishScenario: endpoint({ method: 'POST', path: '/api/trainer/scenarios', auth: 'trainer', body: PublishScenarioBody, answer: PublishedScenario }),
  publishedScenarios: endpoint({ method: 'GET', path: '/api/trainer/scenarios', auth: 'trainer', answer: PublishedList }),
  members: endpoint({ method: 'GET', path: '/api/trainer/members', auth: 'trainer', answer: MemberList }),
  membersCsv: endpoint({ method: 'GET', path: '/api/trainer/members.csv', auth: 'trainer', answer: csv('members.csv') }),
  cohortAttempts: endpoint({ method: 'GET', path: '/api/trainer/attempts', auth: 'trainer', query: AttemptsQuery, answer: CohortAttemptPage }),
  attemptsCsv: endpoint({ method: 'GET', path: '/api/trainer/attempts.csv', auth: 'trainer', query: AttemptsQuery, answer: csv('attempts.csv') }),
  attemptTranscript: endpoint({
    method: 'GET', path: '/api/trainer/attempts/:attemptId', auth: 'trainer', params: AttemptParams, answer: AttemptTranscript,
  }),
  removeMember: endpoint({
    method: 'POST', path: '/api/trainer/members/:traineeId/remove', auth: 'trainer', params: TraineeParams, answer: RemovedMember,
  }),
  retireScenario: endpoint({
    method: 'POST', path: '/api/trainer/scenarios/:contentHash/retire', auth: 'trainer', params: ContentHashParams, body: RetireBody, answer: PublishedVersion,
  }),
  shippedScenarios: endpoint({ method: 'GET', path: '/api/trainer/shipped', auth: 'trainer', answer: ShippedList }),
  hideShipped: endpoint({
    method: 'POST', path: '/api/trainer/shipped/:scenarioId/hide', auth: 'trainer', params: ShippedParams, body: HideBody, answer: ShippedList,
  }),
  createAssignment: endpoint({ method: 'POST', path: '/api/trainer/assignments', auth: 'trainer', body: CreateAssignmentBody, answer: Assignment }),
  assignments: endpoint({ method: 'GET', path: '/api/trainer/assignments', auth: 'trainer', answer: AssignmentList }),
  removeAssignment: endpoint({
    method: 'POST', path: '/api/trainer/assignments/:assignmentId/remove', auth: 'trainer', params: AssignmentParams, answer: Removed,
  }),
  dimensions: endpoint({ method: 'GET', path: '/api/trainer/dimensions', auth: 'trainer', query: DimensionsQuery, answer: DimensionReport }),
  choices: endpoint({
    method: 'GET', path: '/api/trainer/scenarios/:scenarioId/choices', auth: 'trainer', params: ScenarioParams, query: ChoicesQuery, answer: ChoiceReport,
  }),
} as const satisfies Record<string, Endpoint>;

export const ENDPOINTS: ReadonlyArray<Endpoint> = Object.values(API);
