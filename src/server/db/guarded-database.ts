// The embedded database behind its folder watch: a call is refused (503) once the folder has
// failed; before each call the folder must be writable (so no write reaches PostgreSQL that would
// make it panic), after it the folder must still be the one opened (so a write that committed into
// a folder deleted or moved meanwhile is answered 503, never 201); and a storage error the
// database reports itself (PostgreSQL's I/O classes, a panic, a WebAssembly abort) fails it too.
import { ApiError } from '../http/api-error.ts';
import { sqlState, type Database, type Queryable, type Row } from './database.ts';
import type { DataFolderWatch } from './data-folder-watch.ts';

/** The database must not be used: the answer is 503 with the reason, and a hint to retry later. */
export class DatabaseUnavailable extends ApiError {
  constructor(reason: string) {
    super(503, `the server cannot use its database: ${reason}; nothing is stored until it is restarted on a sound data folder`, {}, { 'Retry-After': '30' });
    this.name = 'DatabaseUnavailable';
  }
}

/** A failure of the storage under the database rather than of the statement, or null. */
export function storageFailureOf(error: unknown): string | null {
  // WebAssembly.RuntimeError: PGlite aborted (the server's type settings have no WebAssembly types).
  if (error instanceof Error && error.name === 'RuntimeError') return `the embedded database stopped (${error.message})`;
  const state = sqlState(error);
  const severity = typeof error === 'object' && error !== null ? (error as { severity?: unknown }).severity : undefined;
  const message = error instanceof Error ? error.message : String(error);
  // 58: system errors (I/O, missing or unexpected files); 53100: disk full; XX001/XX002: corrupted data.
  if ((state !== null && (state.startsWith('58') || state === '53100' || state === 'XX001' || state === 'XX002')) || severity === 'PANIC') {
    return `the embedded database reported a storage error (${state ?? 'PANIC'}: ${message})`;
  }
  return null;
}

/**
 * `abandon` replaces close() once the folder has failed: closing would checkpoint, writing by
 * path into whatever folder now has that name (a replacement, say) or panicking on a read-only one.
 */
export function guardDatabase(db: Database, watch: DataFolderWatch, abandon: () => Promise<void>): Database {
  const guarded = async <T>(run: () => Promise<T>): Promise<T> => {
    const before = watch.checkWritable();
    if (before !== null) throw new DatabaseUnavailable(before);
    let result: T;
    try {
      result = await run();
    } catch (error) {
      const storage = storageFailureOf(error);
      if (storage !== null) watch.fail(storage);
      if (watch.failure !== null) throw new DatabaseUnavailable(watch.failure);
      throw error;
    }
    const after = watch.checkIdentity();
    if (after !== null) throw new DatabaseUnavailable(after);
    return result;
  };
  return {
    kind: db.kind,
    query: <R extends Row = Row>(sql: string, params?: readonly unknown[]) => guarded(() => db.query<R>(sql, params)),
    exec: (sql: string) => guarded(() => db.exec(sql)),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => guarded(() => db.transaction(fn)),
    failure: () => watch.failure,
    onFailure: (listener) => watch.onFailure(listener),
    async close() {
      watch.stop();
      await (watch.failure === null ? db.close() : abandon());
    },
  };
}
