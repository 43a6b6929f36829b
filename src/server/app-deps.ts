// What the HTTP layer is built from; assembled in start-server.ts (or by tests).
import type { Clock } from '../core/clock.ts';
import type { Rubric } from '../core/schemas/rubric.ts';
import type { Checker } from './checking/checker.ts';
import type { ServerConfig } from './config.ts';
import type { Database } from './db/database.ts';
import type { ScenarioStore } from './scenarios/scenario-store.ts';
import type { Verifier } from './verify/verifier.ts';
import type { XapiOutbox } from './xapi/xapi-outbox.ts';

export interface AppDeps {
  config: ServerConfig;
  db: Database;
  clock: Clock;
  rubric: Rubric;
  scenarios: ScenarioStore;
  /** The shared Ink library published scenarios may INCLUDE, by checker path. */
  library: ReadonlyMap<string, string>;
  /** null when no Learning Record Store is configured. */
  outbox: XapiOutbox | null;
  /** Base of the IRIs in xAPI statements. */
  publicUrl: string;
  /** Compiles and checks scenarios off the event loop, within time and memory limits. */
  checker: Checker;
  /** Replays submitted attempts, in worker threads unless VERIFY_WORKERS=0. */
  verifier: Verifier;
}
