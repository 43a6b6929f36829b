// The tiny supervisor scripts/serve.ts runs: the server itself lives in a child process, because
// a database panic inside PGlite spins the main thread in WebAssembly where no signal handler,
// timer or watchdog of that thread can ever run again. From outside, the supervisor
//   - forwards SIGTERM and SIGINT, and kills the server if it has not exited SHUTDOWN_TIMEOUT_MS
//     later (a second signal kills it at once);
//   - kills a server whose heartbeat has been silent for STALL_TIMEOUT_MS once it is listening;
//   - exits with the server's exit code (or its own reason for killing it), so that whatever
//     supervises this process (systemd, a container runtime) restarts it on a fault.
// It restarts nothing itself and holds no state: the data folder lock belongs to the server process.
import { fork, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { EXIT_CODES } from './exit-codes.ts';
import { HEARTBEAT_EVERY_MS, SupervisorMessage } from './supervisor-messages.ts';

export interface SuperviseOptions {
  /** The server process's entry script. */
  entry: string;
  shutdownTimeoutMs: number;
  stallTimeoutMs: number | null;
}

const log = (text: string): void => console.error(`supervisor: ${text}`);

function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const number = signal === null ? undefined : constants.signals[signal];
  return number === undefined ? 1 : 128 + number;
}

/** Runs the server until it exits, then exits this process with the code that tells why. */
export function supervise(options: SuperviseOptions): ChildProcess {
  // The same Node flags (--import tsx, a profiler's) so the server runs as this process would.
  const child = fork(options.entry, process.argv.slice(2), { stdio: 'inherit', execArgv: process.execArgv });
  let ownCode: number | null = null;
  let lastBeat = 0;
  let watching = false;
  let killTimer: NodeJS.Timeout | null = null;

  const kill = (code: number, why: string): void => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    log(`${why}: killing server process ${child.pid}`);
    ownCode ??= code;
    child.kill('SIGKILL');
  };

  child.on('message', (raw: unknown) => {
    const message = SupervisorMessage.safeParse(raw);
    if (!message.success) return;
    lastBeat = Date.now();
    if (message.data.kind === 'listening') watching = options.stallTimeoutMs !== null;
  });

  const stallCheck = setInterval(() => {
    if (!watching || options.stallTimeoutMs === null) return;
    const silent = Date.now() - lastBeat;
    if (silent > options.stallTimeoutMs) {
      kill(EXIT_CODES.stalled, `the server has not answered for ${Math.round(silent / 1000)} s (its event loop is blocked; STALL_TIMEOUT_MS=${options.stallTimeoutMs})`);
    }
  }, Math.min(HEARTBEAT_EVERY_MS, options.stallTimeoutMs ?? HEARTBEAT_EVERY_MS));

  const onSignal = (signal: NodeJS.Signals): void => {
    if (killTimer !== null) {
      kill(EXIT_CODES.shutdownTimedOut, `${signal} again`);
      return;
    }
    watching = false; // a server closing down may be busy: only the shutdown bound applies now
    child.kill(signal);
    killTimer = setTimeout(
      () => kill(EXIT_CODES.shutdownTimedOut, `the server did not exit within ${options.shutdownTimeoutMs} ms of ${signal} (SHUTDOWN_TIMEOUT_MS)`),
      options.shutdownTimeoutMs,
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  child.on('exit', (code, signal) => {
    clearInterval(stallCheck);
    if (killTimer !== null) clearTimeout(killTimer);
    process.exit(ownCode ?? exitCodeOf(code, signal));
  });
  child.on('error', (error) => {
    log(`cannot run the server process: ${error.message}`);
    process.exit(EXIT_CODES.cannotStart);
  });
  return child;
}
