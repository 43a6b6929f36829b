// The one place that chooses the database: PostgreSQL when a connection URL is given, otherwise
// the embedded PGlite in a local folder.
import type { Database } from './database.ts';
import { openPglite } from './pglite-database.ts';
import { openPostgres } from './postgres-database.ts';
import { migrate } from './migrate.ts';

export interface DatabaseConfig {
  databaseUrl: string | null;
  dataDir: string;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
