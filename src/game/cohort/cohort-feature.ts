// The trainee's side of the cohort: joining and leaving, the cohort's library (its scenario list,
// published versions downloaded for offline play, the trainee's assignments: cohort-library.ts),
// queueing each finished coach run the trainee shares and sending the queue (at startup, when the
// browser comes online, on a backoff timer), the status of each attempt for the debrief (an exam
// played on the server shows the server's ranked attempt), and the leaderboards.
import { isoNow, type Clock, type Timers } from '../../core/clock.ts';
import type { AttemptRecord } from '../../core/schemas/records.ts';
import { isApiError } from '../../net/api-error.ts';
import type { CohortClient } from '../../net/cohort-client.ts';
import type { MyAssignment } from '../../contract/assignments.ts';
import type { AroundMe, Leaderboard } from '../../contract/leaderboard.ts';
import type { Period } from '../../contract/common.ts';
import type { Membership, Submission, SubmitBody, VerifiedAttempt } from '../../storage/cohort-records.ts';
import { CohortLibrary } from './cohort-library.ts';
import type { CohortStorage } from './cohort-storage.ts';
import { knownVersion, newSubmission, submissionPlan, type PlanOptions, type SkipReason } from './submission-plan.ts';
import { SubmissionSender, type FlushReport } from './submission-sender.ts';

/** What the cohort features use of the API client (src/net/cohort-client.ts). */
export type CohortApi = Pick<CohortClient, 'joinCohort' | 'withToken'>;

export interface CohortFeatureDeps {
  /** null when the browser refuses IndexedDB: the cohort then cannot be joined. */
  storage: CohortStorage | null;
  /** A client without a secret; the trainee's token is added per call. */
  client: CohortApi;
  clock: Clock;
  /** Where `online` events arrive (the window), if anywhere. */
  events?: Pick<EventTarget, 'addEventListener'> | null;
  /** Where retries wait; without them, the queue is sent only at start, when online, and after an attempt. */
  timers?: Timers;
  /** Runs a send while no other tab of this browser does (Web Locks, where the browser has them). */
  exclusive?: <T>(job: () => Promise<T>) => Promise<T>;
}

export type SubmissionStatus =
  | { kind: 'pending' }
  | { kind: 'skipped'; reason: SkipReason }
  | { kind: 'failed'; reason: string }
  | { kind: 'sent'; submission: Submission }
  /** An exam played on the server: the attempt it stored (ranked unless abandoned). */
  | { kind: 'ranked'; attempt: VerifiedAttempt };

export type JoinProblem = 'code-format' | 'name-empty' | 'unknown-code' | 'name-taken' | 'network' | 'refused' | 'storage';
export type JoinOutcome = { ok: true; membership: Membership } | { ok: false; problem: JoinProblem; reason: string };

export interface BoardData {
  top: Leaderboard;
  around: AroundMe;
}

export const LEADERBOARD_SIZE = 10;
export const AROUND_RADIUS = 2;
const JOIN_CODE = /^[A-Z0-9]{8}$/;

export class CohortFeature {
  private membership: Membership | null = null;
  private readonly statuses = new Map<string, SubmissionStatus>();
  private readonly listeners = new Set<() => void>();
  private readonly sender: SubmissionSender | null;
  /** The cohort's scenarios and assignments; null when the browser refuses IndexedDB. */
  readonly library: CohortLibrary | null;
  /** Send rounds under way, and whether start() has begun the first (see `sending`). */
  private rounds = 0;
  private started = false;

  constructor(private readonly deps: CohortFeatureDeps) {
    const { storage } = deps;
    this.library = storage && new CohortLibrary({ storage, client: deps.client, clock: deps.clock });
    this.sender = storage && new SubmissionSender({
      storage,
      clock: deps.clock,
      submit: async (token, body) => (await deps.client.withToken(token).submitAttempt(body)).attempt,
      changed: (submission) => {
        if (this.statuses.has(submission.key)) this.statuses.set(submission.key, { kind: 'sent', submission });
        this.emit();
      },
      ...(deps.timers ? { timers: deps.timers } : {}),
      ...(deps.exclusive ? { exclusive: deps.exclusive } : {}),
    });
  }

