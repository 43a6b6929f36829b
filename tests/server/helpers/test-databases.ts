// Databases for server tests: PGlite copied from a migrated template (a fresh PGlite takes
// seconds to initdb), and a throwaway PostgreSQL cluster (scripts/lib/postgres-cluster.ts) when
// Debian's binaries are installed.
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { describe, beforeAll, afterAll } from 'vitest';
import { missingPostgresReason, postgresBinDir, startPostgres, type PostgresCluster } from '../../../scripts/lib/postgres-cluster.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { migrate, readMigrations } from '../../../src/server/db/migrate.ts';
import { openPglite } from '../../../src/server/db/pglite-database.ts';
import { openPostgres } from '../../../src/server/db/postgres-database.ts';

function templateDir(): string {
  const hash = createHash('sha256');
  for (const m of readMigrations()) hash.update(m.version).update(m.sql);
  return join(process.cwd(), '.cache', `pglite-template-${hash.digest('hex').slice(0, 16)}`);
}

async function pgliteTemplate(): Promise<string> {
  const dir = templateDir();
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  const building = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const db = await openPglite(building);
  await migrate(db);
  await db.close();
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another worker finished first
  }
  return dir;
}

/** A fresh, migrated embedded database in its own temp folder, removed on close. */
export async function openTestPglite(): Promise<Database & { dataDir: string }> {
  const root = mkdtempSync(join(tmpdir(), 'srv-pglite-'));
  const dataDir = join(root, 'db');
  cpSync(await pgliteTemplate(), dataDir, { recursive: true });
  const db = await openPglite(dataDir);
  return {
    ...db,
    dataDir,
    async close() {
      await db.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated-on-demand PGlite data folder for a server process to open itself. */
export async function testPgliteDataDir(): Promise<{ dataDir: string; remove(): void }> {
  const root = mkdtempSync(join(tmpdir(), 'srv-pglite-'));
  const dataDir = join(root, 'db');
  cpSync(await pgliteTemplate(), dataDir, { recursive: true });
  return { dataDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export const POSTGRES_SKIP_REASON = postgresBinDir() === null ? missingPostgresReason() : null;
if (POSTGRES_SKIP_REASON !== null) console.warn(`server tests on PostgreSQL skipped: ${POSTGRES_SKIP_REASON}`);

export interface DatabaseKind {
  name: 'PGlite' | 'PostgreSQL';
  skip: string | null;
}

export const DATABASE_KINDS: DatabaseKind[] = [
  { name: 'PGlite', skip: null },
  { name: 'PostgreSQL', skip: POSTGRES_SKIP_REASON },
];

export interface DatabaseContext {
  kind: DatabaseKind['name'];
  db(): Database;
  /** PostgreSQL only: the URL of the database, for a second server process or pool. */
  url(): string | null;
}

/** Runs the suite once per database kind, on a fresh migrated database each. */
export function describeEachDatabase(title: string, suite: (ctx: DatabaseContext) => void): void {
  for (const kind of DATABASE_KINDS) {
    const label = `${title} [${kind.name}]${kind.skip ? ` — skipped: ${kind.skip}` : ''}`;
    describe.skipIf(kind.skip !== null)(label, () => {
      let db: Database | null = null;
      let url: string | null = null;
      let cluster: PostgresCluster | null = null;
      beforeAll(async () => {
        if (kind.name === 'PGlite') {
          db = await openTestPglite();
        } else {
          cluster = await startPostgres();
          url = await cluster.createDatabase();
          db = await openPostgres(url);
          await migrate(db);
        }
      }, 120_000);
      afterAll(async () => {
        await db?.close();
        await cluster?.stop();
      });
      suite({
        kind: kind.name,
        db: () => {
          if (!db) throw new Error('database not open yet');
          return db;
        },
        url: () => url,
      });
    });
  }
}
