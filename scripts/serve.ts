// npm run server:start: the cohort server on 127.0.0.1 (settings from the environment, see
// docs/api.md): embedded database in .data/pglite unless DATABASE_URL names a PostgreSQL.
import { readConfig } from '../src/server/config.ts';
import { startServer } from '../src/server/start-server.ts';

let config;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
let server;
try {
  server = await startServer({ config });
} catch (error) {
  console.error(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
for (const r of server.shipped.rejected) console.error(`skipped ${r.file}:\n  ${r.errors.join('\n  ')}`);
console.log(`scenarios: ${server.shipped.loaded.length} shipped version(s) from ${config.storiesDir} (${server.shipped.cached} unchanged since the last start)`);
console.log(`database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`}`);
console.log(`xAPI: ${config.xapi ? `sending to ${config.xapi.endpoint}` : 'off (set XAPI_ENDPOINT to send statements)'}`);
console.log(`listening on ${server.url}`);

let closing = false;
const shutdown = (signal: string): void => {
  if (closing) return;
  closing = true;
  console.log(`${signal}: closing`);
  server.close().then(() => process.exit(0), (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