  /** Reads the membership and the library kept here, sends whatever an earlier visit left queued and refreshes the library. */
  async start(): Promise<void> {
    const { storage } = this.deps;
    if (!storage) {
      this.started = true;
      return;
    }
    try {
      this.membership = await storage.getMembership();
    } catch {
      this.membership = null;
    }
    await this.library?.load();
    this.deps.events?.addEventListener('online', () => {
      void this.flush(true);
      this.refreshLibrary();
    });
    this.emit();
    if (this.membership) {
      void this.flush(false);
      this.refreshLibrary();
    }
    this.started = true;
    this.emit();
  }

  /**
   * Whether the queue is being sent now, or the page has not yet begun sending what an earlier
   * visit left (the cohort screen shows it as data-sending, so a reader knows the list is final).
   */
  get sending(): boolean {
    return !this.started || this.rounds > 0;
  }

  get available(): boolean {
    return this.deps.storage !== null;
  }

  get current(): Membership | null {
    return this.membership;
  }

  /** The trainee's assignments as last fetched, soonest due first (none outside a cohort). */
  assignments(): readonly MyAssignment[] {
    return this.library?.assignmentsFor(this.membership) ?? [];
  }

  /** The time now on the feature's clock (what "overdue" is judged by). */
  now(): number {
    return this.deps.clock.now();
  }

  /** Calls `listener` after any change to the membership or a submission; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async join(code: string, displayName: string): Promise<JoinOutcome> {
    const { storage, client } = this.deps;
    if (!storage) return { ok: false, problem: 'storage', reason: '' };
    const normalised = code.replace(/[\s-]/g, '').toUpperCase();
    const name = displayName.normalize('NFC').trim();
    if (!JOIN_CODE.test(normalised)) return { ok: false, problem: 'code-format', reason: '' };
    if (name.length === 0 || name.length > 40) return { ok: false, problem: 'name-empty', reason: '' };
    try {
      const joined = await client.joinCohort({ code: normalised, displayName: name });
      const membership: Membership = {
        traineeId: joined.traineeId, cohortId: joined.cohortId, cohortName: joined.cohortName,
        displayName: joined.displayName, token: joined.token, joinedAt: new Date(joined.joinedAt).toISOString(),
      };
      await storage.putMembership(membership);
      this.membership = membership;
      this.emit();
      this.refreshLibrary(true);
      return { ok: true, membership };
    } catch (error) {
      if (!isApiError(error)) return { ok: false, problem: 'storage', reason: error instanceof Error ? error.message : String(error) };
      if (error.kind !== 'http' || (error.status !== null && error.status >= 500)) return { ok: false, problem: 'network', reason: error.reason };
      if (error.status === 404) return { ok: false, problem: 'unknown-code', reason: error.reason };
      if (error.status === 409) return { ok: false, problem: 'name-taken', reason: error.reason };
      if (error.status === 400 && /join code|body\.code/.test(error.reason)) return { ok: false, problem: 'code-format', reason: error.reason };
      return { ok: false, problem: 'refused', reason: error.reason };
    }
  }

  /** Forgets the membership; says how many attempts were still queued (and are now dropped). */
  async leave(): Promise<number> {
    const { storage } = this.deps;
    const membership = this.membership;
    if (!storage || !membership) return 0;
    this.sender?.stop();
    const dropped = await storage.leave(membership.traineeId);
    this.membership = null;
    this.library?.forget();
    this.emit();
    return dropped;
  }

  /** The current trainee's submissions, newest first. */
  async submissions(): Promise<Submission[]> {
    const { storage } = this.deps;
    const membership = this.membership;
    if (!storage || !membership) return [];
    return (await storage.list()).filter((s) => s.traineeId === membership.traineeId);
  }

  flush(force: boolean): Promise<FlushReport> {
    if (!this.sender) return Promise.resolve({ submitted: 0, rejected: 0, waiting: 0 });
    this.rounds += 1;
    return this.sender.flush(force).catch(() => ({ submitted: 0, rejected: 0, waiting: 0 })).finally(() => {
      this.rounds -= 1;
      this.emit();
    });
  }

  /**
   * Fetches the cohort's list, versions and assignments (unforced: at most once a minute); the
   * list screen calls it as it opens.
   */
  refreshLibrary(force = false): void {
    const membership = this.membership;
    if (membership) void this.library?.refresh(membership, force);
  }

