// Server settings from the environment, validated once at startup (docs/api.md lists them).
import { z } from 'zod';

const Port = z.coerce.number().int().min(0).max(65_535);
const Positive = z.coerce.number().int().positive();

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
  xapi: XapiConfig.nullable(),
  /** "This week" starts on Monday 00:00 at this offset from UTC, in minutes (480 for China). */
  weekOffsetMinutes: z.coerce.number().int().min(-720).max(840),
  /** Largest state space the checker explores for a published scenario before refusing it. */
  maxExploreStates: Positive,
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
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
  xapi: null,
  weekOffsetMinutes: 0,
  maxExploreStates: 200_000,
  logLevel: 'info',
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
  };
  const parsed = ServerConfig.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`bad server settings in the environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function publicUrlOf(config: ServerConfig, port = config.port): string {
  return (config.publicUrl ?? `http://${config.host}:${port}`).replace(/\/+$/, '');
}
