// The cohort server process that scripts/serve.ts supervises (it may also run alone:
// `tsx scripts/serve-child.ts`, with no supervisor to enforce the shutdown and stall bounds).
import { readConfig } from '../src/server/config.ts';
import { EXIT_CODES } from '../src/server/operations/exit-codes.ts';
import { runServerProcess } from '../src/server/operations/server-process.ts';

let config;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(EXIT_CODES.badSettings);
}
await runServerProcess(config);