  /**
   * Called once the attempt is stored locally: queues a coach run the trainee shares and starts
   * sending; an exam was played on the server, whose attempt the status shows. The debrief
   * follows it through `statusOf`.
   */
  attemptFinished(attempt: AttemptRecord, options: PlanOptions): void {
    if (attempt.mode === 'exam' && !attempt.local && this.membership) {
      this.serverExamFinished(attempt.id, this.membership);
      return;
    }
    this.statuses.set(attempt.id, { kind: 'pending' });
    this.emit();
    void this.queueAttempt(attempt, options).then((status) => {
      this.statuses.set(attempt.id, status);
      this.emit();
      if (status.kind === 'sent') void this.flush(false);
    });
  }

  /**
   * An exam played on the server has ended with this stored attempt; the attempt on this device
   * is kept under `attemptId` (the exam's id). Called by the exam flow, before or after
   * `attemptFinished`.
   */
  examFinished(attemptId: string, attempt: VerifiedAttempt): void {
    this.statuses.set(attemptId, { kind: 'ranked', attempt });
    this.emit();
    if (this.membership) void this.library?.refreshAssignments(this.membership);
  }

  statusOf(attemptId: string): SubmissionStatus | null {
    return this.statuses.get(attemptId) ?? null;
  }

  async leaderboard(scenario: string | undefined, period: Period): Promise<BoardData> {
    const membership = this.membership;
    if (!membership) throw new Error('not in a cohort');
    const client = this.deps.client.withToken(membership.token);
    const query = scenario === undefined ? { period } : { scenario, period };
    const [top, around] = await Promise.all([
      client.leaderboard({ ...query, limit: LEADERBOARD_SIZE }),
      client.aroundMe({ ...query, radius: AROUND_RADIUS }),
    ]);
    return { top, around };
  }

  /** Unless the exam flow has told it already, the status is read from the server's exam (it is the attempt's id). */
  private serverExamFinished(attemptId: string, membership: Membership): void {
    // Told already: the assignments were fetched again then.
    if (this.statuses.get(attemptId)?.kind === 'ranked') return;
    void this.library?.refreshAssignments(membership);
    this.statuses.set(attemptId, { kind: 'pending' });
    this.emit();
    void this.deps.client.withToken(membership.token).exam(attemptId).then(
      (exam) => (exam.attempt ? { kind: 'ranked', attempt: exam.attempt } as const : { kind: 'skipped', reason: 'exam' } as const),
      (error: unknown) => (isApiError(error) && error.kind === 'http' && error.status !== null && error.status < 500
        ? { kind: 'skipped', reason: 'exam' } as const
        : { kind: 'failed', reason: isApiError(error) ? error.reason : String(error) } as const),
    ).then((status: SubmissionStatus) => {
      if (this.statuses.get(attemptId)?.kind === 'ranked') return;
      this.statuses.set(attemptId, status);
      this.emit();
    });
  }

  private async queueAttempt(attempt: AttemptRecord, options: PlanOptions): Promise<SubmissionStatus> {
    const { storage } = this.deps;
    const membership = this.membership;
    const early = submissionPlan(attempt, membership, 'unsure', options);
    if (!early.submit || !storage || !membership) return { kind: 'skipped', reason: early.submit ? 'no-cohort' : early.reason };
    try {
      const plan = submissionPlan(attempt, membership, await this.isKnown(membership, early.body), options);
      if (!plan.submit) return { kind: 'skipped', reason: plan.reason };
      const submission = await storage.enqueue(newSubmission(plan.body, membership, isoNow(this.deps.clock)));
      return { kind: 'sent', submission };
    } catch (error) {
      return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Whether the server has this scenario version. The list it last gave says so for current
   * versions; an older one is asked about directly. Without an answer the attempt is queued and
   * the server decides (and says why if it refuses).
   */
  private async isKnown(membership: Membership, body: SubmitBody): Promise<'yes' | 'no' | 'unsure'> {
    const { client } = this.deps;
    const library = this.library;
    if (!library) return 'unsure';
    const cached = knownVersion(library.knownFor(membership), membership.traineeId, body.contentHash);
    if (cached === 'yes') return 'yes';
    const refreshed = await library.refresh(membership, true);
    if (refreshed === null) return 'unsure';
    if (knownVersion(refreshed, membership.traineeId, body.contentHash) === 'yes') return 'yes';
    try {
      await client.withToken(membership.token).scenarioVersion(body.contentHash);
      return 'yes';
    } catch (error) {
      return isApiError(error) && error.status === 404 ? 'no' : 'unsure';
    }
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
