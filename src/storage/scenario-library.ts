// Trainers' local scenarios in IndexedDB: the current source and compiled bundle per scenario
// language, plus every saved version so undo survives reloads.
import { LocalScenario, ScenarioVersion } from '../core/schemas/records.ts';
import type { Db } from './database.ts';

/** Versions kept per scenario; the oldest are dropped beyond this. */
export const HISTORY_LIMIT = 200;

export class ScenarioLibrary {
  constructor(private readonly db: Db) {}

  async list(): Promise<LocalScenario[]> {
    const out: LocalScenario[] = [];
    for (const value of await this.db.getAll('scenarios')) {
      const parsed = LocalScenario.safeParse(value);
      if (parsed.success) out.push(parsed.data);
    }
    return out.sort((a, b) => a.key.localeCompare(b.key));
  }

  async get(key: string): Promise<LocalScenario | null> {
    const parsed = LocalScenario.safeParse(await this.db.get('scenarios', key));
    return parsed.success ? parsed.data : null;
  }

  /** Saves the scenario and records its source as a new version when it changed. */
  async save(scenario: LocalScenario): Promise<void> {
    const record = LocalScenario.parse(scenario);
    const tx = this.db.transaction(['scenarios', 'scenario-history'], 'readwrite');
    const history = tx.objectStore('scenario-history');
    const keys = await history.index('by-key').getAllKeys(record.key);
    const last = keys.length > 0 ? await history.get(keys[keys.length - 1]!) : undefined;
    if (last?.source !== record.source) {
      await history.add(ScenarioVersion.parse({ key: record.key, source: record.source, savedAt: record.updatedAt }));
      for (const old of keys.slice(0, Math.max(0, keys.length + 1 - HISTORY_LIMIT))) await history.delete(old);
    }
    await tx.objectStore('scenarios').put(record);
    await tx.done;
  }

  async versions(key: string): Promise<ScenarioVersion[]> {
    return (await this.db.getAllFromIndex('scenario-history', 'by-key', key)).flatMap((v) => {
      const parsed = ScenarioVersion.safeParse(v);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Drops the newest version and returns the one before it (null when there is none). */
  async undo(key: string): Promise<ScenarioVersion | null> {
    const tx = this.db.transaction('scenario-history', 'readwrite');
    const keys = await tx.store.index('by-key').getAllKeys(key);
    if (keys.length < 2) {
      await tx.done;
      return null;
    }
    await tx.store.delete(keys[keys.length - 1]!);
    const previous = await tx.store.get(keys[keys.length - 2]!);
    await tx.done;
    return previous ?? null;
  }

  async remove(key: string): Promise<void> {
    const tx = this.db.transaction(['scenarios', 'scenario-history'], 'readwrite');
    for (const k of await tx.objectStore('scenario-history').index('by-key').getAllKeys(key)) await tx.objectStore('scenario-history').delete(k);
    await tx.objectStore('scenarios').delete(key);
    await tx.done;
  }
}
