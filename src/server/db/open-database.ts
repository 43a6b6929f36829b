// The one place that chooses the database: PostgreSQL when a connection URL is given, otherwise
// the embedded PGlite in a local folder.
import type { Database } from './database.ts';
import { DEFAULT_WATCH_OPTIONS } from './data-folder-watch.ts';
import { openPglite } from './pglite-database.ts';
import { openPostgres } from './postgres-database.ts';
import { migrate } from './migrate.ts';

export interface DatabaseConfig {
  databaseUrl: string | null;
  dataDir: string;
  operations: { storageProbeMs: number };
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const watch = { ...DEFAULT_WATCH_OPTIONS, probeEveryMs: config.operations.storageProbeMs };
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir, { watch });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
