// What the cohort features need of the browser's storage: the membership, the submission queue,
// the last known scenario list, the cohort's downloaded versions and the cached assignments.
// main.ts hands in the IndexedDB implementation (src/storage/submission-queue.ts).
import type {
  CachedAssignments, CohortVersion, KnownScenarios, Membership, Submission, VerifiedAttempt,
} from '../../storage/cohort-records.ts';

export interface CohortStorage {
  getMembership(): Promise<Membership | null>;
  putMembership(membership: Membership): Promise<void>;
  /** Forgets the membership, every submission made under it and its cached lists; says how many were still queued. */
  leave(traineeId: string): Promise<number>;

  getKnownScenarios(): Promise<KnownScenarios | null>;
  putKnownScenarios(known: KnownScenarios): Promise<void>;

  /** Every downloaded cohort version (any cohort, withdrawn ones too); unreadable ones are set aside. */
  listVersions(): Promise<CohortVersion[]>;
  getVersion(contentHash: string): Promise<CohortVersion | null>;
  putVersion(version: CohortVersion): Promise<void>;
  /** Offered no more (retired or replaced), kept for the attempts played on them. */
  withdrawVersions(contentHashes: readonly string[], at: string): Promise<void>;

  getAssignments(): Promise<CachedAssignments | null>;
  putAssignments(cached: CachedAssignments): Promise<void>;

  /** Stores the submission unless its key is already there; returns the stored one either way. */
  enqueue(submission: Submission): Promise<Submission>;
  get(key: string): Promise<Submission | null>;
  /** Every submission, newest first. */
  list(): Promise<Submission[]>;
  /** The trainee's queued submissions, oldest first (the order they are sent in). */
  queued(traineeId: string): Promise<Submission[]>;

  /** Records the server's answer; a submission already settled stays as it was. */
  markSubmitted(key: string, verified: VerifiedAttempt, at: string): Promise<Submission | null>;
  markRejected(key: string, rejection: { status: number; reason: string }, at: string): Promise<Submission | null>;
  /** Counts a send that got no final answer and sets when to try again. */
  markRetry(key: string, error: string, nextTryAt: string): Promise<Submission | null>;
}
