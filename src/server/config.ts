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
  rateLimit: { max: 600, createMax: 20 },
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

export function readConfig(env: Env): ServerConfig {
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const d = DEFAULT_CONFIG;
  const rateLimitOff = value('RATE_LIMIT') === 'off';
  const xapiEndpoint = value('XAPI_ENDPOINT');
  const raw = {
    host: value('HOST') ?? d.host,
    port: value('PORT') ?? d.port,
    databaseUrl: value('DATABASE_URL') ?? null,
    dataDir: value('DATA_DIR') ?? d.dataDir,
    storiesDir: value('STORIES_DIR') ?? d.storiesDir,
    staticDir: value('STATIC_DIR') ?? d.staticDir,
    publicUrl: value('PUBLIC_URL') ?? null,
    corsOrigins: (value('CORS_ORIGINS') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''),
    trustProxy: value('TRUST_PROXY') === 'true',
    rateLimit: rateLimitOff ? null : {
      max: value('RATE_LIMIT') ?? d.rateLimit!.max,
      createMax: value('RATE_LIMIT_CREATE') ?? d.rateLimit!.createMax,
    },
    bodyLimit: value('BODY_LIMIT') ?? d.bodyLimit,
    scenarioBodyLimit: value('SCENARIO_BODY_LIMIT') ?? d.scenarioBodyLimit,
    cohortCreationKey: value('COHORT_CREATION_KEY') ?? null,
    cohortCreation: value('COHORT_CREATION') ?? d.cohortCreation,
    operations: {
      requestTimeoutMs: value('REQUEST_TIMEOUT_MS') ?? d.operations.requestTimeoutMs,
      headersTimeoutMs: value('HEADERS_TIMEOUT_MS') ?? d.operations.headersTimeoutMs,
      keepAliveTimeoutMs: value('KEEP_ALIVE_TIMEOUT_MS') ?? d.operations.keepAliveTimeoutMs,
      connectionTimeoutMs: value('CONNECTION_TIMEOUT_MS') ?? d.operations.connectionTimeoutMs,
      readyTimeoutMs: value('READY_TIMEOUT_MS') ?? d.operations.readyTimeoutMs,
      shutdownTimeoutMs: value('SHUTDOWN_TIMEOUT_MS') ?? d.operations.shutdownTimeoutMs,
      stallTimeoutMs: value('STALL_TIMEOUT_MS') === 'off' ? null : value('STALL_TIMEOUT_MS') ?? d.operations.stallTimeoutMs,
      storageProbeMs: value('STORAGE_PROBE_MS') ?? d.operations.storageProbeMs,
      storageFailureExitMs: value('STORAGE_FAILURE_EXIT_MS') ?? d.operations.storageFailureExitMs,
    },
    xapi: xapiEndpoint === undefined ? null : {
      endpoint: xapiEndpoint,
      auth: value('XAPI_AUTH') ?? null,
      pollMs: value('XAPI_POLL_MS') ?? 1000,
      baseDelayMs: value('XAPI_RETRY_BASE_MS') ?? 2000,
      maxDelayMs: value('XAPI_RETRY_MAX_MS') ?? 3_600_000,
      maxTries: value('XAPI_MAX_TRIES') ?? 12,
      timeoutMs: value('XAPI_TIMEOUT_MS') ?? 10_000,
    },
    weekOffsetMinutes: value('WEEK_UTC_OFFSET_MINUTES') ?? d.weekOffsetMinutes,
    maxExploreStates: value('MAX_EXPLORE_STATES') ?? d.maxExploreStates,
    logLevel: value('LOG_LEVEL') ?? d.logLevel,
    submitRateLimit: value('RATE_LIMIT_SUBMIT') === 'off' ? null : value('RATE_LIMIT_SUBMIT') ?? d.submitRateLimit,
    checking: {
      timeLimitMs: value('CHECK_TIME_LIMIT_MS') ?? d.checking.timeLimitMs,
      shippedTimeLimitMs: value('CHECK_SHIPPED_TIME_LIMIT_MS') ?? d.checking.shippedTimeLimitMs,
      heapMb: value('CHECK_HEAP_MB') ?? d.checking.heapMb,
      workers: value('CHECK_WORKERS') ?? d.checking.workers,
      queueLimit: value('CHECK_QUEUE') ?? d.checking.queueLimit,
    },
    verifyWorkers: value('VERIFY_WORKERS') ?? d.verifyWorkers,
  };
  const parsed = ServerConfig.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`bad server settings in the environment:\n${lines.join('\n')}`);
  }
  cohortCreationRule(parsed.data);
  return parsed.data;
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
