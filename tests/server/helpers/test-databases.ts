// Databases for server tests: PGlite copied from a migrated template (a fresh PGlite takes
// seconds to initdb), and a throwaway PostgreSQL cluster from Debian's binaries when installed.
import { execFile } from 'node:child_process';
import { chownSync, cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Database } from '../../../src/server/db/database.ts';
import { migrate, readMigrations } from '../../../src/server/db/migrate.ts';
import { openPglite } from '../../../src/server/db/pglite-database.ts';
import { openPostgres } from '../../../src/server/db/postgres-database.ts';
import { describe, beforeAll, afterAll } from 'vitest';

const run = promisify(execFile);

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

/** POSTGRES_BIN names another folder holding initdb and pg_ctl (or a missing one, to skip). */
export function postgresBinDir(): string | null {
  const has = (bin: string): boolean => existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'));
  const chosen = process.env.POSTGRES_BIN;
  if (chosen !== undefined) return has(chosen) ? chosen : null;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(base, v, 'bin')).find(has) ?? null;
}

export const POSTGRES_SKIP_REASON = postgresBinDir() === null
  ? `PostgreSQL binaries not found in ${process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/*/bin'} (apt-get install postgresql to run these)`
  : null;
if (POSTGRES_SKIP_REASON !== null) console.warn(`server tests on PostgreSQL skipped: ${POSTGRES_SKIP_REASON}`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PostgresCluster {
  /** Creates an empty database and returns its connection URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** initdb + pg_ctl in a temp folder on a free port of 127.0.0.1, as the postgres user when root. */
export async function startPostgres(): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  if (bin === null) throw new Error(POSTGRES_SKIP_REASON ?? 'no PostgreSQL');
  const dir = mkdtempSync(join(tmpdir(), 'srv-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (cmd: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args));
  const data = join(dir, 'data');
  await as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  await as(join(bin, 'pg_ctl'), [
    '-D', data, '-l', join(dir, 'log'), '-w', '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`,
    'start',
  ]);
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    async createDatabase() {
      const name = `t_${randomBytes(6).toString('hex')}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

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
