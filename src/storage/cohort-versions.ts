// The cohort's published scenario versions downloaded to this device (the `cohort-scenarios`
// store, keyed by content hash), so they play offline. A record that no longer parses is
// quarantined on the way, never returned and never a reason for the game to stop.
import type { Clock } from '../core/clock.ts';
import { CohortVersion } from './cohort-records.ts';
import type { Db } from './database.ts';
import { quarantine } from './quarantine.ts';

export class CohortVersions {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  /** Every version downloaded to this device, of any cohort, withdrawn ones included. */
  async list(): Promise<CohortVersion[]> {
    const tx = this.db.transaction('cohort-scenarios');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    const out: CohortVersion[] = [];
    for (const [i, value] of values.entries()) {
      const version = await this.read(String(keys[i] ?? 'unknown'), value);
      if (version) out.push(version);
    }
    return out.sort((a, b) => a.since.localeCompare(b.since) || a.contentHash.localeCompare(b.contentHash));
  }

  async get(contentHash: string): Promise<CohortVersion | null> {
    const value = await this.db.get('cohort-scenarios', contentHash);
    return value === undefined ? null : this.read(contentHash, value);
  }

  async put(version: CohortVersion): Promise<void> {
    await this.db.put('cohort-scenarios', CohortVersion.parse(version));
  }

  /** Marks these versions withdrawn at `at` (those already withdrawn keep their time). */
  async withdraw(contentHashes: readonly string[], at: string): Promise<void> {
    const tx = this.db.transaction('cohort-scenarios', 'readwrite');
    for (const hash of contentHashes) {
      const parsed = CohortVersion.safeParse(await tx.store.get(hash));
      if (parsed.success && parsed.data.withdrawnAt === null) await tx.store.put({ ...parsed.data, withdrawnAt: at });
    }
    await tx.done;
  }

  private async read(key: string, value: unknown): Promise<CohortVersion | null> {
    const parsed = CohortVersion.safeParse(value);
    if (parsed.success) return parsed.data;
    await quarantine(this.db, 'cohort-scenarios', key, value, parsed.error, new Date(this.clock.now()).toISOString());
    return null;
  }
}
