import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNIQUE_VIOLATION, sqlState } from '../../../src/server/db/database.ts';
import { migrate, readMigrations } from '../../../src/server/db/migrate.ts';
import { openPglite } from '../../../src/server/db/pglite-database.ts';
import { openPostgres } from '../../../src/server/db/postgres-database.ts';
import { parseTimestamptz } from '../../../src/server/db/type-parsers.ts';
import { POSTGRES_SKIP_REASON, describeEachDatabase, startPostgres, testPgliteDataDir, type PostgresCluster } from '../helpers/test-databases.ts';

describe('timestamp parsing', () => {
  it('reads PostgreSQL\'s text timestamps as ISO-8601 UTC', () => {
    expect(parseTimestamptz('2026-01-05 02:00:00.123456+00')).toBe('2026-01-05T02:00:00.123Z');
    expect(parseTimestamptz('2026-01-05 10:00:00+08')).toBe('2026-01-05T02:00:00.000Z');
    expect(parseTimestamptz('2026-01-05 10:00:00+05:30')).toBe('2026-01-05T04:30:00.000Z');
  });
});

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
  it('serves one process at a time, and takes over a lock left by a dead process', async () => {
    const { dataDir, remove } = await testPgliteDataDir();
    try {
      const first = await openPglite(dataDir);
      await expect(openPglite(dataDir)).rejects.toThrow(/in use by process/);
      await first.close();
      writeFileSync(`${dataDir}.lock`, '999999999'); // no such pid
      const second = await openPglite(dataDir);
      expect(await second.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      await second.close();
    } finally {
      remove();
    }
  });

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
