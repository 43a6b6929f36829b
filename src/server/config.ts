// Server settings from the environment, validated once at startup (docs/api.md lists them).
import { BlockList, isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { z } from 'zod';

const Port = z.coerce.number().int().min(0).max(65_535);
const Positive = z.coerce.number().int().positive();
const Millis = z.coerce.number().int().min(0);

/** Operational bounds: HTTP timeouts, readiness, shutdown, the stall and data-folder watchdogs. */
export const OperationsConfig = z.object({
  /** Whole request, headers and body, from the client (Node's requestTimeout). */
  requestTimeoutMs: Positive,
  /** Request headers (Node's headersTimeout); at most requestTimeoutMs. */
  headersTimeoutMs: Positive,
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: Positive,
  /** A socket with no traffic either way is closed after this (Node's server.setTimeout). */
  connectionTimeoutMs: Positive,
  /** GET /api/ready fails when a database write and read take longer. */
  readyTimeoutMs: Positive,
  /** SIGTERM to exit, whatever is stuck: past it the supervisor kills the server process. */
  shutdownTimeoutMs: Positive,
  /** The supervisor kills a server whose event loop has not answered for this long; null = never. */
  stallTimeoutMs: Positive.nullable(),
  /** How often a probe file is written and fsynced in the data folder; 0 = only the per-call checks. */
  storageProbeMs: Millis,
  /** After the data folder fails, writes get 503 for this long, then the process exits (code 3). */
  storageFailureExitMs: Millis,
}).refine((o) => o.headersTimeoutMs <= o.requestTimeoutMs, { message: 'HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS', path: ['headersTimeoutMs'] });
export type OperationsConfig = z.infer<typeof OperationsConfig>;

export const XapiConfig = z.object({
  endpoint: z.url(),
  /** The whole Authorization header value, e.g. "Basic dXNlcjpwYXNz". */
  auth: z.string().min(1).nullable(),
  pollMs: Positive,
  baseDelayMs: Positive,
  maxDelayMs: Positive,
  maxTries: Positive,
  timeoutMs: Positive,
});
export type XapiConfig = z.infer<typeof XapiConfig>;

export const ServerConfig = z.object({
  host: z.string().min(1),
  port: Port,
  databaseUrl: z.string().min(1).nullable(),
  dataDir: z.string().min(1),
  storiesDir: z.string().min(1),
  staticDir: z.string().min(1),
  /** Base of the IRIs in xAPI statements; defaults to http://host:port. */
  publicUrl: z.url().nullable(),
  corsOrigins: z.array(z.string().min(1)),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for rate limits). */
  trustProxy: z.boolean(),
  /** Requests per minute per client address; null turns rate limiting off (benchmarks, tests). */
  rateLimit: z.object({ max: Positive, createMax: Positive }).nullable(),
  bodyLimit: Positive,
  scenarioBodyLimit: Positive,
  /** When set, creating a cohort needs it as a bearer token. */
  cohortCreationKey: z.string().min(16).nullable(),
  /** 'auto': without a key, open only on a loopback host; 'open': open on any host (COHORT_CREATION=open). */
  cohortCreation: z.enum(['auto', 'open']),
  operations: OperationsConfig,
  xapi: XapiConfig.nullable(),
  /** "This week" starts on Monday 00:00 at this offset from UTC, in minutes (480 for China). */
  weekOffsetMinutes: z.coerce.number().int().min(-720).max(840),
  /** Largest state space the checker explores for a published scenario before refusing it. */
  maxExploreStates: Positive,
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** Attempts per minute per trainee token, on top of the per-address limit; null = off (also off with rateLimit). */
  submitRateLimit: Positive.nullable(),
  /** The checking workers publishing and re-bounding run in (src/server/checking/checker-pool.ts). */
  checking: z.object({
    timeLimitMs: Positive, shippedTimeLimitMs: Positive, heapMb: z.coerce.number().int().min(32),
    workers: z.coerce.number().int().min(1).max(16), queueLimit: z.coerce.number().int().min(0),
  }),
  /** Threads that replay submitted attempts (src/server/verify/verify-pool.ts); 0 replays on the event loop. */
  verifyWorkers: z.coerce.number().int().min(0).max(64),
});
export type ServerConfig = z.infer<typeof ServerConfig>;

const RATE_LIMIT_DEFAULTS = { max: 600, createMax: 20 };

/** xAPI delivery once XAPI_ENDPOINT is set. */
const XAPI_DEFAULTS: Omit<XapiConfig, 'endpoint'> = {
  auth: null, pollMs: 1000, baseDelayMs: 2000, maxDelayMs: 3_600_000, maxTries: 12, timeoutMs: 10_000,
};

