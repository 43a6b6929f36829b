import { describe, expect, it } from 'vitest';
import { defaultLanguage, localStorageSettings } from '../../src/game/settings/settings-store.ts';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('localStorageSettings', () => {
  it('remembers the chosen language', async () => {
    const storage = memoryStorage();
    await localStorageSettings(storage, ['en-US']).save({ language: 'zh-CN' });
    expect(await localStorageSettings(storage, ['en-US']).load()).toEqual({ language: 'zh-CN' });
  });

  it('starts in the browser\'s language when nothing is stored', async () => {
    expect(await localStorageSettings(memoryStorage(), ['zh-TW', 'en']).load()).toEqual({ language: 'zh-CN' });
    expect(await localStorageSettings(memoryStorage(), ['fr-FR']).load()).toEqual({ language: 'en' });
  });

  it('ignores stored settings it cannot read', async () => {
    const storage = memoryStorage({ 'sales-coach.settings.v1': '{"language":"klingon"}' });
    expect(await localStorageSettings(storage, ['en']).load()).toEqual({ language: 'en' });
    const broken = memoryStorage({ 'sales-coach.settings.v1': '{not json' });
    expect(await localStorageSettings(broken, ['en']).load()).toEqual({ language: 'en' });
  });

  it('survives storage that refuses writes', async () => {
    const full = { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } } as Storage;
    await expect(localStorageSettings(full, ['en']).save({ language: 'en' })).resolves.toBeUndefined();
  });
});

describe('defaultLanguage', () => {
  it('picks Chinese for any zh tag', () => {
    expect(defaultLanguage(['zh'])).toBe('zh-CN');
    expect(defaultLanguage(['en-GB', 'zh-CN'])).toBe('zh-CN');
    expect(defaultLanguage([])).toBe('en');
  });
});
