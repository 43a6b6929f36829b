// The cohort submission queue and membership over IndexedDB (the `submissions` store, keyed by
// idempotency key, and `kv` records for the membership, the server's scenario list and the
// trainee's assignments), with the downloaded cohort versions (cohort-versions.ts). Every read is
// parsed with the record's schema; a submission that fails is dropped from the answer rather than
// sent, since the server could not verify it.
import type { z } from 'zod';
import type { Clock } from '../core/clock.ts';
import {
  CachedAssignments, KnownScenarios, Membership, Submission, type CohortVersion, type VerifiedAttempt,
} from './cohort-records.ts';
import { CohortVersions } from './cohort-versions.ts';
import { openTraineeDb, type Db } from './database.ts';

const MEMBERSHIP_KEY = 'cohort-membership';
const KNOWN_KEY = 'cohort-scenarios';
const ASSIGNMENTS_KEY = 'cohort-assignments';

const systemClock: Clock = { now: () => Date.now() };

/** The cohort features' storage (their CohortStorage port, src/game/cohort/cohort-storage.ts) over IndexedDB. */
export class SubmissionQueue {
  private readonly versions: CohortVersions;

  private constructor(private readonly db: Db, clock: Clock) {
    this.versions = new CohortVersions(db, clock);
  }

  /** `clock` stamps what is quarantined. */
  static async open(name?: string, clock: Clock = systemClock): Promise<SubmissionQueue> {
    return new SubmissionQueue(await openTraineeDb(name), clock);
  }

  close(): void {
    this.db.close();
  }

  async getMembership(): Promise<Membership | null> {
    return parsed(Membership, await this.db.get('kv', MEMBERSHIP_KEY));
  }

  async putMembership(membership: Membership): Promise<void> {
    await this.db.put('kv', Membership.parse(membership), MEMBERSHIP_KEY);
  }

  async leave(traineeId: string): Promise<number> {
    const tx = this.db.transaction(['kv', 'submissions'], 'readwrite');
    const submissions = tx.objectStore('submissions');
    let queued = 0;
    let cursor = await submissions.index('by-trainee').openCursor(traineeId);
    while (cursor) {
      if (cursor.value.state === 'queued') queued += 1;
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.objectStore('kv').delete(MEMBERSHIP_KEY);
    await tx.objectStore('kv').delete(KNOWN_KEY);
    await tx.objectStore('kv').delete(ASSIGNMENTS_KEY);
    await tx.done;
    return queued;
  }

  listVersions(): Promise<CohortVersion[]> {
    return this.versions.list();
  }

  getVersion(contentHash: string): Promise<CohortVersion | null> {
    return this.versions.get(contentHash);
  }

  putVersion(version: CohortVersion): Promise<void> {
    return this.versions.put(version);
  }

  withdrawVersions(contentHashes: readonly string[], at: string): Promise<void> {
    return this.versions.withdraw(contentHashes, at);
  }

  async getAssignments(): Promise<CachedAssignments | null> {
    return parsed(CachedAssignments, await this.db.get('kv', ASSIGNMENTS_KEY));
  }

  async putAssignments(cached: CachedAssignments): Promise<void> {
    await this.db.put('kv', CachedAssignments.parse(cached), ASSIGNMENTS_KEY);
  }

  async getKnownScenarios(): Promise<KnownScenarios | null> {
    return parsed(KnownScenarios, await this.db.get('kv', KNOWN_KEY));
  }

  async putKnownScenarios(known: KnownScenarios): Promise<void> {
    await this.db.put('kv', KnownScenarios.parse(known), KNOWN_KEY);
  }

  async enqueue(submission: Submission): Promise<Submission> {
    const record = Submission.parse(submission);
    const tx = this.db.transaction('submissions', 'readwrite');
    const existing = parsed(Submission, await tx.store.get(record.key));
    if (!existing) await tx.store.put(record);
    await tx.done;
    return existing ?? record;
  }

  async get(key: string): Promise<Submission | null> {
    return parsed(Submission, await this.db.get('submissions', key));
  }

  async list(): Promise<Submission[]> {
    const all = validOnly(await this.db.getAll('submissions'));
    return all.sort((a, b) => b.queuedAt.localeCompare(a.queuedAt) || b.key.localeCompare(a.key));
  }

  async queued(traineeId: string): Promise<Submission[]> {
    const mine = validOnly(await this.db.getAllFromIndex('submissions', 'by-trainee', traineeId));
    return mine.filter((s) => s.state === 'queued').sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.key.localeCompare(b.key));
  }

  markSubmitted(key: string, verified: VerifiedAttempt, at: string): Promise<Submission | null> {
    return this.settle(key, (s) => ({ ...s, state: 'submitted', verified, settledAt: at, nextTryAt: null, lastError: null }));
  }

  markRejected(key: string, rejection: { status: number; reason: string }, at: string): Promise<Submission | null> {
    return this.settle(key, (s) => ({ ...s, state: 'rejected', rejection, settledAt: at, nextTryAt: null }));
  }

  markRetry(key: string, error: string, nextTryAt: string): Promise<Submission | null> {
    return this.settle(key, (s) => ({ ...s, tries: s.tries + 1, lastError: error, nextTryAt }));
  }

  /** Changes a queued submission in one transaction; a settled one is returned unchanged. */
  private async settle(key: string, change: (s: Submission) => Submission): Promise<Submission | null> {
    const tx = this.db.transaction('submissions', 'readwrite');
    const current = parsed(Submission, await tx.store.get(key));
    let result = current;
    if (current && current.state === 'queued') {
      result = Submission.parse(change(current));
      await tx.store.put(result);
    }
    await tx.done;
    return result;
  }
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | null {
  if (value === undefined) return null;
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

function validOnly(values: unknown[]): Submission[] {
  return values.map((v) => parsed(Submission, v)).filter((s): s is Submission => s !== null);
}