export const DEFAULT_CONFIG: ServerConfig = {
  host: '127.0.0.1',
  port: 8080,
  databaseUrl: null,
  dataDir: '.data/pglite',
  storiesDir: 'stories',
  staticDir: 'dist',
  publicUrl: null,
  corsOrigins: [],
  trustProxy: false,
  rateLimit: RATE_LIMIT_DEFAULTS,
  bodyLimit: 64 * 1024,
  scenarioBodyLimit: 1024 * 1024,
  cohortCreationKey: null,
  cohortCreation: 'auto',
  operations: {
    requestTimeoutMs: 30_000,
    headersTimeoutMs: 10_000,
    // Longer than the 60 s idle timeout of common load balancers, so they close first (Fastify's own default).
    keepAliveTimeoutMs: 72_000,
    connectionTimeoutMs: 120_000,
    readyTimeoutMs: 2000,
    shutdownTimeoutMs: 10_000,
    stallTimeoutMs: 60_000,
    storageProbeMs: 2000,
    storageFailureExitMs: 3000,
  },
  xapi: null,
  weekOffsetMinutes: 0,
  maxExploreStates: 200_000,
  logLevel: 'info',
  submitRateLimit: 30,
  // The largest shipped scenario (24k states) checks in 14–40 s on a 2-core machine, quiet to busy.
  checking: { timeLimitMs: 60_000, shippedTimeLimitMs: 300_000, heapMb: 256, workers: 1, queueLimit: 2 },
  // One core is left to the event loop, which serves every request and the embedded database.
  verifyWorkers: Math.max(1, availableParallelism() - 1),
};

type Env = Record<string, string | undefined>;

/** How a variable's text becomes a setting; by default the text itself, which the schema coerces. */
type Read = (text: string) => unknown;
const list: Read = (text) => text.split(',').map((s) => s.trim()).filter((s) => s !== '');
const flag: Read = (text) => text === 'true';
const orOff: Read = (text) => (text === 'off' ? null : text);

/** Each setting of a group and the variable it is read from (docs/api.md lists them). */
type Variables<T> = { [K in keyof T]-?: string | [string, Read] };

const TOP: Variables<Omit<ServerConfig, 'rateLimit' | 'operations' | 'xapi' | 'checking'>> = {
  host: 'HOST',
  port: 'PORT',
  databaseUrl: 'DATABASE_URL',
  dataDir: 'DATA_DIR',
  storiesDir: 'STORIES_DIR',
  staticDir: 'STATIC_DIR',
  publicUrl: 'PUBLIC_URL',
  corsOrigins: ['CORS_ORIGINS', list],
  trustProxy: ['TRUST_PROXY', flag],
  bodyLimit: 'BODY_LIMIT',
  scenarioBodyLimit: 'SCENARIO_BODY_LIMIT',
  cohortCreationKey: 'COHORT_CREATION_KEY',
  cohortCreation: 'COHORT_CREATION',
  weekOffsetMinutes: 'WEEK_UTC_OFFSET_MINUTES',
  maxExploreStates: 'MAX_EXPLORE_STATES',
  logLevel: 'LOG_LEVEL',
  submitRateLimit: ['RATE_LIMIT_SUBMIT', orOff],
  verifyWorkers: 'VERIFY_WORKERS',
};

/** RATE_LIMIT=off turns the whole group off. */
const RATE_LIMIT: Variables<typeof RATE_LIMIT_DEFAULTS> = { max: 'RATE_LIMIT', createMax: 'RATE_LIMIT_CREATE' };

const OPERATIONS: Variables<OperationsConfig> = {
  requestTimeoutMs: 'REQUEST_TIMEOUT_MS',
  headersTimeoutMs: 'HEADERS_TIMEOUT_MS',
  keepAliveTimeoutMs: 'KEEP_ALIVE_TIMEOUT_MS',
  connectionTimeoutMs: 'CONNECTION_TIMEOUT_MS',
  readyTimeoutMs: 'READY_TIMEOUT_MS',
  shutdownTimeoutMs: 'SHUTDOWN_TIMEOUT_MS',
  stallTimeoutMs: ['STALL_TIMEOUT_MS', orOff],
  storageProbeMs: 'STORAGE_PROBE_MS',
  storageFailureExitMs: 'STORAGE_FAILURE_EXIT_MS',
};

/** The group exists only when XAPI_ENDPOINT is set. */
const XAPI: Variables<XapiConfig> = {
  endpoint: 'XAPI_ENDPOINT',
  auth: 'XAPI_AUTH',
  pollMs: 'XAPI_POLL_MS',
  baseDelayMs: 'XAPI_RETRY_BASE_MS',
  maxDelayMs: 'XAPI_RETRY_MAX_MS',
  maxTries: 'XAPI_MAX_TRIES',
  timeoutMs: 'XAPI_TIMEOUT_MS',
};

