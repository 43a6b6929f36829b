// Typed client for the whole cohort server API, for the game and the trainer page: each call is
// built from the contract's endpoint table (src/contract/endpoints.ts: method, path, request
// types), every answer is checked against the endpoint's own schema, and every failure is an
// ApiError with the reason. The exam calls the server answers idempotently are repeated a few
// times on a lost connection or a passing server fault (src/net/idempotent-retry.ts); nothing else is.
import type { Assignment, AssignmentProgress, CreateAssignmentInput, MyAssignment } from '../contract/assignments.ts';
import type { AttemptPage, Attempt, AttemptTranscript, CohortAttemptPage, PageQuery, SubmitAttemptInput } from '../contract/attempts.ts';
import type { RemovedMember, ShippedScenario } from '../contract/cohort-admin.ts';
import type { CohortSummary, CreateCohortInput, CreatedCohort, JoinCohortInput, JoinedCohort, Me } from '../contract/cohorts.ts';
import { isFileAnswer, pathOf, type AnswerOf, type Endpoint, type FileAnswer } from '../contract/endpoint.ts';
import { API } from '../contract/endpoints.ts';
import type { ExamState, ExamTurnInput, StartExamInput } from '../contract/exams.ts';
import type { Health } from '../contract/health.ts';
import type { AroundMe, AroundMeQuery, Leaderboard, LeaderboardQuery } from '../contract/leaderboard.ts';
import {
  PlayableVersion, TrainerPlayableVersion, type PublishedScenario, type PublishedVersion, type PublishScenarioInput, type ScenarioList,
} from '../contract/scenarios.ts';
import type { AttemptFilter, ChoiceFilter, ChoiceReport, DimensionFilter, DimensionReport, Member } from '../contract/trainer-dashboard.ts';
import type { z } from 'zod';
import { HttpTransport, runtimeTimers, type CallOptions, type Download, type Query, type TransportOptions } from './http-transport.ts';
import { withIdempotentRetry } from './idempotent-retry.ts';

export interface CohortClientOptions extends TransportOptions {
  /** The trainer key (trk_…) or trainee token (trt_…) sent as the bearer secret. */
  token?: string | null;
}

export interface SubmittedAttempt {
  /** false when this idempotency key was stored before: `attempt` is then the original answer. */
  created: boolean;
  attempt: Attempt;
}

export interface PublishResult {
  /** false when this exact version was already published to the cohort (it is current again). */
  created: boolean;
  scenario: PublishedScenario;
}

/** An exam call's options: `retries` repeats on a lost connection, 429 or 5xx, never a timeout (default 2; 0 sends once). */
export interface ExamCallOptions extends CallOptions {
  retries?: number;
}

/** Publishing compiles and explores the whole story on the server: allow it longer. */
export const PUBLISH_TIMEOUT_MS = 120_000;

type JsonEndpoint = Endpoint & { answer: z.ZodType };
type FileEndpoint = Endpoint & { answer: FileAnswer };

/** What one call sends besides the secret: path parameters, query and body. */
interface Parts {
  params?: Record<string, string>;
  query?: Query;
  body?: unknown;
}

export class CohortClient {
  readonly token: string | null;
  private readonly transport: HttpTransport;
  private readonly options: CohortClientOptions;

  constructor(options: CohortClientOptions = {}) {
    this.options = options;
    this.token = options.token ?? null;
    this.transport = new HttpTransport(options);
  }

  /** The same server and settings with another secret (e.g. after joining). */
  withToken(token: string | null): CohortClient {
    return new CohortClient({ ...this.options, token });
  }

  private async call<E extends JsonEndpoint>(
    endpoint: E, parts: Parts = {}, call: CallOptions = {}, token = this.token,
  ): Promise<{ status: number; data: AnswerOf<E> }> {
    const { status, data } = await this.transport.json(endpoint.answer, {
      ...call, method: endpoint.method, path: pathOf(endpoint, parts.params), query: parts.query, body: parts.body, token,
    });
    return { status, data: data as AnswerOf<E> };
  }

  private async read<E extends JsonEndpoint>(endpoint: E, parts?: Parts, call?: CallOptions): Promise<AnswerOf<E>> {
    return (await this.call(endpoint, parts, call)).data;
  }

