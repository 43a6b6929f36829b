// npm run server:start: the cohort server on 127.0.0.1 (settings from the environment, see
// docs/api.md): embedded database in .data/pglite unless DATABASE_URL names a PostgreSQL. The
// server runs in a child process (scripts/serve-child.ts) under a tiny supervisor that enforces
// the shutdown and stall bounds even when the server's own thread cannot (src/server/operations/supervisor.ts).
import { fileURLToPath } from 'node:url';
import { readConfig } from '../src/server/config.ts';
import { EXIT_CODES } from '../src/server/operations/exit-codes.ts';
import { supervise } from '../src/server/operations/supervisor.ts';

let config;
try {
  // Read here too, so a bad or unsafe setting stops everything before a server process starts.
  config = readConfig(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(EXIT_CODES.badSettings);
}
supervise({
  entry: fileURLToPath(new URL('./serve-child.ts', import.meta.url)),
  shutdownTimeoutMs: config.operations.shutdownTimeoutMs,
  stallTimeoutMs: config.operations.stallTimeoutMs,
});
