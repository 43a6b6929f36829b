import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings } from '../../src/core/schemas/records.ts';
import { LEGACY_KEY, MOVED_KEY, persistentSettings, type SettingsRecord } from '../../src/game/settings/settings-store.ts';

function memoryStorage(initial: Record<string, string> = {}): Storage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

/** The settings record of the trainee store, as IdbSaveStore behaves: defaults when none is stored. */
function memoryRecord(initial: Settings | null = null): SettingsRecord & { stored: () => Settings | null } {
  let value = initial;
  return {
    stored: () => value,
    getSettings: async () => value ?? DEFAULT_SETTINGS,
    putSettings: async (s) => { value = s; },
  };
}

describe('persistentSettings', () => {
  it('remembers language, mode, sound and sharing coach runs in the trainee store', async () => {
    const record = memoryRecord();
    const storage = memoryStorage();
    await persistentSettings(record, storage, ['en-US']).load();
    await persistentSettings(record, storage, ['en-US']).save({ language: 'zh-CN', mode: 'exam', sound: false, shareCoachRuns: false });
    expect(await persistentSettings(record, storage, ['en-US']).load()).toEqual({ language: 'zh-CN', mode: 'exam', sound: false, shareCoachRuns: false });
  });

  it('shares coach runs by default, also for settings saved before the choice existed', () => {
    expect(DEFAULT_SETTINGS.shareCoachRuns).toBe(true);
    expect(Settings.parse({ language: 'en', mode: 'exam', sound: true })).toEqual({ language: 'en', mode: 'exam', sound: true, shareCoachRuns: true });
    expect(Settings.safeParse({ language: 'en', mode: 'exam', sound: true, shareCoachRuns: 'yes' }).success).toBe(false);
  });

  it('carries the language chosen under the old localStorage store over once', async () => {
    const record = memoryRecord();
    const storage = memoryStorage({ [LEGACY_KEY]: '{"language":"zh-CN"}' });
    expect(await persistentSettings(record, storage, ['en']).load()).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN' });
    expect(record.stored()?.language).toBe('zh-CN');
    expect(storage.data.get(MOVED_KEY)).toBe('1');
    // A later change made in the game wins over what localStorage once held.
    await record.putSettings({ ...DEFAULT_SETTINGS, language: 'en' });
    storage.data.set(LEGACY_KEY, '{"language":"zh-CN"}');
    expect((await persistentSettings(record, storage, ['en']).load()).language).toBe('en');
  });

  it('starts a new trainee in the browser\'s language', async () => {
    expect((await persistentSettings(memoryRecord(), memoryStorage(), ['zh-TW', 'en']).load()).language).toBe('zh-CN');
    expect((await persistentSettings(memoryRecord(), memoryStorage(), ['fr-FR']).load()).language).toBe('en');
  });

  it('keeps settings already in the store when there is nothing to carry over', async () => {
    const record = memoryRecord({ language: 'en', mode: 'exam', sound: true, shareCoachRuns: false });
    expect(await persistentSettings(record, memoryStorage(), ['zh-CN']).load()).toEqual({ language: 'en', mode: 'exam', sound: true, shareCoachRuns: false });
  });

  it('ignores an old value it cannot read', async () => {
    const unreadable = memoryStorage({ [LEGACY_KEY]: '{"language":"klingon"}' });
    expect((await persistentSettings(memoryRecord(), unreadable, ['en']).load()).language).toBe('en');
    const broken = memoryStorage({ [LEGACY_KEY]: '{not json' });
    expect((await persistentSettings(memoryRecord(), broken, ['en']).load()).language).toBe('en');
  });

  it('mirrors the language where the authoring page reads it', async () => {
    const storage = memoryStorage();
    await persistentSettings(memoryRecord(), storage, ['en']).save({ ...DEFAULT_SETTINGS, language: 'zh-CN' });
    expect(JSON.parse(storage.data.get(LEGACY_KEY) ?? 'null')).toEqual({ language: 'zh-CN' });
  });

  it('survives storage that refuses reads and writes', async () => {
    const failing: SettingsRecord = { getSettings: () => Promise.reject(new Error('gone')), putSettings: () => Promise.reject(new Error('QuotaExceededError')) };
    const full = { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } } as Storage;
    await expect(persistentSettings(failing, full, ['en']).save(DEFAULT_SETTINGS)).resolves.toBeUndefined();
    await expect(persistentSettings(failing, null, ['zh']).load()).resolves.toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN' });
  });
});
