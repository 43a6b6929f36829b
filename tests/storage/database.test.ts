import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, onSuperseded } from '../../src/storage/database.ts';
import { IdbSaveStore } from '../../src/storage/idb-save-store.ts';
import { SubmissionQueue } from '../../src/storage/submission-queue.ts';

describe('the trainee database across releases', () => {
  it('steps aside for a newer release in another tab instead of blocking its upgrade, and says so', async () => {
    const name = 'superseded-db';
    const store = await IdbSaveStore.open(name);
    const queue = await SubmissionQueue.open(name);
    await store.putSettings({ language: 'zh-CN', mode: 'exam', sound: false, shareCoachRuns: false });
    let told = 0;
    const stop = onSuperseded(() => { told += 1; });

    // The newer release: it opens one version up and must get through without waiting.
    let blocked = false;
    const newer = await openDB(name, DB_VERSION + 1, { blocked: () => { blocked = true; } });
    expect(blocked).toBe(false);
    expect(told).toBe(2); // both of this page's connections
    // What was saved before is all there for the newer release.
    expect(await newer.get('kv', 'settings')).toEqual({ language: 'zh-CN', mode: 'exam', sound: false, shareCoachRuns: false });
    // This page can no longer write; it fails rather than writing past the upgrade.
    await expect(store.putSettings({ language: 'en', mode: 'coach', sound: true, shareCoachRuns: true })).rejects.toThrow();
    await expect(queue.getMembership()).rejects.toThrow();
    newer.close();
    stop();
  });

  it('stops telling a listener once it unsubscribes', async () => {
    const name = 'superseded-quiet';
    await IdbSaveStore.open(name);
    let told = 0;
    onSuperseded(() => { told += 1; })();
    (await openDB(name, DB_VERSION + 1)).close();
    expect(told).toBe(0);
  });
});
