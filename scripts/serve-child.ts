// The cohort server process that scripts/serve.ts supervises, on the settings the supervisor
// hands it (it may also run alone: `tsx scripts/serve-child.ts` reads them from the environment,
// with no supervisor to enforce the shutdown and stall bounds).
import { settingsOf } from '../src/server/config.ts';
import { runServerProcess } from '../src/server/operations/server-process.ts';
import { settingsOrExit } from './lib/settings-or-exit.ts';

await runServerProcess(settingsOrExit(() => settingsOf(process.env)));
