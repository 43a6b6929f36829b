import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IdbSaveStore } from '../../src/storage/idb-save-store.ts';
import type { LocalScenario } from '../../src/core/schemas/records.ts';

let n = 0;
const scenario = (source: string, at: string): LocalScenario => ({
  key: 'my-customer/en', id: 'my-customer', language: 'en', source, bundle: null, origin: 'authored', updatedAt: at,
});

describe('local scenarios', () => {
  it('keeps every saved version so undo works after a reload', async () => {
    const name = `lib-${++n}`;
    const store = await IdbSaveStore.open(name);
    await store.scenarios.save(scenario('v1', '2026-11-23T10:00:00.000Z'));
    await store.scenarios.save(scenario('v2', '2026-11-23T10:01:00.000Z'));
    await store.scenarios.save(scenario('v2', '2026-11-23T10:02:00.000Z'));
    store.close();
    const reopened = await IdbSaveStore.open(name);
    expect((await reopened.scenarios.versions('my-customer/en')).map((v) => v.source)).toEqual(['v1', 'v2']);
    expect((await reopened.scenarios.undo('my-customer/en'))?.source).toBe('v1');
    expect(await reopened.scenarios.undo('my-customer/en')).toBeNull();
  });

  it('removes a scenario together with its history', async () => {
    const store = await IdbSaveStore.open(`lib-${++n}`);
    await store.scenarios.save(scenario('v1', '2026-11-23T10:00:00.000Z'));
    await store.scenarios.remove('my-customer/en');
    expect(await store.scenarios.list()).toEqual([]);
    expect(await store.scenarios.versions('my-customer/en')).toEqual([]);
  });

  it('refuses to save a record with a malformed key', async () => {
    const store = await IdbSaveStore.open(`lib-${++n}`);
    await expect(store.scenarios.save({ ...scenario('x', '2026-11-23T10:00:00.000Z'), key: '<script>/en' })).rejects.toThrow();
  });
});