  /** For the calls the server answers idempotently: repeated on a lost connection, 429 or 5xx. */
  private async readRetrying<E extends JsonEndpoint>(endpoint: E, parts: Parts, options: ExamCallOptions = {}): Promise<AnswerOf<E>> {
    const { retries, ...call } = options;
    return withIdempotentRetry(() => this.read(endpoint, parts, call), {
      timers: this.options.timers ?? runtimeTimers, retries, signal: call.signal,
    });
  }

  private async download(endpoint: FileEndpoint, query: Query, call: CallOptions = {}): Promise<Download> {
    if (!isFileAnswer(endpoint.answer)) throw new Error(`${endpoint.path} answers JSON, not a file`);
    return this.transport.download({ ...call, method: endpoint.method, path: pathOf(endpoint), query, token: this.token }, endpoint.answer.file);
  }

  async health(call?: CallOptions): Promise<Health> {
    return this.read(API.health, {}, call);
  }

  // ── anyone ─────────────────────────────────────────────

  /** Creates a cohort. The trainer key in the answer is never shown again. */
  async createCohort(input: CreateCohortInput, options: CallOptions & { creationKey?: string } = {}): Promise<CreatedCohort> {
    const { creationKey, ...call } = options;
    return (await this.call(API.createCohort, { body: input }, call, creationKey ?? null)).data;
  }

  /** Joins with a cohort code; keep the returned token (use `withToken`) for every later call. */
  async joinCohort(input: JoinCohortInput, call?: CallOptions): Promise<JoinedCohort> {
    return (await this.call(API.joinCohort, { body: input }, call, null)).data;
  }

  // ── trainee or trainer ─────────────────────────────────

  async me(call?: CallOptions): Promise<Me> {
    return this.read(API.me, {}, call);
  }

  /** The current version of each scenario and language the cohort may play. */
  async scenarios(call?: CallOptions): Promise<ScenarioList> {
    return this.read(API.scenarios, {}, call);
  }

  /** One playable version (compiled story, metadata, score bounds); no best path. */
  async scenarioVersion(contentHash: string, call?: CallOptions): Promise<PlayableVersion> {
    return this.read({ ...API.scenarioVersion, answer: PlayableVersion }, { params: { contentHash } }, call);
  }

  async leaderboard(query: LeaderboardQuery = {}, call?: CallOptions): Promise<Leaderboard> {
    return this.read(API.leaderboard, { query }, call);
  }

  // ── trainee ────────────────────────────────────────────

  /**
   * Sends a run's replay inputs; the server replays them and scores the attempt itself. Safe to
   * repeat with the same idempotency key (the original answer comes back with `created: false`).
   */
  async submitAttempt(input: SubmitAttemptInput, call?: CallOptions): Promise<SubmittedAttempt> {
    const { status, data } = await this.call(API.submitAttempt, { body: input }, call);
    return { created: status === 201, attempt: data };
  }

  async myAttempts(page: PageQuery = {}, call?: CallOptions): Promise<AttemptPage> {
    return this.read(API.myAttempts, { query: page }, call);
  }

  async aroundMe(query: AroundMeQuery = {}, call?: CallOptions): Promise<AroundMe> {
    return this.read(API.aroundMe, { query }, call);
  }

  /** The cohort's open assignments with the caller's own status, soonest due first. */
  async myAssignments(call?: CallOptions): Promise<MyAssignment[]> {
    return (await this.read(API.myAssignments, {}, call)).assignments;
  }

  // ── trainee: exams, played on the server turn by turn ──

  /**
   * Starts an exam on a version the cohort may play; the server picks the seed. When the caller
   * already has an open exam on that version it answers that one (so a lost answer, or lost
   * browser storage, resumes rather than starting over), which also makes it safe to repeat.
   */
  async startExam(input: StartExamInput, call?: ExamCallOptions): Promise<ExamState> {
    return this.readRetrying(API.startExam, { body: input }, call);
  }

  /** The exam as it stands (to resume after a reload or a restart). */
  async exam(examId: string, call?: ExamCallOptions): Promise<ExamState> {
    return this.readRetrying(API.exam, { params: { examId } }, call);
  }

  /**
   * Takes one reply: `turn` is the exam's `turn` when the reply was picked, `index` the Ink index
   * listed in `choices`. Repeating the same {turn, index} after a lost answer gets the exam as it
   * stands, so this repeats itself on no answer, and the caller may too; another stale turn is a
   * 409, a reply not on offer a 422.
   */
  async examTurn(examId: string, turn: ExamTurnInput, call?: ExamCallOptions): Promise<ExamState> {
    return this.readRetrying(API.examTurn, { params: { examId }, body: turn }, call);
  }

