// One owner per embedded-database folder. The lock is a listening Unix-domain socket, not a file
// naming a pid: the kernel frees it the moment the owning process dies, however it dies, so a
// restart straight after kill -9 takes the folder at once and a reused pid never blocks anyone.
// Its name comes from a hash of the folder's real path, so every spelling of the path (relative,
// trailing slash, through a symlink) is one lock. The owner answers a connection with who it is,
// so a second server can say which process holds the folder.
//
// On Linux the socket is bound in the abstract namespace (no file at all) and also, when the path
// is short enough, as a socket file beside the folder: abstract names are per network namespace,
// so the file is what keeps apart two containers that share the volume. Elsewhere only the file is
// used (in the temp folder when the path is too long for a socket address); a file left by a
// killed owner is detected by a refused connection and replaced. Windows uses a named pipe, which
// also dies with its process.
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

const LockOwner = z.object({ pid: z.number().int().positive(), startedAt: z.string(), dataDir: z.string() });
export type LockOwner = z.infer<typeof LockOwner>;

/** Where locks are bound: 'auto' picks by platform; the others exist so tests can run each kind. */
export type LockKind = 'auto' | 'abstract' | 'socket-file';

export interface DataFolderLock {
  /** The folder's real path, which names the lock. */
  readonly realPath: string;
  release(): Promise<void>;
}

// A socket address holds 108 bytes on Linux, 104 on macOS and BSD (with the final NUL).
const MAX_SOCKET_PATH = 100;
const ANSWER_TIMEOUT_MS = 2000;

export class DataFolderInUse extends Error {
  constructor(readonly dataDir: string, readonly owner: LockOwner | null) {
    const who = owner
      ? `process ${owner.pid} (started ${owner.startedAt}${owner.dataDir === dataDir ? '' : `, opened as ${owner.dataDir}`})`
      : `another process, which did not say who it is within ${ANSWER_TIMEOUT_MS / 1000} s (it may be stuck)`;
    super(`${dataDir} is in use by ${who}: the embedded database serves one process at a time; ` +
      'stop that process first, give this one another DATA_DIR, or set DATABASE_URL to share PostgreSQL between processes');
    this.name = 'DataFolderInUse';
  }
}

function lockAddresses(realPath: string, kind: LockKind): Array<{ address: string; file: boolean }> {
  const hash = createHash('sha256').update(realPath).digest('hex').slice(0, 40);
  const name = `sales-roleplay-pglite-${hash}`;
  if (process.platform === 'win32') return [{ address: `\\\\.\\pipe\\${name}`, file: false }];
  const beside = `${realPath}.lock`;
  const file = { address: beside.length <= MAX_SOCKET_PATH ? beside : join(tmpdir(), `${name}.sock`), file: true };
  if (kind === 'socket-file' || (kind === 'auto' && process.platform !== 'linux')) return [file];
  const abstract = { address: `\0${name}`, file: false };
  return kind === 'abstract' || file.address !== beside ? [abstract] : [abstract, file];
}

/** Connects to a bound lock and reads its owner; null when it answers nothing readable in time. */
function askOwner(address: string): Promise<LockOwner | null | 'refused'> {
  return new Promise((resolve) => {
    let text = '';
    const socket = createConnection(address);
    const done = (result: LockOwner | null | 'refused'): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => done(null), ANSWER_TIMEOUT_MS);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > 4096) done(null);
    });
    socket.on('end', () => {
      try {
        const parsed = LockOwner.safeParse(JSON.parse(text));
        done(parsed.success ? parsed.data : null);
      } catch {
        done(null);
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // Nobody listens behind this name: a socket file left by a process that died.
      done(error.code === 'ECONNREFUSED' || error.code === 'ENOENT' ? 'refused' : null);
    });
  });
}

function listen(server: Server, address: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException): void => resolve(error);
    server.once('error', onError);
    server.listen(address, () => {
      server.off('error', onError);
      resolve(null);
    });
  });
}

const closeServer = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));

async function bindOne(address: string, file: boolean, dataDir: string, owner: LockOwner): Promise<Server> {
  for (let attempt = 0; ; attempt++) {
    const server = createServer((socket) => socket.end(JSON.stringify(owner)));
    // The lock must never keep the process alive on its own.
    server.unref();
    const error = await listen(server, address);
    if (error === null) return server;
    if (error.code !== 'EADDRINUSE') throw new Error(`cannot lock ${dataDir} (${address.replace('\0', '@')}): ${error.message}`);
    const answer = await askOwner(address);
    if (answer !== 'refused' || !file || attempt > 0) throw new DataFolderInUse(dataDir, answer === 'refused' ? null : answer);
    // A file left by a killed owner (or an older version's pid file): replace it. Under the
    // abstract lock, taken first on Linux, no other process on this host can be doing the same.
    rmSync(address, { force: true });
  }
}

/** Takes the folder (creating it if needed) or throws DataFolderInUse naming the owner. */
export async function lockDataFolder(dataDir: string, kind: LockKind = 'auto'): Promise<DataFolderLock> {
  mkdirSync(dataDir, { recursive: true });
  const realPath = realpathSync(dataDir);
  const owner: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), dataDir };
  const held: Server[] = [];
  // Closing a server bound to a socket file unlinks the file (libuv), before anyone else can bind it.
  const release = async (): Promise<void> => {
    for (const server of held.splice(0).reverse()) await closeServer(server);
  };
  try {
    for (const { address, file } of lockAddresses(realPath, kind)) held.push(await bindOne(address, file, dataDir, owner));
  } catch (error) {
    await release();
    throw error;
  }
  return { realPath, release };
}
