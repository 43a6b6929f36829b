// What the game needs of the trainee's stored data. main.ts adapts the IndexedDB store (and its
// backup module) to this port, or falls back to memory when the browser refuses IndexedDB.
import type { AttemptRecord, LocalScenario, QuarantinedRecord, RunInProgress, Settings } from '../../core/schemas/records.ts';

export interface BackupImportReport {
  added: number;
  alreadyThere: number;
  rejected: Array<{ index: number; reason: string }>;
}

export interface TraineeStore {
  /** False when progress lasts only for this visit (IndexedDB refused or unavailable). */
  readonly persistent: boolean;
  getSettings(): Promise<Settings>;
  putSettings(settings: Settings): Promise<void>;
  getRun(): Promise<RunInProgress | null>;
  putRun(run: RunInProgress): Promise<void>;
  clearRun(): Promise<void>;
  /** Stores the attempt and clears the run it came from, together. */
  finishRun(attempt: AttemptRecord): Promise<void>;
  /** Valid attempts, oldest first; unreadable ones are quarantined on the way. */
  listAttempts(): Promise<AttemptRecord[]>;
  listQuarantine(): Promise<QuarantinedRecord[]>;
  localScenarios(): Promise<LocalScenario[]>;
  getLocalScenario(key: string): Promise<LocalScenario | null>;
  saveLocalScenario(record: LocalScenario): Promise<void>;
  /** The whole history as one JSON file's text. */
  exportBackup(): Promise<string>;
  /** Merges a backup file; throws an Error whose message says why the file is not a backup. */
  importBackup(text: string): Promise<BackupImportReport>;
}
