import { availableParallelism } from 'node:os';
import { expect, it } from 'vitest';
import { readConfig } from '../../../src/server/config.ts';

it('starts a verification worker per core less one (at least one), VERIFY_WORKERS when set, none at 0', () => {
  expect(readConfig({}).verifyWorkers).toBe(Math.max(1, availableParallelism() - 1));
  expect(readConfig({ VERIFY_WORKERS: '3' }).verifyWorkers).toBe(3);
  expect(readConfig({ VERIFY_WORKERS: '0' }).verifyWorkers).toBe(0);
  expect(() => readConfig({ VERIFY_WORKERS: 'many' })).toThrow(/verifyWorkers/);
  expect(() => readConfig({ VERIFY_WORKERS: '-1' })).toThrow(/verifyWorkers/);
});
