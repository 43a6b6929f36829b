// npm run server:start: the cohort server on 127.0.0.1 (settings from the environment, see
// docs/api.md): embedded database in .data/pglite unless DATABASE_URL names a PostgreSQL. The
// server runs in a child process (scripts/serve-child.ts) under a tiny supervisor that enforces
// the shutdown and stall bounds even when the server's own thread cannot (src/server/operations/supervisor.ts).
// The settings are read here, once: a bad or unsafe one stops everything before a server process
// starts, and the server process is handed what was read rather than reading it again.
import { fileURLToPath } from 'node:url';
import { handOver, readConfig } from '../src/server/config.ts';
import { supervise } from '../src/server/operations/supervisor.ts';
import { settingsOrExit } from './lib/settings-or-exit.ts';

const config = settingsOrExit(() => readConfig(process.env));
// The server process inherits this process's environment (fork).
Object.assign(process.env, handOver(config));
supervise({
  entry: fileURLToPath(new URL('./serve-child.ts', import.meta.url)),
  shutdownTimeoutMs: config.operations.shutdownTimeoutMs,
  stallTimeoutMs: config.operations.stallTimeoutMs,
});
