// Typed client for the whole cohort server API (docs/api.md), for the game and the trainer page:
// every answer is checked against its schema and every failure is an ApiError with the reason.
import type { z } from 'zod';
import { HttpTransport, type CallOptions, type Download, type TransportOptions } from './http-transport.ts';
import { Attempt, AttemptPage, CohortAttemptPage } from './schemas/attempt-responses.ts';
import { CohortSummary, CreatedCohort, JoinedCohort, Me } from './schemas/cohort-responses.ts';
import { Health } from './schemas/common.ts';
import { ChoiceReport, DimensionReport, MemberList, type Member } from './schemas/dashboard-responses.ts';
import { AroundMe, Leaderboard } from './schemas/leaderboard-responses.ts';
import type {
  AroundMeQuery, AttemptFilter, ChoiceFilter, CreateCohortInput, DimensionFilter, JoinCohortInput, LeaderboardQuery, PageQuery,
  PublishScenarioInput, SubmitAttemptInput,
} from './schemas/requests.ts';
import {
  PlayableVersion, PublishedList, PublishedScenario, ScenarioList, TrainerPlayableVersion, type ScenarioVersion,
} from './schemas/scenario-responses.ts';

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

  private async get<S extends z.ZodType>(schema: S, path: string, query: Record<string, string | number | undefined> = {}, call: CallOptions = {}): Promise<z.infer<S>> {
    return (await this.transport.json(schema, { ...call, method: 'GET', path, query, token: this.token })).data;
  }

  private async post<S extends z.ZodType>(schema: S, path: string, body: unknown, call: CallOptions = {}, token = this.token): Promise<{ status: number; data: z.infer<S> }> {
    return this.transport.json(schema, { ...call, method: 'POST', path, body, token });
  }

  async health(call?: CallOptions): Promise<z.infer<typeof Health>> {
    return this.get(Health, '/api/health', {}, call);
  }

  // ── anyone ─────────────────────────────────────────────

  /** Creates a cohort. The trainer key in the answer is never shown again. */
  async createCohort(input: CreateCohortInput, options: CallOptions & { creationKey?: string } = {}): Promise<CreatedCohort> {
    const { creationKey, ...call } = options;
    return (await this.post(CreatedCohort, '/api/cohorts', input, call, creationKey ?? null)).data;
  }

  /** Joins with a cohort code; keep the returned token (use `withToken`) for every later call. */
  async joinCohort(input: JoinCohortInput, call?: CallOptions): Promise<JoinedCohort> {
    return (await this.post(JoinedCohort, '/api/cohorts/join', input, call, null)).data;
  }

  // ── trainee or trainer ─────────────────────────────────

  async me(call?: CallOptions): Promise<Me> {
    return this.get(Me, '/api/me', {}, call);
  }

  /** The current version of each scenario and language the cohort may play. */
  async scenarios(call?: CallOptions): Promise<ScenarioList> {
    return this.get(ScenarioList, '/api/scenarios', {}, call);
  }

  /** One playable version (compiled story, metadata, score bounds); no best path. */
  async scenarioVersion(contentHash: string, call?: CallOptions): Promise<PlayableVersion> {
    return this.get(PlayableVersion, `/api/scenarios/${encodeURIComponent(contentHash)}`, {}, call);
  }

  async leaderboard(query: LeaderboardQuery = {}, call?: CallOptions): Promise<Leaderboard> {
    return this.get(Leaderboard, '/api/leaderboard', { ...query }, call);
  }

  // ── trainee ────────────────────────────────────────────

  /**
   * Sends a run's replay inputs; the server replays them and scores the attempt itself. Safe to
   * repeat with the same idempotency key (the original answer comes back with `created: false`).
   */
  async submitAttempt(input: SubmitAttemptInput, call?: CallOptions): Promise<SubmittedAttempt> {
    const { status, data } = await this.post(Attempt, '/api/attempts', input, call);
    return { created: status === 201, attempt: data };
  }

  async myAttempts(page: PageQuery = {}, call?: CallOptions): Promise<AttemptPage> {
    return this.get(AttemptPage, '/api/me/attempts', { ...page }, call);
  }

  async aroundMe(query: AroundMeQuery = {}, call?: CallOptions): Promise<AroundMe> {
    return this.get(AroundMe, '/api/leaderboard/around-me', { ...query }, call);
  }

  // ── trainer ────────────────────────────────────────────

  async trainerCohort(call?: CallOptions): Promise<CohortSummary> {
    return this.get(CohortSummary, '/api/trainer/cohort', {}, call);
  }

  /** Compiles and checks the scenario on the server; a refusal is an ApiError (422) with `diagnostics`. */
  async publishScenario(input: PublishScenarioInput, call: CallOptions = {}): Promise<PublishResult> {
    const { status, data } = await this.post(PublishedScenario, '/api/trainer/scenarios', input, { timeoutMs: PUBLISH_TIMEOUT_MS, ...call });
    return { created: status === 201, scenario: data };
  }

  /** One playable version with its best path: the trainer key only (a trainee is never told it). */
  async trainerScenarioVersion(contentHash: string, call?: CallOptions): Promise<TrainerPlayableVersion> {
    return this.get(TrainerPlayableVersion, `/api/scenarios/${encodeURIComponent(contentHash)}`, {}, call);
  }

  /** Every version the cohort published, newest first. */
  async publishedScenarios(call?: CallOptions): Promise<ScenarioVersion[]> {
    return (await this.get(PublishedList, '/api/trainer/scenarios', {}, call)).scenarios;
  }

  async members(call?: CallOptions): Promise<Member[]> {
    return (await this.get(MemberList, '/api/trainer/members', {}, call)).members;
  }

  async cohortAttempts(query: AttemptFilter & PageQuery = {}, call?: CallOptions): Promise<CohortAttemptPage> {
    return this.get(CohortAttemptPage, '/api/trainer/attempts', { ...query }, call);
  }

  async dimensions(filter: DimensionFilter = {}, call?: CallOptions): Promise<DimensionReport> {
    return this.get(DimensionReport, '/api/trainer/dimensions', { ...filter }, call);
  }

  async choices(scenarioId: string, filter: ChoiceFilter = {}, call?: CallOptions): Promise<ChoiceReport> {
    return this.get(ChoiceReport, `/api/trainer/scenarios/${encodeURIComponent(scenarioId)}/choices`, { ...filter }, call);
  }

  async membersCsv(call?: CallOptions): Promise<Download> {
    return this.transport.download({ ...call, method: 'GET', path: '/api/trainer/members.csv', token: this.token }, 'members.csv');
  }

  async attemptsCsv(filter: AttemptFilter = {}, call?: CallOptions): Promise<Download> {
    return this.transport.download({ ...call, method: 'GET', path: '/api/trainer/attempts.csv', query: { ...filter }, token: this.token }, 'attempts.csv');
  }
}
