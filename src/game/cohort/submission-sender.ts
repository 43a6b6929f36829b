// Sends the queued submissions (shared coach runs) to the cohort server, oldest first, each with
// its idempotency key, so a send repeated after a lost answer or a crash is stored once and
// answered with the original. No answer, 429 or 5xx: try again later with backoff; any other 4xx: refused for good.
import { isoNow, type Clock, type Timers } from '../../core/clock.ts';
import { isApiError } from '../../net/api-error.ts';
import { submitDecision } from '../../net/submit-decision.ts';
import type { Submission, SubmitBody, VerifiedAttempt } from '../../storage/cohort-records.ts';
import type { CohortStorage } from './cohort-storage.ts';

/** Why an exam left in the queue by an earlier release is not sent. */
export const EXAM_NOT_SENT = 'exams are played on the cohort server now; this one was finished on the device before that and cannot count';

export interface SenderDeps {
  storage: CohortStorage;
  /** POST /api/attempts as the trainee; throws an ApiError when there is no stored answer. */
  submit: (token: string, body: SubmitBody) => Promise<VerifiedAttempt>;
  clock: Clock;
  /**
   * Runs `job` while no other tab of this browser sends (Web Locks where the browser has them).
   * Not needed for correctness — the key makes a duplicate send harmless — but it saves requests.
   */
  exclusive?: <T>(job: () => Promise<T>) => Promise<T>;
  /** Called after every change to a submission (for the screens that show it). */
  changed?: (submission: Submission) => void;
  /** Where the next retry waits; without it, retries happen only when flush is called. */
  timers?: Timers;
}

export interface FlushReport {
  submitted: number;
  rejected: number;
  /** Still queued after this round (waiting for their retry time, or for a connection). */
  waiting: number;
}

export class SubmissionSender {
  private running: Promise<FlushReport> | null = null;
  private again = false;
  private forceAgain = false;
  /** After a send got no answer at all, the others wait too: the server is likely unreachable. */
  private quietUntil = 0;
  private cancelTimer: (() => void) | null = null;

  constructor(private readonly deps: SenderDeps) {}

  /**
   * Sends whatever is due. `force` ignores the backoff (the browser just came online, or the
   * trainee asked). Concurrent calls share one round; a call during a round starts another after it.
   */
  flush(force = false): Promise<FlushReport> {
    if (this.running) {
      this.again = true;
      this.forceAgain ||= force;
      return this.running;
    }
    const exclusive = this.deps.exclusive ?? ((job) => job());
    const round = async (): Promise<FlushReport> => {
      let report = await exclusive(() => this.sendDue(force));
      while (this.again) {
        const forced = this.forceAgain;
        this.again = false;
        this.forceAgain = false;
        report = await exclusive(() => this.sendDue(forced));
      }
      return report;
    };
    this.running = round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops the retry timer (the page is going away, or the trainee left the cohort). */
  stop(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private async sendDue(force: boolean): Promise<FlushReport> {
    const { storage } = this.deps;
    const now = (): number => this.deps.clock.now();
    const report: FlushReport = { submitted: 0, rejected: 0, waiting: 0 };
    const membership = await storage.getMembership();
    if (!membership) return report;
    if (force) this.quietUntil = 0;
    const queued = await storage.queued(membership.traineeId);
    let reachable = true;
    for (const item of queued) {
      const due = force || ((item.nextTryAt === null || Date.parse(item.nextTryAt) <= now()) && now() >= this.quietUntil);
      if (!reachable || !due) {
        report.waiting += 1;
        continue;
      }
      if (item.body.mode === 'exam') {
        // Queued by an earlier release of the game: exams are played on the server now, never sent as inputs.
        const settled = await storage.markRejected(item.key, { status: 0, reason: EXAM_NOT_SENT }, isoNow(this.deps.clock));
        report.rejected += 1;
        if (settled) this.deps.changed?.(settled);
        continue;
      }
      let verified: VerifiedAttempt;
      try {
        verified = await this.deps.submit(membership.token, item.body);
      } catch (error) {
        const decision = decisionFor(error, item.tries + 1);
        const at = isoNow(this.deps.clock);
        if (decision.action === 'drop') {
          const settled = await storage.markRejected(item.key, { status: decision.status ?? 0, reason: decision.reason }, at);
          report.rejected += 1;
          if (settled) this.deps.changed?.(settled);
          continue;
        }
        const retryAt = now() + decision.afterMs;
        const message = isApiError(error) ? error.message : error instanceof Error ? error.message : String(error);
        const updated = await storage.markRetry(item.key, message, new Date(retryAt).toISOString());
        report.waiting += 1;
        if (updated) this.deps.changed?.(updated);
        if (!isApiError(error) || error.status === null || error.status === 429) {
          // No answer (or told to slow down): the rest would fare the same, so they wait as well.
          this.quietUntil = retryAt;
          reachable = false;
        }
        continue;
      }
      const settled = await storage.markSubmitted(item.key, verified, isoNow(this.deps.clock));
      report.submitted += 1;
      if (settled) this.deps.changed?.(settled);
    }
    await this.armTimer(membership.traineeId);
    return report;
  }

  /** Wakes up when the earliest waiting submission is due again. */
  private async armTimer(traineeId: string): Promise<void> {
    this.stop();
    const { timers } = this.deps;
    if (!timers) return;
    const waiting = await this.deps.storage.queued(traineeId);
    if (waiting.length === 0) return;
    const times = waiting.map((s) => Math.max(s.nextTryAt === null ? 0 : Date.parse(s.nextTryAt), this.quietUntil));
    const wait = Math.max(1000, Math.min(...times) - this.deps.clock.now());
    this.cancelTimer = timers.after(wait, () => void this.flush(false));
  }
}

/**
 * The API's rule (src/net/submit-decision.ts), except that an unreadable 2xx answer is retried:
 * the attempt may be stored, and asking again with the same key returns the stored answer.
 */
function decisionFor(error: unknown, tries: number): ReturnType<typeof submitDecision> {
  const decision = submitDecision(error, tries);
  const storedButUnread = isApiError(error) && error.kind === 'bad-response' && error.status !== null && error.status < 300;
  if (decision.action === 'drop' && storedButUnread) return submitDecision(new Error(error.reason), tries);
  return decision;
}
