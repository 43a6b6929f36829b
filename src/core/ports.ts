// Ports the core and the game depend on; adapters (IndexedDB, server clients, clocks) implement them.
import type { AttemptRecord, Profile, QuarantinedRecord, RunInProgress, Settings } from './schemas/records.ts';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface SaveStore {
  getSettings(): Promise<Settings>;
  putSettings(settings: Settings): Promise<void>;
  getProfile(): Promise<Profile | null>;
  putProfile(profile: Profile): Promise<void>;
  /** The run in progress, saved after every choice so a reload resumes it. */
  getRun(): Promise<RunInProgress | null>;
  putRun(run: RunInProgress): Promise<void>;
  clearRun(): Promise<void>;
  addAttempt(attempt: AttemptRecord): Promise<void>;
  listAttempts(): Promise<AttemptRecord[]>;
  /** Records that failed validation on read, kept aside instead of crashing the game. */
  listQuarantine(): Promise<QuarantinedRecord[]>;
}
