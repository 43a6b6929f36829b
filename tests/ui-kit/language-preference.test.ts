// Each page starts in the language chosen before, read from the same storage keys as ever, so a
// trainer's or trainee's choice survives the move to one reader.
import { describe, expect, it } from 'vitest';
import { browserLanguage, gameLanguage, languagePreference, rememberGameLanguage } from '../../src/ui-kit/language-preference.ts';

function memoryStorage(initial: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const blocked: Pick<Storage, 'getItem'> = { getItem: () => { throw new Error('SecurityError'); } };

describe('the Studio\'s language', () => {
  const studio = languagePreference('studio');

  it('is its own choice, else the game\'s, else the browser\'s', () => {
    expect(studio.initial(memoryStorage({ 'sales-coach.authoring-language': 'zh-CN', 'sales-coach.settings.v1': '{"language":"en"}' }), ['en'])).toBe('zh-CN');
    expect(studio.initial(memoryStorage({ 'sales-coach.settings.v1': '{"language":"zh-CN"}' }), ['en'])).toBe('zh-CN');
    expect(studio.initial(memoryStorage({ 'sales-coach.trainer-language': 'zh-CN' }), ['en-GB'])).toBe('en');
    expect(studio.initial(memoryStorage(), ['zh-TW'])).toBe('zh-CN');
  });

  it('remembers a choice under its own key', () => {
    const storage = memoryStorage();
    studio.remember(storage, 'zh-CN');
    expect([...storage.data]).toEqual([['sales-coach.authoring-language', 'zh-CN']]);
    expect(studio.initial(storage, ['en'])).toBe('zh-CN');
  });
});

describe('the dashboard\'s language', () => {
  const trainer = languagePreference('trainer');

  it('is its own choice, else the Studio\'s, else the game\'s, else the browser\'s', () => {
    expect(trainer.initial(memoryStorage({ 'sales-coach.trainer-language': 'en', 'sales-coach.authoring-language': 'zh-CN' }), ['zh'])).toBe('en');
    expect(trainer.initial(memoryStorage({ 'sales-coach.authoring-language': 'zh-CN' }), ['en'])).toBe('zh-CN');
    expect(trainer.initial(memoryStorage({ 'sales-coach.settings.v1': '{"language":"zh-CN"}' }), ['en'])).toBe('zh-CN');
    expect(trainer.initial(memoryStorage(), ['en-US'])).toBe('en');
  });

  it('remembers a choice under its own key', () => {
    const storage = memoryStorage();
    trainer.remember(storage, 'en');
    expect([...storage.data]).toEqual([['sales-coach.trainer-language', 'en']]);
  });

  it('ignores values that are not a language, unreadable game settings and storage that throws', () => {
    expect(trainer.initial(memoryStorage({ 'sales-coach.trainer-language': 'klingon', 'sales-coach.settings.v1': '{not json' }), ['zh-CN'])).toBe('zh-CN');
    expect(trainer.initial(blocked, ['zh'])).toBe('zh-CN');
    expect(trainer.initial(null, ['en'])).toBe('en');
  });
});

describe('the game\'s language, as the other pages see it', () => {
  it('is read from and written to the old settings key', () => {
    const storage = memoryStorage();
    expect(gameLanguage(storage)).toBeNull();
    rememberGameLanguage(storage, 'zh-CN');
    expect(storage.data.get('sales-coach.settings.v1')).toBe('{"language":"zh-CN"}');
    expect(gameLanguage(storage)).toBe('zh-CN');
    expect(gameLanguage(memoryStorage({ 'sales-coach.settings.v1': '{"language":"fr"}' }))).toBeNull();
  });
});

describe('browserLanguage', () => {
  it('picks Chinese for any zh tag', () => {
    expect(browserLanguage(['zh'])).toBe('zh-CN');
    expect(browserLanguage(['en-GB', 'zh-CN'])).toBe('zh-CN');
    expect(browserLanguage([])).toBe('en');
  });
});
