// Setting aside a stored record that no longer parses: it moves to the `quarantine` store with
// the reason, in one transaction, so one bad record never stops the game and nothing is lost
// (the data screen lists what was set aside). Every store that reads records goes through here.
import type { z } from 'zod';
import type { QuarantinedRecord } from '../core/schemas/records.ts';
import type { Db } from './database.ts';

/** The stores whose records can be set aside. */
export type QuarantinableStore = 'kv' | 'attempts' | 'cohort-scenarios';

/** `at`: when, as an ISO time (the caller's clock). */
export async function quarantine(db: Db, store: QuarantinableStore, key: string, value: unknown, error: z.ZodError, at: string): Promise<void> {
  const reason = error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
  const record: QuarantinedRecord = { id: `${store}:${key}:${at}`, store, key, reason, value: safeClone(value), quarantinedAt: at };
  const tx = db.transaction([store, 'quarantine'], 'readwrite');
  await Promise.all([tx.objectStore('quarantine').put(record), tx.objectStore(store).delete(key), tx.done]);
}

/** Structured-clone-safe copy for the quarantine (a corrupt value may hold anything). */
function safeClone(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return String(value);
  }
}
