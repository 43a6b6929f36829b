import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG, HANDED_SETTINGS, SETTING_VARIABLES, cohortCreationRule, handOver, isLoopbackHost, publicUrlOf, readConfig, settingsOf,
} from '../../src/server/config.ts';

describe('server settings', () => {
  it('defaults to the embedded database on 127.0.0.1 with rate limits and no xAPI', () => {
    expect(readConfig({})).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG).toMatchObject({ host: '127.0.0.1', databaseUrl: null, dataDir: '.data/pglite', xapi: null });
  });

  it('reads PostgreSQL, xAPI, CORS and limits from the environment', () => {
    const config = readConfig({
      DATABASE_URL: 'postgres://u@db/app', PORT: '9000', XAPI_ENDPOINT: 'https://lrs.example/xapi', XAPI_AUTH: 'Basic eDp5',
      CORS_ORIGINS: 'https://a.example, https://b.example', RATE_LIMIT: '100', WEEK_UTC_OFFSET_MINUTES: '480', PUBLIC_URL: 'https://game.example/',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u@db/app', port: 9000, corsOrigins: ['https://a.example', 'https://b.example'],
      rateLimit: { max: 100, createMax: 20 }, weekOffsetMinutes: 480,
      xapi: { endpoint: 'https://lrs.example/xapi', auth: 'Basic eDp5', maxTries: 12 },
    });
    expect(publicUrlOf(config)).toBe('https://game.example');
    expect(readConfig({ RATE_LIMIT: 'off' }).rateLimit).toBeNull();
    expect(publicUrlOf(readConfig({}), 4321)).toBe('http://127.0.0.1:4321');
  });

  it('names every bad setting', () => {
    expect(() => readConfig({ PORT: 'eighty', XAPI_ENDPOINT: 'not a url' })).toThrow(/port:[\s\S]*xapi\.endpoint:/);
  });

  it('reads the operational bounds, with defaults', () => {
    expect(DEFAULT_CONFIG.operations).toMatchObject({ requestTimeoutMs: 30_000, headersTimeoutMs: 10_000, readyTimeoutMs: 2000, shutdownTimeoutMs: 10_000, stallTimeoutMs: 60_000 });
    const config = readConfig({ REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '2000', SHUTDOWN_TIMEOUT_MS: '3000', STALL_TIMEOUT_MS: 'off', STORAGE_PROBE_MS: '0' });
    expect(config.operations).toMatchObject({ requestTimeoutMs: 5000, headersTimeoutMs: 2000, shutdownTimeoutMs: 3000, stallTimeoutMs: null, storageProbeMs: 0 });
    expect(() => readConfig({ REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '6000' })).toThrow(/HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS/);
  });
});

describe('who may create cohorts', () => {
  it('knows the loopback addresses from the rest', () => {
    for (const host of ['127.0.0.1', '127.8.9.10', '::1', '[::1]', 'localhost', 'LOCALHOST', '::ffff:127.0.0.1']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.2', 'example.com', 'localhost.example.com', '128.0.0.1', '::2']) expect(isLoopbackHost(host), host).toBe(false);
  });

  it('is open without a key on a loopback host, as npm start runs it', () => {
    expect(cohortCreationRule(readConfig({}))).toBe('open');
    expect(cohortCreationRule(readConfig({ HOST: '::1' }))).toBe('open');
  });

  it('refuses to run on any other address without COHORT_CREATION_KEY, naming the variable', () => {
    expect(() => readConfig({ HOST: '0.0.0.0' })).toThrow(/HOST=0\.0\.0\.0 is not a loopback address[\s\S]*set COHORT_CREATION_KEY[\s\S]*COHORT_CREATION=open/);
    expect(() => cohortCreationRule({ ...DEFAULT_CONFIG, host: '10.1.2.3' })).toThrow(/COHORT_CREATION_KEY/);
  });

  it('needs the key on any address once it is set, and opens only by explicit choice', () => {
    expect(cohortCreationRule(readConfig({ HOST: '0.0.0.0', COHORT_CREATION_KEY: 'k'.repeat(16) }))).toBe('key');
    expect(cohortCreationRule(readConfig({ HOST: '127.0.0.1', COHORT_CREATION_KEY: 'k'.repeat(16) }))).toBe('key');
    expect(cohortCreationRule(readConfig({ HOST: '0.0.0.0', COHORT_CREATION: 'open' }))).toBe('open');
    expect(() => readConfig({ COHORT_CREATION: 'open', COHORT_CREATION_KEY: 'k'.repeat(16) })).toThrow(/both set/);
    expect(() => readConfig({ COHORT_CREATION: 'anyone' })).toThrow(/cohortCreation/);
  });
});

describe('settings handed to the server process', () => {
  const config = readConfig({ PORT: '9000', RATE_LIMIT: 'off', STALL_TIMEOUT_MS: 'off', XAPI_ENDPOINT: 'https://lrs.example/xapi', CHECK_WORKERS: '2' });

  it('are the settings the supervisor read, unchanged', () => {
    expect(settingsOf(handOver(config))).toEqual(config);
  });

  it('are not read from the environment again', () => {
    expect(settingsOf({ ...handOver(config), PORT: '1234', CHECK_WORKERS: '5' })).toEqual(config);
  });

  it('are read from the environment when nothing was handed over (the server process run alone)', () => {
    expect(settingsOf({ PORT: '1234' })).toEqual(readConfig({ PORT: '1234' }));
  });

  it('are validated like the environment, cohort creation rule included', () => {
    expect(() => settingsOf({ [HANDED_SETTINGS]: JSON.stringify({ ...config, port: 'eighty' }) })).toThrow(/bad server settings in SERVER_SETTINGS_JSON:[\s\S]*port:/);
    expect(() => settingsOf({ [HANDED_SETTINGS]: '{ not json' })).toThrow(/bad server settings in SERVER_SETTINGS_JSON/);
    expect(() => settingsOf(handOver({ ...config, host: '0.0.0.0' }))).toThrow(/HOST=0\.0\.0\.0 is not a loopback address/);
  });
});

describe('the settings reference', () => {
  it('lists every variable the server reads', () => {
    const reference = readFileSync('docs/api.md', 'utf8');
    expect(SETTING_VARIABLES).toEqual(expect.arrayContaining(['HOST', 'RATE_LIMIT_CREATE', 'STALL_TIMEOUT_MS', 'XAPI_TIMEOUT_MS', 'CHECK_QUEUE']));
    expect(SETTING_VARIABLES.filter((name) => !reference.includes(`\`${name}\``))).toEqual([]);
  });
});
