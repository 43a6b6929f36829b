// Watches the embedded database's folder so the server never acknowledges a write that cannot
// last. PGlite writes through files it keeps open: delete or move the folder and every write still
// "succeeds" into unlinked files, to vanish at the next start; make it unwritable and the next
// file PostgreSQL must create (a WAL segment) sends it into a panic that spins the main thread
// for good. So before every database call the folder and pg_wal must be writable (access(2)), and
// after it they must still be the ones the database opened (device and inode): four system calls,
// about 15 µs a call. Every few seconds a probe file is written and fsynced in both, which also
// catches a full disk or a read-only remount. The first failure sticks: the database is then
// refused for good, and listeners (the process entry) exit so that a supervisor can restart.
import { accessSync, constants, statSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

// pg_wal goes with any deletion of the folder's contents, the folder itself with a move or a swap.
const WATCHED_DIRS = ['.', 'pg_wal'] as const;

export interface DataFolderWatchOptions {
  /** How often the probe write runs; 0 turns the periodic probe off (the per-call checks stay). */
  probeEveryMs: number;
  /** A probe write slower than this counts as a failed folder. */
  probeTimeoutMs: number;
}

export const DEFAULT_WATCH_OPTIONS: DataFolderWatchOptions = { probeEveryMs: 2000, probeTimeoutMs: 10_000 };

type Identity = string;

function identityOf(path: string): Identity {
  const s = statSync(path);
  return `${s.dev}:${s.ino}`;
}

const codeOf = (error: unknown): string =>
  error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);

export class DataFolderWatch {
  readonly folder: string;
  private readonly identities: ReadonlyMap<string, Identity>;
  private reason: string | null = null;
  private readonly listeners: Array<(reason: string) => void> = [];
  private timer: NodeJS.Timeout | null = null;
  private probing = false;

  /** Call once the database has opened the folder: its identity now is the one to keep. */
  constructor(dataDir: string, private readonly options: DataFolderWatchOptions = DEFAULT_WATCH_OPTIONS) {
    this.folder = resolve(dataDir);
    this.identities = new Map(WATCHED_DIRS.map((p) => [p, identityOf(join(this.folder, p))]));
  }

  /** Why nothing may be written any more, or null while the folder is sound. */
  get failure(): string | null {
    return this.reason;
  }

  /** Called once, with the reason, when the folder fails (at once if it already has). */
  onFailure(listener: (reason: string) => void): void {
    if (this.reason !== null) listener(this.reason);
    else this.listeners.push(listener);
  }

  fail(reason: string): void {
    if (this.reason !== null) return;
    this.reason = reason;
    this.stop();
    for (const listener of this.listeners.splice(0)) listener(reason);
  }

  /** Before a call: the folder is writable (and there). Returns the failure reason, if any. */
  checkWritable(): string | null {
    if (this.reason !== null) return this.reason;
    for (const dir of WATCHED_DIRS) {
      const where = dir === '.' ? this.folder : join(this.folder, dir);
      try {
        accessSync(where, constants.W_OK);
      } catch (error) {
        const code = codeOf(error);
        this.fail(code === 'ENOENT'
          ? `the data folder ${this.folder} was deleted or moved while the server ran (${where}: ENOENT), so nothing written now would last`
          : `the data folder ${this.folder} is not writable any more (${where}: ${code})`);
        return this.reason;
      }
    }
    return null;
  }

  /** After a call: the folder is still the one the database opened. Returns the failure reason, if any. */
  checkIdentity(): string | null {
    if (this.reason !== null) return this.reason;
    for (const [path, identity] of this.identities) {
      const where = path === '.' ? this.folder : join(this.folder, path);
      let now: Identity;
      try {
        now = identityOf(where);
      } catch (error) {
        this.fail(`the data folder ${this.folder} was deleted or moved while the server ran (${where}: ${codeOf(error)}), so nothing written now would last`);
        return this.reason;
      }
      if (now !== identity) {
        this.fail(`the data folder ${this.folder} was replaced while the server ran (${where} is not the one the database opened), so nothing written now would last`);
        return this.reason;
      }
    }
    return null;
  }

  /** Both checks. */
  check(): string | null {
    return this.checkWritable() ?? this.checkIdentity();
  }

  /** Writes, fsyncs and removes a small file in the folder and in pg_wal, within the timeout. */
  async probe(): Promise<string | null> {
    if (this.check() !== null) return this.reason;
    const write = async (dir: string): Promise<void> => {
      const file = join(this.folder, dir, `.write-probe-${process.pid}`);
      const handle = await open(file, 'w');
      try {
        await handle.writeFile(`${new Date().toISOString()}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rm(file, { force: true });
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.options.probeTimeoutMs / 1000} s`)), this.options.probeTimeoutMs);
    });
    try {
      for (const dir of WATCHED_DIRS) await Promise.race([write(dir), timeout]);
    } catch (error) {
      this.fail(`a test write in the data folder ${this.folder} failed (${codeOf(error)})`);
    } finally {
      clearTimeout(timer);
    }
    return this.check();
  }

  start(): void {
    if (this.timer !== null || this.reason !== null || this.options.probeEveryMs === 0) return;
    this.timer = setInterval(() => {
      if (this.probing) return;
      this.probing = true;
      void this.probe().finally(() => { this.probing = false; });
    }, this.options.probeEveryMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
