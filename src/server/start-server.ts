// Composition root of the server: opens the database (migrating it), loads the shipped
// scenarios, builds the app, listens, and starts xAPI delivery when configured.
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../core/clock.ts';
import { courseRubric } from '../core/rubric/course-rubric.ts';
import type { Rubric } from '../core/schemas/rubric.ts';
import { buildApp } from './app.ts';
import type { AppDeps } from './app-deps.ts';
import { CheckerPool } from './checking/checker-pool.ts';
import { systemClock } from './clock.ts';
import { cohortCreationRule, publicUrlOf, type ServerConfig } from './config.ts';
import type { Database } from './db/database.ts';
import { openDatabase } from './db/open-database.ts';
import { loadShippedScenarios, readInkLibrary, type ShippedResult } from './scenarios/load-shipped-scenarios.ts';
import { ScenarioStore } from './scenarios/scenario-store.ts';
import { createVerifier } from './verify/verifier.ts';
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
  /**
   * Stops taking connections, lets running requests finish for half the shutdown bound and then
   * closes their connections, stops xAPI delivery and the checking and verifying workers, and closes the
   * database if this opened it.
   */
  close(): Promise<void>;
}

export async function createApp(options: CreateOptions): Promise<CreatedApp> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const rubric = options.rubric ?? courseRubric;
  const db = options.db ?? await openDatabase(config);
  const checker = new CheckerPool(config.checking);
  const verifier = createVerifier(config.verifyWorkers);
  try {
    const scenarios = new ScenarioStore(db, clock, checker, config.maxExploreStates);
    const shipped = await loadShippedScenarios(db, scenarios, checker, config.storiesDir, rubric);
    const outbox = config.xapi ? new XapiOutbox(db, config.xapi, clock) : null;
    const deps: AppDeps = {
      config, db, clock, rubric, scenarios, outbox, library: readInkLibrary(config.storiesDir), publicUrl: publicUrlOf(config), checker, verifier,
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
        // A client that sent half a body and stalls would hold close() until its request timeout.
        const drain = setTimeout(() => app.server.closeAllConnections(), config.operations.shutdownTimeoutMs / 2);
        drain.unref();
        try {
          await Promise.all([outbox?.stop(), app.close()]);
        } finally {
          clearTimeout(drain);
        }
        await checker.close();
        await verifier.close();
        if (!options.db) await db.close();
      },
    };
  } catch (error) {
    await checker.close();
    await verifier.close();
    if (!options.db) await db.close();
    throw error;
  }
}

export interface RunningServer extends CreatedApp {
  url: string;
  port: number;
}

export async function startServer(options: CreateOptions): Promise<RunningServer> {
  // Before any work: a server reachable from the network with cohort creation open refuses to start.
  cohortCreationRule(options.config);
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
