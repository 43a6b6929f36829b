// Typed client for the whole cohort server API, for the game and the trainer page: each call is
// built from the contract's endpoint table (src/contract/endpoints.ts: method, path, request
// types), every answer is checked against the endpoint's own schema, and every failure is an
// ApiError with the reason.
import type { AttemptPage, Attempt, CohortAttemptPage, PageQuery, SubmitAttemptInput } from '../contract/attempts.ts';
import type { CohortSummary, CreateCohortInput, CreatedCohort, JoinCohortInput, JoinedCohort, Me } from '../contract/cohorts.ts';
import { isFileAnswer, pathOf, type AnswerOf, type Endpoint, type FileAnswer } from '../contract/endpoint.ts';
import { API } from '../contract/endpoints.ts';
import type { Health } from '../contract/health.ts';
import type { AroundMe, AroundMeQuery, Leaderboard, LeaderboardQuery } from '../contract/leaderboard.ts';
import {
  PlayableVersion, TrainerPlayableVersion, type PublishedScenario, type PublishScenarioInput, type ScenarioList, type ScenarioVersion,
} from '../contract/scenarios.ts';
import type { AttemptFilter, ChoiceFilter, ChoiceReport, DimensionFilter, DimensionReport, Member } from '../contract/trainer-dashboard.ts';
import type { z } from 'zod';
import { HttpTransport, type CallOptions, type Download, type Query, type TransportOptions } from './http-transport.ts';

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

  /** Every version the cohort published, newest first. */
  async publishedScenarios(call?: CallOptions): Promise<ScenarioVersion[]> {
    return (await this.read(API.publishedScenarios, {}, call)).scenarios;
  }

  async members(call?: CallOptions): Promise<Member[]> {
    return (await this.read(API.members, {}, call)).members;
  }

  async cohortAttempts(query: AttemptFilter & PageQuery = {}, call?: CallOptions): Promise<CohortAttemptPage> {
    return this.read(API.cohortAttempts, { query }, call);
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
