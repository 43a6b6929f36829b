import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { IdbSaveStore } from '../../src/storage/idb-save-store.ts';
import { exportBackup, importBackup, BackupError } from '../../src/storage/backup.ts';
import type { AttemptRecord } from '../../src/core/schemas/records.ts';

let dbCount = 0;
const freshName = (): string => `test-db-${++dbCount}`;
const fixedClock = { now: () => Date.parse('2026-11-23T10:00:00Z') };

function attempt(id: string, overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    id, scenarioId: 'outbound-bundle', language: 'en', contentHash: 'a'.repeat(64), rubricVersion: '1.0.0', seed: 1,
    choices: [0, 1], mode: 'exam', local: false, status: 'finished', redLines: [], outcome: 'sale', scores: { discovery: 80 }, overall: 80,
    techniques: ['fabe'], faults: [], startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:05:00.000Z',
    durationMs: 300000, simulatedSeconds: 240, ...overrides,
  };
}

describe('the trainee store', () => {
  it('returns default settings before any are saved', async () => {
    const store = await IdbSaveStore.open(freshName(), fixedClock);
    expect(await store.getSettings()).toEqual({ language: 'en', mode: 'coach', sound: true, shareCoachRuns: true });
  });

  it('keeps the run in progress until the attempt is finished', async () => {
    const name = freshName();
    const store = await IdbSaveStore.open(name, fixedClock);
    const run = { ...attempt('run-12345'), startedAt: '2026-11-23T09:00:00.000Z', updatedAt: '2026-11-23T09:01:00.000Z' };
    const { outcome: _o, scores: _s, overall: _v, techniques: _t, faults: _f, finishedAt: _e, durationMs: _d, simulatedSeconds: _x, ...inputs } = run;
    await store.putRun(inputs);
    store.close();
    const reopened = await IdbSaveStore.open(name, fixedClock);
    expect((await reopened.getRun())?.choices).toEqual([0, 1]);
    await reopened.finishRun(attempt('run-12345'));
    expect(await reopened.getRun()).toBeNull();
    expect((await reopened.listAttempts()).map((a) => a.id)).toEqual(['run-12345']);
  });

  it('quarantines a corrupt attempt instead of failing the list', async () => {
    const name = freshName();
    const store = await IdbSaveStore.open(name, fixedClock);
    await store.addAttempt(attempt('good-attempt'));
    const raw = await openDB(name);
    await raw.put('attempts', { id: 'bad-attempt', scenarioId: 'outbound-bundle', overall: 'ninety' });
    raw.close();
    const list = await store.listAttempts();
    expect(list.map((a) => a.id)).toEqual(['good-attempt']);
    const quarantine = await store.listQuarantine();
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ store: 'attempts', key: 'bad-attempt', quarantinedAt: '2026-11-23T10:00:00.000Z' });
    expect(quarantine[0]?.reason).toMatch(/language: Invalid option/);
    expect(await store.listAttempts()).toHaveLength(1);
  });

  it('quarantines corrupt settings and falls back to the defaults', async () => {
    const name = freshName();
    const store = await IdbSaveStore.open(name, fixedClock);
    const raw = await openDB(name);
    await raw.put('kv', { language: 'klingon' }, 'settings');
    raw.close();
    expect((await store.getSettings()).language).toBe('en');
    expect((await store.listQuarantine())[0]).toMatchObject({ store: 'kv', key: 'settings' });
  });
});

describe('migrating from the first release\'s database', () => {
  it('moves version 1 settings and attempts into the current shape', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('settings');
        db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('by-scenario', 'scenarioId');
      },
    });
    await v1.put('settings', { lang: 'zh', coach: false }, 'current');
    const { language: _l, mode: _m, local: _x, techniques: _t, faults: _f, durationMs: _d, simulatedSeconds: _s, ...old } = attempt('old-attempt');
    await v1.put('attempts', { ...old, lang: 'zh' });
    await v1.put('attempts', { id: 'broken-old', lang: 'en' });
    v1.close();

    const store = await IdbSaveStore.open(name, fixedClock);
    expect(await store.getSettings()).toEqual({ language: 'zh-CN', mode: 'exam', sound: true, shareCoachRuns: true });
    const attempts = await store.listAttempts();
    expect(attempts).toEqual([attempt('old-attempt', { language: 'zh-CN', mode: 'coach', techniques: [], durationMs: 0, simulatedSeconds: 0 })]);
    expect((await store.listQuarantine()).map((q) => q.key)).toEqual(['broken-old']);
  });
});

describe('export and import', () => {
  it('round-trips every attempt and merges without duplicates', async () => {
    const source = await IdbSaveStore.open(freshName(), fixedClock);
    await source.addAttempt(attempt('a-00000001'));
    await source.addAttempt(attempt('a-00000002', { overall: 55 }));
    const file = await exportBackup(source, { now: () => Date.parse('2026-11-23T10:00:00Z') });

    const target = await IdbSaveStore.open(freshName(), fixedClock);
    await target.addAttempt(attempt('a-00000002', { overall: 55 }));
    await target.addAttempt(attempt('a-00000003'));
    expect(await importBackup(target, file)).toEqual({ added: 1, alreadyThere: 1, rejected: [], scenariosAdded: 0 });
    expect((await target.listAttempts()).map((a) => a.id).sort()).toEqual(['a-00000001', 'a-00000002', 'a-00000003']);
    expect(await importBackup(target, file)).toEqual({ added: 0, alreadyThere: 2, rejected: [], scenariosAdded: 0 });
  });

  it('carries local scenarios across and keeps one already stored under the same key', async () => {
    const scenario = (source: string) => ({
      key: 'my-customer/en', id: 'my-customer', language: 'en' as const, source, bundle: null, origin: 'authored' as const,
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
    const source = await IdbSaveStore.open(freshName(), fixedClock);
    await source.scenarios.save(scenario('exported version'));
    const file = await exportBackup(source, { now: () => Date.now() });
    const fresh = await IdbSaveStore.open(freshName(), fixedClock);
    expect((await importBackup(fresh, file)).scenariosAdded).toBe(1);
    expect((await fresh.scenarios.get('my-customer/en'))?.source).toBe('exported version');
    const busy = await IdbSaveStore.open(freshName(), fixedClock);
    await busy.scenarios.save(scenario('newer local edit'));
    expect((await importBackup(busy, file)).scenariosAdded).toBe(0);
    expect((await busy.scenarios.get('my-customer/en'))?.source).toBe('newer local edit');
  });

  it('reports and skips invalid attempts in an imported file', async () => {
    const source = await IdbSaveStore.open(freshName(), fixedClock);
    await source.addAttempt(attempt('a-00000001'));
    const file = JSON.parse(await exportBackup(source, { now: () => Date.now() })) as { attempts: unknown[] };
    file.attempts.push({ id: 'evil', overall: 1000 });
    const target = await IdbSaveStore.open(freshName(), fixedClock);
    const report = await importBackup(target, JSON.stringify(file));
    expect(report.added).toBe(1);
    expect(report.rejected).toEqual([{ index: 1, reason: expect.stringMatching(/overall|scenarioId/) }]);
  });

  it('refuses a file that is not a backup, keeping what is stored', async () => {
    const target = await IdbSaveStore.open(freshName(), fixedClock);
    await target.addAttempt(attempt('keep-me-1'));
    await expect(importBackup(target, '{"hello": 1}')).rejects.toThrow(BackupError);
    await expect(importBackup(target, 'not json')).rejects.toThrow(/not valid JSON/);
    expect((await target.listAttempts()).map((a) => a.id)).toEqual(['keep-me-1']);
  });
});