  /** Leaves the exam: scored as it stands, stored as abandoned, never ranked. */
  async abandonExam(examId: string, call?: CallOptions): Promise<ExamState> {
    return this.read(API.abandonExam, { params: { examId } }, call);
  }

  // ── trainer ────────────────────────────────────────────

  async trainerCohort(call?: CallOptions): Promise<CohortSummary> {
    return this.read(API.trainerCohort, {}, call);
  }

  /** Compiles and checks the scenario on the server; a refusal is an ApiError (422) with `diagnostics`. */
  async publishScenario(input: PublishScenarioInput, call: CallOptions = {}): Promise<PublishResult> {
    const { status, data } = await this.call(API.publishScenario, { body: input }, { timeoutMs: PUBLISH_TIMEOUT_MS, ...call });
    return { created: status === 201, scenario: data };
  }

  /** One playable version with its best path: the trainer key only (a trainee is never told it). */
  async trainerScenarioVersion(contentHash: string, call?: CallOptions): Promise<TrainerPlayableVersion> {
    return this.read({ ...API.scenarioVersion, answer: TrainerPlayableVersion }, { params: { contentHash } }, call);
  }

  /** Every version the cohort published, newest first, each saying whether it is retired. */
  async publishedScenarios(call?: CallOptions): Promise<PublishedVersion[]> {
    return (await this.read(API.publishedScenarios, {}, call)).scenarios;
  }

  /** Retires a published version (hidden from trainees, no new exams, attempts kept), or brings it back. */
  async retireScenario(contentHash: string, retired: boolean, call?: CallOptions): Promise<PublishedVersion> {
    return this.read(API.retireScenario, { params: { contentHash }, body: { retired } }, call);
  }

  /** Every shipped scenario version current now, and whether this cohort hides it. */
  async shippedScenarios(call?: CallOptions): Promise<ShippedScenario[]> {
    return (await this.read(API.shippedScenarios, {}, call)).scenarios;
  }

  /** Hides a shipped scenario from this cohort (or shows it again); answers the whole shipped list. */
  async hideShipped(scenarioId: string, hidden: boolean, call?: CallOptions): Promise<ShippedScenario[]> {
    return (await this.read(API.hideShipped, { params: { scenarioId }, body: { hidden } }, call)).scenarios;
  }

  async members(call?: CallOptions): Promise<Member[]> {
    return (await this.read(API.members, {}, call)).members;
  }

  /** Removes a member: their token stops working at once; their attempts stay on the record. */
  async removeMember(traineeId: string, call?: CallOptions): Promise<RemovedMember> {
    return this.read(API.removeMember, { params: { traineeId } }, call);
  }

  async cohortAttempts(query: AttemptFilter & PageQuery = {}, call?: CallOptions): Promise<CohortAttemptPage> {
    return this.read(API.cohortAttempts, { query }, call);
  }

  /** One attempt as its annotated transcript, with the server's turn times for exams played there. */
  async attemptTranscript(attemptId: string, call?: CallOptions): Promise<AttemptTranscript> {
    return this.read(API.attemptTranscript, { params: { attemptId } }, call);
  }

  /** Assigns a scenario's exam to the cohort with a due date (and a pass mark, else the cohort's). */
  async createAssignment(input: CreateAssignmentInput, call?: CallOptions): Promise<Assignment> {
    return this.read(API.createAssignment, { body: input }, call);
  }

  /** Every assignment of the cohort with its completion per status and per member. */
  async assignments(call?: CallOptions): Promise<AssignmentProgress[]> {
    return (await this.read(API.assignments, {}, call)).assignments;
  }

  async removeAssignment(assignmentId: string, call?: CallOptions): Promise<void> {
    await this.read(API.removeAssignment, { params: { assignmentId } }, call);
  }

  async dimensions(filter: DimensionFilter = {}, call?: CallOptions): Promise<DimensionReport> {
    return this.read(API.dimensions, { query: filter }, call);
  }

  async choices(scenarioId: string, filter: ChoiceFilter = {}, call?: CallOptions): Promise<ChoiceReport> {
    return this.read(API.choices, { params: { scenarioId }, query: filter }, call);
  }

  async membersCsv(call?: CallOptions): Promise<Download> {
    return this.download(API.membersCsv, {}, call);
  }

  async attemptsCsv(filter: AttemptFilter = {}, call?: CallOptions): Promise<Download> {
    return this.download(API.attemptsCsv, filter, call);
  }
}
