// Runs the real server entry (scripts/serve.ts) as a child process, for crash and benchmark runs.
// serve.ts is a supervisor with the server in its own child process: both run in one process
// group of their own, so kill9() takes down the server itself, as a crash would.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  url: string;
  /** The supervisor (scripts/serve.ts). */
  child: ChildProcess;
  /** The process that serves and holds the database (scripts/serve-child.ts). */
  serverPid: number;
  output(): string;
  /** Resolves when the supervisor has exited, with its code. */
  exited: Promise<Exit>;
  /** SIGKILL to the supervisor and the server at once: no shutdown code runs. */
  kill9(): Promise<void>;
  /** SIGTERM, as an operator or a service manager stops it; resolves on exit. */
  stop(): Promise<Exit>;
}

const running = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/**
 * `nodeArgs`: extra Node flags for the server process (the benchmark's --cpu-prof).
 * `launcher`: a command the server runs under, e.g. setpriv to drop root's file capabilities.
 */
export async function spawnServer(env: Record<string, string>, timeoutMs = 60_000, nodeArgs: string[] = [], launcher: string[] = []): Promise<ServerProcess> {
  const command = [...launcher, process.execPath, ...nodeArgs, '--import', 'tsx', 'scripts/serve.ts'];
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', RATE_LIMIT: 'off', LOG_LEVEL: 'warn', STATIC_DIR: '.cache/no-static-dir', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => { out += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { out += c.toString(); });
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const started = await new Promise<{ url: string; serverPid: number }>((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const check = (): void => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      const pid = /server process: (\d+)/.exec(out);
      if (m && pid) {
        clearTimeout(timer);
        resolve({ url: m[1]!, serverPid: Number(pid[1]) });
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    ...started,
    child,
    output: () => out,
    exited,
    async kill9() {
      killGroup(child, 'SIGKILL');
      await exited;
    },
    async stop() {
      if (running(child)) child.kill('SIGTERM');
      return exited;
    },
  };
}
