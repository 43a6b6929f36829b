// The embedded database never acknowledges what its folder cannot keep: once the folder is
// deleted, moved or replaced under it, or the database reports a storage error, every call is
// refused with a 503 that names the folder, and the refusal sticks.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/server/http/api-error.ts';
import { openTestPglite } from '../helpers/test-databases.ts';

async function refusal(run: Promise<unknown>): Promise<ApiError> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('the embedded database behind its folder watch', () => {
  it('refuses every call once the data folder is deleted, naming the folder', async () => {
    const db = await openTestPglite();
    try {
      await db.exec('CREATE TABLE kept (v int)');
      await db.query('INSERT INTO kept VALUES (1)');
      expect(db.failure()).toBeNull();
      const reasons: string[] = [];
      db.onFailure((reason) => reasons.push(reason));
      rmSync(db.dataDir, { recursive: true, force: true });
      const write = await refusal(db.query('INSERT INTO kept VALUES (2)'));
      expect(write.status).toBe(503);
      expect(write.message).toContain(`the data folder ${db.dataDir} was deleted or moved`);
      expect(write.headers['Retry-After']).toBeDefined();
      expect((await refusal(db.transaction((tx) => tx.query('SELECT 1')))).status).toBe(503);
      expect((await refusal(db.query('SELECT 1'))).status).toBe(503);
      expect(reasons).toHaveLength(1);
      expect(db.failure()).toBe(reasons[0]);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('refuses a folder swapped for another under the same name, even after moving it back', async () => {
    const db = await openTestPglite();
    const aside = `${db.dataDir}-aside`;
    try {
      renameSync(db.dataDir, aside);
      mkdirSync(join(db.dataDir, 'pg_wal'), { recursive: true }); // another database's folder, say
      expect((await refusal(db.query('SELECT 1'))).message).toContain(`the data folder ${db.dataDir} was replaced`);
      rmSync(db.dataDir, { recursive: true });
      renameSync(aside, db.dataDir);
      // Moved back, it is the same folder again, but whatever was answered meanwhile was refused:
      // the failure stands until a restart opens the folder afresh.
      expect((await refusal(db.query('SELECT 1'))).status).toBe(503);
    } finally {
      await db.close();
      rmSync(aside, { recursive: true, force: true });
    }
  }, 60_000);

  it('takes a storage error the database reports for a failed folder', async () => {
    const db = await openTestPglite();
    try {
      // SQLSTATE 58P01 (a file the server needs is missing): PostgreSQL's class of storage faults.
      const missing = await refusal(db.query("SELECT pg_read_file('base/no-such-relation-file')"));
      expect(missing.status).toBe(503);
      expect(missing.message).toMatch(/storage error \(58P01/);
      expect(db.failure()).toMatch(/58P01/);
      // An ordinary SQL error before the failure would have stayed a SQL error; now nothing runs.
      expect((await refusal(db.query('SELECT 1'))).status).toBe(503);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('keeps ordinary SQL errors as they are', async () => {
    const db = await openTestPglite();
    try {
      const error = await db.query('SELECT * FROM no_such_table').then(() => null, (e: unknown) => e);
      expect(error).not.toBeInstanceOf(ApiError);
      expect((error as { code?: string }).code).toBe('42P01');
      expect(db.failure()).toBeNull();
    } finally {
      await db.close();
    }
  }, 60_000);
});
