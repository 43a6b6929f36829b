// Embedded PostgreSQL (PGlite, WASM) in a local folder: the default, no setup. One process owns
// the folder at a time (data-folder-lock.ts), and every call is checked against the folder's
// watch (data-folder-watch.ts) so that nothing is acknowledged into a folder that is gone.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from './database.ts';
import { lockDataFolder, type LockKind } from './data-folder-lock.ts';
import { DataFolderWatch, type DataFolderWatchOptions } from './data-folder-watch.ts';
import { guardDatabase } from './guarded-database.ts';
import { TYPE_PARSERS } from './type-parsers.ts';

const wrap = (db: PGlite | Transaction): Queryable => ({
  async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    return (await db.query<R>(sql, params as unknown[])).rows;
  },
  async exec(sql: string): Promise<void> {
    await db.exec(sql);
  },
});

export interface PgliteOptions {
  /** The periodic probe write; by default off, leaving the checks made around every call. */
  watch?: DataFolderWatchOptions;
  lockKind?: LockKind;
}

/** `dataDir` null keeps the database in memory (tests). */
export async function openPglite(dataDir: string | null, options: PgliteOptions = {}): Promise<Database> {
  const lock = dataDir === null ? null : await lockDataFolder(dataDir, options.lockKind);
  let db: PGlite;
  try {
    // The real path: PGlite's file system cannot mount a folder through a symlink.
    db = new PGlite({ ...(lock === null ? {} : { dataDir: lock.realPath }), parsers: TYPE_PARSERS });
    await db.waitReady;
    await db.exec("SET TIME ZONE 'UTC'");
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const plain = wrap(db);
  const raw: Database = {
    kind: 'pglite',
    query: plain.query,
    exec: plain.exec,
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction((tx) => fn(wrap(tx))),
    async close() {
      try {
        await db.close();
      } finally {
        await lock?.release();
      }
    },
    failure: () => null,
    onFailure: () => undefined,
  };
  if (dataDir === null) return raw;
  const watch = new DataFolderWatch(dataDir, options.watch ?? { probeEveryMs: 0, probeTimeoutMs: 10_000 });
  watch.start();
  // Abandoned, the WASM instance stays in memory until the process exits, which it is about to.
  return guardDatabase(raw, watch, async () => lock?.release());
}
