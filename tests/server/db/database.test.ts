import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFolderInUse, lockDataFolder } from '../../../src/server/db/data-folder-lock.ts';
import { UNIQUE_VIOLATION, sqlState } from '../../../src/server/db/database.ts';
import { migrate, readMigrations } from '../../../src/server/db/migrate.ts';
import { openPglite } from '../../../src/server/db/pglite-database.ts';
import { openPostgres } from '../../../src/server/db/postgres-database.ts';
import { parseTimestamptz } from '../../../src/server/db/type-parsers.ts';
import { startPostgres, type PostgresCluster } from '../../../scripts/lib/postgres-cluster.ts';
import { POSTGRES_SKIP_REASON, describeEachDatabase, testPgliteDataDir } from '../helpers/test-databases.ts';

describe('timestamp parsing', () => {
  it('reads PostgreSQL\'s text timestamps as ISO-8601 UTC', () => {
    expect(parseTimestamptz('2026-01-05 02:00:00.123456+00')).toBe('2026-01-05T02:00:00.123Z');
    expect(parseTimestamptz('2026-01-05 10:00:00+08')).toBe('2026-01-05T02:00:00.000Z');
    expect(parseTimestamptz('2026-01-05 10:00:00+05:30')).toBe('2026-01-05T04:30:00.000Z');
  });
});

const HOLDER = fileURLToPath(new URL('../helpers/hold-data-folder.ts', import.meta.url));
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describeEachDatabase('the query layer', (ctx) => {
  it('returns int8 as numbers, timestamps as ISO text, dates as text and jsonb as values', async () => {
    const [row] = await ctx.db().query(
      `SELECT 9007199254740991::int8 AS big, '2026-03-01 08:00:00+08'::timestamptz AS at, '2026-03-02'::date AS day,
              '{"a":[1,"x"]}'::jsonb AS doc, $1::jsonb AS param, 2.5::float8 AS f, count(*) AS n FROM (VALUES (1)) v`,
      [JSON.stringify({ k: '中文' })],
    );
    expect(row).toEqual({
      big: 9007199254740991, at: '2026-03-01T00:00:00.000Z', day: '2026-03-02', doc: { a: [1, 'x'] }, param: { k: '中文' }, f: 2.5, n: 1,
    });
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await ctx.db().exec('CREATE TABLE tx_probe (v text PRIMARY KEY)');
    await ctx.db().transaction(async (tx) => {
      await tx.query('INSERT INTO tx_probe VALUES ($1)', ['kept']);
    });
    await expect(ctx.db().transaction(async (tx) => {
      await tx.query('INSERT INTO tx_probe VALUES ($1)', ['dropped']);
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(await ctx.db().query('SELECT v FROM tx_probe')).toEqual([{ v: 'kept' }]);
  });

  it('reports a unique violation by its SQLSTATE', async () => {
    const error = await ctx.db().query('INSERT INTO tx_probe VALUES ($1)', ['kept']).catch((e: unknown) => e);
    expect(sqlState(error)).toBe(UNIQUE_VIOLATION);
  });

  it('applies each migration once', async () => {
    expect(await migrate(ctx.db())).toEqual([]);
    const versions = await ctx.db().query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((v) => v.version)).toEqual(readMigrations().map((m) => m.version));
  });
});

describe.skipIf(POSTGRES_SKIP_REASON !== null)(`migrations on a shared PostgreSQL${POSTGRES_SKIP_REASON ? ` — skipped: ${POSTGRES_SKIP_REASON}` : ''}`, () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgres();
  }, 60_000);
  afterAll(() => cluster.stop());

  it('applies every migration exactly once when several processes start together', async () => {
    const url = await cluster.createDatabase();
    const dbs = await Promise.all([1, 2, 3].map(() => openPostgres(url)));
    try {
      const applied = await Promise.all(dbs.map((db) => migrate(db)));
      expect(applied.flat().sort()).toEqual(readMigrations().map((m) => m.version));
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
  });
});

describe('the embedded database folder', () => {
  it('serves one process at a time, whatever spelling of its path the second one uses', async () => {
    const { dataDir, remove } = await testPgliteDataDir();
    const link = `${dataDir}-link`;
    symlinkSync(dataDir, link);
    try {
      const first = await openPglite(dataDir);
      const spellings = [`${dataDir}/`, `${dataDir}/./`, relative(process.cwd(), dataDir), link];
      for (const spelling of spellings) {
        const refused = await openPglite(spelling).then(() => null, (e: unknown) => (e as Error).message);
        expect(refused, spelling).toMatch(new RegExp(`^${escape(spelling)} is in use by process ${process.pid} \\(started \\d{4}-`));
        expect(refused).toMatch(/set DATABASE_URL to share PostgreSQL/);
      }
      await first.close();
      const again = await openPglite(link);
      expect(await again.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      await again.close();
    } finally {
      rmSync(link, { force: true });
      remove();
    }
  }, 60_000);

  it('takes over a lock file an older version left, even one naming a live process', async () => {
    const { dataDir, remove } = await testPgliteDataDir();
    try {
      writeFileSync(`${dataDir}.lock`, String(process.pid)); // a pid that is alive: it was reused
      const db = await openPglite(dataDir);
      expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      await db.close();
    } finally {
      remove();
    }
  }, 60_000);

  for (const kind of ['auto', 'abstract', 'socket-file'] as const) {
    it(`frees the folder the moment its owner is killed (${kind} lock)`, async () => {
      const root = mkdtempSync(join(tmpdir(), 'srv-lock-'));
      const folder = join(root, 'db');
      const holder = fork(HOLDER, [folder, kind], { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
      try {
        await new Promise((resolve, reject) => {
          holder.once('message', resolve);
          holder.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
        });
        const refused = await lockDataFolder(folder, kind).then(() => null, (e: unknown) => e);
        expect(refused).toBeInstanceOf(DataFolderInUse);
        expect((refused as DataFolderInUse).owner?.pid).toBe(holder.pid);
        const gone = new Promise((resolve) => holder.once('exit', resolve));
        holder.kill('SIGKILL');
        await gone;
        const lock = await lockDataFolder(folder, kind); // no waiting, no cleaning up
        await lock.release();
      } finally {
        holder.kill('SIGKILL');
        rmSync(root, { recursive: true, force: true });
      }
    }, 60_000);
  }

  it('creates the folder on first start', async () => {
    const root = mkdtempSync(join(tmpdir(), 'srv-fresh-'));
    try {
      const db = await openPglite(join(root, 'nested', 'db'));
      await migrate(db);
      expect((await db.query<{ n: number }>('SELECT count(*) AS n FROM cohorts'))[0]!.n).toBe(0);
      await db.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
