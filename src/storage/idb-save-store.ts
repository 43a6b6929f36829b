// The trainee's records over IndexedDB (the game reaches them through its TraineeStore port,
// adapted in src/main.ts). Every read is parsed with the record's zod schema; a record that
// fails is moved to the quarantine store with the reason, so one bad record never stops the game.
import type { z } from 'zod';
import type { Clock } from '../core/clock.ts';
import type { QuarantinedRecord } from '../core/schemas/records.ts';
import {
  AttemptRecord, DEFAULT_SETTINGS, Profile, RunInProgress, Settings,
} from '../core/schemas/records.ts';
import { openTraineeDb, type Db } from './database.ts';
import { quarantine } from './quarantine.ts';
import { ScenarioLibrary } from './scenario-library.ts';

const systemClock: Clock = { now: () => Date.now() };

export class IdbSaveStore {
  readonly scenarios: ScenarioLibrary;

  private constructor(private readonly db: Db, private readonly clock: Clock) {
    this.scenarios = new ScenarioLibrary(db);
  }

  static async open(name?: string, clock: Clock = systemClock): Promise<IdbSaveStore> {
    return new IdbSaveStore(await openTraineeDb(name), clock);
  }

  close(): void {
    this.db.close();
  }

  async getSettings(): Promise<Settings> {
    return (await this.readKv('settings', Settings)) ?? DEFAULT_SETTINGS;
  }

  async putSettings(settings: Settings): Promise<void> {
    await this.db.put('kv', Settings.parse(settings), 'settings');
  }

  getProfile(): Promise<Profile | null> {
    return this.readKv('profile', Profile);
  }

  async putProfile(profile: Profile): Promise<void> {
    await this.db.put('kv', Profile.parse(profile), 'profile');
  }

  getRun(): Promise<RunInProgress | null> {
    return this.readKv('run', RunInProgress);
  }

  async putRun(run: RunInProgress): Promise<void> {
    await this.db.put('kv', RunInProgress.parse(run), 'run');
  }

  async clearRun(): Promise<void> {
    await this.db.delete('kv', 'run');
  }

  /** Stores a finished attempt and clears the run it came from, in one transaction. */
  async finishRun(attempt: AttemptRecord): Promise<void> {
    const record = AttemptRecord.parse(attempt);
    const tx = this.db.transaction(['attempts', 'kv'], 'readwrite');
    await Promise.all([tx.objectStore('attempts').put(record), tx.objectStore('kv').delete('run'), tx.done]);
  }

  async addAttempt(attempt: AttemptRecord): Promise<void> {
    await this.db.put('attempts', AttemptRecord.parse(attempt));
  }

  async hasAttempt(id: string): Promise<boolean> {
    return (await this.db.getKey('attempts', id)) !== undefined;
  }

  /** All valid attempts, oldest first; invalid ones are quarantined on the way. */
  async listAttempts(): Promise<AttemptRecord[]> {
    const raw = await this.db.getAll('attempts');
    const valid: AttemptRecord[] = [];
    for (const value of raw) {
      const parsed = AttemptRecord.safeParse(value);
      if (parsed.success) valid.push(parsed.data);
      else await this.quarantine('attempts', keyOf(value), value, parsed.error);
    }
    return valid.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt) || a.id.localeCompare(b.id));
  }

  async listQuarantine(): Promise<QuarantinedRecord[]> {
    return (await this.db.getAll('quarantine')).sort((a, b) => a.quarantinedAt.localeCompare(b.quarantinedAt));
  }

  private async readKv<T>(key: string, schema: z.ZodType<T>): Promise<T | null> {
    const value = await this.db.get('kv', key);
    if (value === undefined) return null;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    await this.quarantine('kv', key, value, parsed.error);
    return null;
  }

  private quarantine(store: 'kv' | 'attempts', key: string, value: unknown, error: z.ZodError): Promise<void> {
    return quarantine(this.db, store, key, value, error, new Date(this.clock.now()).toISOString());
  }
}

function keyOf(value: unknown): string {
  return typeof value === 'object' && value !== null && 'id' in value ? String((value as { id: unknown }).id) : 'unknown';
}
