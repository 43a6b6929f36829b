// A throwaway PostgreSQL cluster from Debian's binaries (initdb + pg_ctl in a temp folder), for
// `npm run bench:server -- --postgres` and the server tests that run against PostgreSQL.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

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

/** Why there is no PostgreSQL to start here. */
export function missingPostgresReason(): string {
  return `PostgreSQL binaries not found in ${process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/*/bin'} (apt-get install postgresql to run these)`;
}

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
  if (bin === null) throw new Error(missingPostgresReason());
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
