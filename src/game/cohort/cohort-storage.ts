// What the cohort features need of the browser's storage: the membership, the submission queue
// and the last known scenario list. main.ts hands in the IndexedDB implementation
// (src/storage/submission-queue.ts).
import type { KnownScenarios, Membership, Submission, VerifiedAttempt } from '../../storage/cohort-records.ts';

export interface CohortStorage {
  getMembership(): Promise<Membership | null>;
  putMembership(membership: Membership): Promise<void>;
  /** Forgets the membership and every submission made under it; says how many were still queued. */
  leave(traineeId: string): Promise<number>;

  getKnownScenarios(): Promise<KnownScenarios | null>;
  putKnownScenarios(known: KnownScenarios): Promise<void>;

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
