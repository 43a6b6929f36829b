// Embedded PostgreSQL (PGlite, WASM) in a local folder: the default, no setup. One process owns
// the folder at a time, enforced by a lock file naming the owner's pid.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from './database.ts';
import { TYPE_PARSERS } from './type-parsers.ts';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(dataDir: string): () => void {
  const lock = `${resolve(dataDir)}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (let tries = 0; tries < 2; tries++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(`${dataDir} is in use by process ${owner}: the embedded database serves one process; set DATABASE_URL to share PostgreSQL between processes`);
      }
      rmSync(lock, { force: true }); // left by a process that died
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}

const wrap = (db: PGlite | Transaction): Queryable => ({
  async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    return (await db.query<R>(sql, params as unknown[])).rows;
  },
  async exec(sql: string): Promise<void> {
    await db.exec(sql);
  },
});

/** `dataDir` null keeps the database in memory (tests). */
export async function openPglite(dataDir: string | null): Promise<Database> {
  const unlock = dataDir === null ? () => undefined : takeLock(dataDir);
  let db: PGlite;
  try {
    if (dataDir !== null) mkdirSync(dataDir, { recursive: true });
    db = new PGlite({ ...(dataDir === null ? {} : { dataDir }), parsers: TYPE_PARSERS });
    await db.waitReady;
    await db.exec("SET TIME ZONE 'UTC'");
  } catch (error) {
    unlock();
    throw error;
  }
  const plain = wrap(db);
  return {
    kind: 'pglite',
    query: plain.query,
    exec: plain.exec,
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction((tx) => fn(wrap(tx))),
    async close() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
