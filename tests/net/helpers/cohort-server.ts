// Starts the real cohort server for client and browser tests: a PGlite copy of the migrated
// template in a temp folder, port 0, and a stories folder holding the shared library plus one
// shipped scenario (checking all of them would add half a minute to every start).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG, type ServerConfig } from '../../../src/server/config.ts';
import { startServer, type RunningServer } from '../../../src/server/start-server.ts';
import { testPgliteDataDir } from '../../server/helpers/test-databases.ts';

export const SHIPPED_ID = 'outbound-bundle';

export interface CohortServer {
  server: RunningServer;
  url: string;
  storiesDir: string;
  stop(): Promise<void>;
}

export async function startCohortServer(overrides: Partial<ServerConfig> = {}): Promise<CohortServer> {
  const storiesDir = mkdtempSync(join(tmpdir(), 'net-stories-'));
  cpSync('stories/_lib', join(storiesDir, '_lib'), { recursive: true });
  cpSync(`stories/${SHIPPED_ID}`, join(storiesDir, SHIPPED_ID), { recursive: true });
  const data = await testPgliteDataDir();
  try {
    const server = await startServer({
      config: {
        ...DEFAULT_CONFIG,
        port: 0,
        dataDir: data.dataDir,
        storiesDir,
        staticDir: join(storiesDir, 'no-static-dir'),
        rateLimit: null,
        logLevel: 'silent',
        ...overrides,
      },
    });
    return {
      server, url: server.url, storiesDir,
      async stop() {
        await server.close();
        data.remove();
        rmSync(storiesDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    data.remove();
    rmSync(storiesDir, { recursive: true, force: true });
    throw error;
  }
}
