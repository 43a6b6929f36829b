// The server process's life, under scripts/serve.ts's supervisor (or alone): start, report
// listening and a heartbeat to the supervisor, close within the shutdown bound on SIGTERM or
// SIGINT (or when the supervisor is gone), and exit non-zero shortly after the data folder fails
// so that a supervisor restarts it — the grace lets clients and load balancers see the 503s and
// the failed /api/ready that name the folder, instead of connections cut without a reason.
import type { ServerConfig } from '../config.ts';
import { startServer, type RunningServer } from '../start-server.ts';
import { EXIT_CODES } from './exit-codes.ts';
import { HEARTBEAT_EVERY_MS, type SupervisorMessage } from './supervisor-messages.ts';

const tell = (message: SupervisorMessage): void => {
  if (process.connected) process.send?.(message);
};

function describe(server: RunningServer, config: ServerConfig): string[] {
  const lines = server.shipped.rejected.map((r) => `skipped ${r.file}:\n  ${r.errors.join('\n  ')}`);
  return [
    ...lines,
    `scenarios: ${server.shipped.loaded.length} shipped version(s) from ${config.storiesDir} (${server.shipped.cached} unchanged since the last start)`,
    `database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`}`,
    `xAPI: ${config.xapi ? `sending to ${config.xapi.endpoint}` : 'off (set XAPI_ENDPOINT to send statements)'}`,
    `cohort creation: ${config.cohortCreationKey ? 'with COHORT_CREATION_KEY' : 'open to anyone who reaches the server'}`,
    `server process: ${process.pid}${process.connected ? ` (supervisor ${process.ppid})` : ''}`,
  ];
}

export async function runServerProcess(config: ServerConfig): Promise<void> {
  let server: RunningServer;
  try {
    server = await startServer({ config });
  } catch (error) {
    console.error(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(EXIT_CODES.cannotStart);
  }
  for (const line of describe(server, config)) console.log(line);
  console.log(`listening on ${server.url}`);
  tell({ kind: 'listening', url: server.url, pid: process.pid });
  setInterval(() => tell({ kind: 'alive' }), HEARTBEAT_EVERY_MS).unref();

  const { shutdownTimeoutMs, storageFailureExitMs } = config.operations;
  server.deps.db.onFailure((reason) => {
    console.error(`data folder failed: ${reason}. Writes are refused (503); exiting in ${storageFailureExitMs} ms so that a supervisor restarts the server`);
    // The database is not closed: a checkpoint would write into whatever the folder is now.
    setTimeout(() => process.exit(EXIT_CODES.storageFailed), storageFailureExitMs);
  });

  let closing = false;
  const shutdown = (why: string): void => {
    if (closing) return;
    closing = true;
    console.log(`${why}: closing`);
    // Most of the bound for closing; the supervisor's kill at the full bound covers a blocked loop.
    setTimeout(() => {
      console.error(`shutdown did not finish within ${Math.round(shutdownTimeoutMs * 0.8)} ms: exiting anyway`);
      process.exit(EXIT_CODES.shutdownTimedOut);
    }, shutdownTimeoutMs * 0.8).unref();
    server.close().then(
      () => process.exit(server.deps.db.failure() === null ? EXIT_CODES.stopped : EXIT_CODES.storageFailed),
      (error: unknown) => {
        console.error(error);
        process.exit(EXIT_CODES.shutdownTimedOut);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // The supervisor died (kill -9 on it): nobody would stop this process or report its faults.
  process.on('disconnect', () => shutdown('supervisor gone'));
}
