// PostgreSQL through node-postgres: for deployments where several server processes share one
// database. Same SQL, same row shapes as the embedded database.
import pg from 'pg';
import type { Database, Queryable, Row } from './database.ts';
import { TYPE_PARSERS } from './type-parsers.ts';

const types = {
  getTypeParser: ((oid: number, format?: string) =>
    TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, (format ?? 'text') as 'text')) as typeof pg.types.getTypeParser,
};

const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
  async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    return (await client.query<R>(sql, params as unknown[])).rows;
  },
  async exec(sql: string): Promise<void> {
    await client.query(sql);
  },
});

export async function openPostgres(connectionString: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, types, max: poolSize, options: '-c TimeZone=UTC' });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const plain = wrap(pool);
  return {
    kind: 'postgres',
    query: plain.query,
    exec: plain.exec,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    // The PostgreSQL server guards its own storage: a fault there reaches us as a failed query.
    failure: () => null,
    onFailure: () => undefined,
  };
}
