// The checking workers' limits come from the environment, with defaults that let the largest
// shipped scenario publish on a busy 2-core machine, and nonsense refused at start.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, readConfig } from '../../../src/server/config.ts';

describe('checking settings', () => {
  it('defaults to one worker, a minute per check, 256 MB and two waiting', () => {
    expect(readConfig({}).checking).toEqual({ timeLimitMs: 60_000, shippedTimeLimitMs: 300_000, heapMb: 256, workers: 1, queueLimit: 2 });
    expect(readConfig({}).checking).toEqual(DEFAULT_CONFIG.checking);
  });

  it('reads each limit from its variable', () => {
    const checking = readConfig({
      CHECK_TIME_LIMIT_MS: '20000', CHECK_SHIPPED_TIME_LIMIT_MS: '90000', CHECK_HEAP_MB: '512', CHECK_WORKERS: '2', CHECK_QUEUE: '0',
    }).checking;
    expect(checking).toEqual({ timeLimitMs: 20_000, shippedTimeLimitMs: 90_000, heapMb: 512, workers: 2, queueLimit: 0 });
  });

  it('refuses a heap too small to load the checker, or no worker at all', () => {
    expect(() => readConfig({ CHECK_HEAP_MB: '8' })).toThrow(/checking\.heapMb/);
    expect(() => readConfig({ CHECK_WORKERS: '0' })).toThrow(/checking\.workers/);
    expect(() => readConfig({ CHECK_TIME_LIMIT_MS: 'soon' })).toThrow(/checking\.timeLimitMs/);
  });
});