const CHECKING: Variables<ServerConfig['checking']> = {
  timeLimitMs: 'CHECK_TIME_LIMIT_MS',
  shippedTimeLimitMs: 'CHECK_SHIPPED_TIME_LIMIT_MS',
  heapMb: 'CHECK_HEAP_MB',
  workers: 'CHECK_WORKERS',
  queueLimit: 'CHECK_QUEUE',
};

/** Every variable the settings are read from, for the test that docs/api.md lists each one. */
export const SETTING_VARIABLES: readonly string[] = [TOP, RATE_LIMIT, OPERATIONS, XAPI, CHECKING]
  .flatMap((variables) => Object.values<string | [string, Read]>(variables))
  .map((variable) => (typeof variable === 'string' ? variable : variable[0]));

/** Settings as validated by the schema, or an error that names every bad one. */
function validated(raw: unknown, from: string): ServerConfig {
  const parsed = ServerConfig.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`bad server settings in ${from}:\n${lines.join('\n')}`);
  }
  cohortCreationRule(parsed.data);
  return parsed.data;
}

export function readConfig(env: Env): ServerConfig {
  const text = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  /** A group of settings: each from its variable when set, else its default. */
  const group = <T extends object>(variables: Variables<T>, defaults: Partial<T>): Record<string, unknown> =>
    Object.fromEntries(Object.entries<string | [string, Read]>(variables).map(([key, variable]) => {
      const [name, read] = typeof variable === 'string' ? [variable, null] : variable;
      const found = text(name);
      return [key, found === undefined ? defaults[key as keyof T] : read ? read(found) : found];
    }));
  const d = DEFAULT_CONFIG;
  return validated({
    ...group(TOP, d),
    rateLimit: text('RATE_LIMIT') === 'off' ? null : group(RATE_LIMIT, RATE_LIMIT_DEFAULTS),
    operations: group(OPERATIONS, d.operations),
    xapi: text('XAPI_ENDPOINT') === undefined ? null : group(XAPI, XAPI_DEFAULTS),
    checking: group(CHECKING, d.checking),
  }, 'the environment');
}

/**
 * Where scripts/serve.ts hands the server process it supervises the settings it has read, so the
 * environment is read once and both processes run on the same settings.
 */
export const HANDED_SETTINGS = 'SERVER_SETTINGS_JSON';

/** The variables that hand `config` to a server process. */
export function handOver(config: ServerConfig): Record<string, string> {
  return { [HANDED_SETTINGS]: JSON.stringify(config) };
}

/** The settings handed over by a supervisor, or (a server process run alone) read from the environment. */
export function settingsOf(env: Env): ServerConfig {
  const handed = env[HANDED_SETTINGS];
  if (handed === undefined) return readConfig(env);
  let raw: unknown;
  try {
    raw = JSON.parse(handed);
  } catch (error) {
    throw new Error(`bad server settings in ${HANDED_SETTINGS}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return validated(raw, HANDED_SETTINGS);
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

/** Only this machine can reach a server listening here. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (bare.toLowerCase() === 'localhost') return true;
  const family = isIP(bare);
  return family !== 0 && LOOPBACK.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Who may create cohorts: the key's holders when COHORT_CREATION_KEY is set, anyone otherwise.
 * Anyone is allowed only on a loopback host or by COHORT_CREATION=open: throws otherwise, so
 * a server reachable from the network never starts with cohort creation open by accident.
 */
export function cohortCreationRule(config: Pick<ServerConfig, 'host' | 'cohortCreationKey' | 'cohortCreation'>): 'key' | 'open' {
  if (config.cohortCreationKey !== null) {
    if (config.cohortCreation === 'open') throw new Error('COHORT_CREATION=open and COHORT_CREATION_KEY are both set: unset one (the key restricts creating cohorts, "open" allows anyone)');
    return 'key';
  }
  if (config.cohortCreation === 'open' || isLoopbackHost(config.host)) return 'open';
  throw new Error(
    `HOST=${config.host} is not a loopback address, so anyone who reaches the server could create cohorts: ` +
    'set COHORT_CREATION_KEY (16 or more characters) and give it to the trainers who create cohorts, ' +
    'or set COHORT_CREATION=open to allow anyone deliberately',
  );
}

export function publicUrlOf(config: ServerConfig, port = config.port): string {
  return (config.publicUrl ?? `http://${config.host}:${port}`).replace(/\/+$/, '');
}
