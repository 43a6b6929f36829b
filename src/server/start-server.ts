// Composition root of the server: opens the database (migrating it), loads the shipped
// scenarios, builds the app, listens, and starts xAPI delivery when configured.
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../core/ports.ts';
import { courseRubric } from '../core/rubric/course-rubric.ts';
import type { Rubric } from '../core/schemas/rubric.ts';
import { buildApp } from './app.ts';
import type { AppDeps } from './app-deps.ts';
import { systemClock } from './clock.ts';
import { publicUrlOf, type ServerConfig } from './config.ts';
import type { Database } from './db/database.ts';
import { openDatabase } from './db/open-database.ts';
import { loadShippedScenarios, readInkLibrary, type ShippedResult } from './scenarios/load-shipped-scenarios.ts';
import { ScenarioStore } from './scenarios/scenario-store.ts';
import { XapiOutbox } from './xapi/xapi-outbox.ts';

// PGlite runs no autovacuum, so its planner statistics are refreshed here instead.
const PGLITE_ANALYZE_EVERY_MS = 30 * 60_000;

export interface CreateOptions {
  config: ServerConfig;
  clock?: Clock;
  rubric?: Rubric;
  /** An open, migrated database; by default one is opened from the config and closed with the app. */
  db?: Database;
}

export interface CreatedApp {
  app: FastifyInstance;
  deps: AppDeps;
  shipped: ShippedResult;
  /** Stops xAPI delivery, closes the app, and closes the database if this opened it. */
  close(): Promise<void>;
}

export async function createApp(options: CreateOptions): Promise<CreatedApp> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const rubric = options.rubric ?? courseRubric;
  const db = options.db ?? await openDatabase(config);
  try {
    const scenarios = new ScenarioStore(db, clock, config.maxExploreStates);
    const shipped = await loadShippedScenarios(db, scenarios, config.storiesDir, rubric);
    const outbox = config.xapi ? new XapiOutbox(db, config.xapi, clock) : null;
    const deps: AppDeps = {
      config, db, clock, rubric, scenarios, outbox, library: readInkLibrary(config.storiesDir), publicUrl: publicUrlOf(config),
    };
    const app = await buildApp(deps);
    let analyze: NodeJS.Timeout | null = null;
    if (db.kind === 'pglite' && !options.db) {
      await db.exec('ANALYZE');
      analyze = setInterval(() => void db.exec('ANALYZE').catch(() => undefined), PGLITE_ANALYZE_EVERY_MS).unref();
    }
    return {
      app, deps, shipped,
      async close() {
        if (analyze) clearInterval(analyze);
        await outbox?.stop();
        await app.close();
        if (!options.db) await db.close();
      },
    };
  } catch (error) {
    if (!options.db) await db.close();
    throw error;
  }
}

export interface RunningServer extends CreatedApp {
  url: string;
  port: number;
}

export async function startServer(options: CreateOptions): Promise<RunningServer> {
  const created = await createApp(options);
  try {
    await created.app.listen({ host: options.config.host, port: options.config.port });
  } catch (error) {
    await created.close();
    throw error;
  }
  const address = created.app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.config.port;
  created.deps.publicUrl = publicUrlOf(options.config, port);
  created.deps.outbox?.start();
  return { ...created, port, url: `http://${options.config.host}:${port}` };
}
