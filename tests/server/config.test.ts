import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, publicUrlOf, readConfig } from '../../src/server/config.ts';

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
});
