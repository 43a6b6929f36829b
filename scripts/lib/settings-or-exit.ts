// The server's settings for the serve scripts (read by src/server/config.ts), or the process
// exits with the bad-settings code, naming every bad variable, before anything starts.
import type { ServerConfig } from '../../src/server/config.ts';
import { EXIT_CODES } from '../../src/server/operations/exit-codes.ts';

export function settingsOrExit(read: () => ServerConfig): ServerConfig {
  try {
    return read();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(EXIT_CODES.badSettings);
  }
}
