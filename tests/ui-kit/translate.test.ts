// The one lookup engine: typed keys, placeholders checked across languages and at each call,
// counted phrases, and lookups of keys made from ids at run time.
import { describe, expect, it } from 'vitest';
import { fill, placeholdersOf, translationOf, translator, type Catalogue } from '../../src/ui-kit/translate.ts';

const en = {
  greet: 'Hello {name}',
  plain: 'Plain',
  items: '{n} items in {place}',
  'items-one': 'One item in {place}',
  'no-singular': '{n} things',
  'outcome.sale': 'sale',
} as const;

const zh = translationOf(en, {
  greet: '你好，{name}',
  plain: '普通',
  items: '{place}里有 {n} 件',
  'items-one': '{place}里有一件',
  'no-singular': '{n} 个东西',
  'outcome.sale': '成交',
});

const tables: Catalogue<typeof en> = { en, 'zh-CN': zh };

describe('translator', () => {
  it('looks a key up in the chosen language and fills its placeholders', () => {
    expect(translator(tables, 'en')('greet', { name: 'Ada' })).toBe('Hello Ada');
    expect(translator(tables, 'zh-CN')('greet', { name: 'Ada' })).toBe('你好，Ada');
    expect(translator(tables, 'zh-CN')('plain')).toBe('普通');
    expect(translator(tables, 'en').language).toBe('en');
  });

  it('words exactly one with the -one key, and groups the digits of other counts', () => {
    const t = translator(tables, 'en');
    expect(t.count('items', 1, { place: 'the box' })).toBe('One item in the box');
    expect(t.count('items', 1200, { place: 'the box' })).toBe('1,200 items in the box');
    expect(t.count('no-singular', 1)).toBe('1 things');
    expect(translator(tables, 'zh-CN').count('items', 3, { place: '盒子' })).toBe('盒子里有 3 件');
  });

  it('finds a key made from an id at run time, or says there is none', () => {
    const t = translator(tables, 'zh-CN');
    expect(t.find('outcome.sale')).toBe('成交');
    expect(t.find('outcome.no-such-ending')).toBeNull();
  });

  it('leaves a placeholder without a value visible rather than dropping it', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(placeholdersOf('{n} of {max}, {n}')).toEqual(['max', 'n', 'n']);
  });
});

describe('what the compiler refuses (checked by `npm run typecheck`)', () => {
  it('refuses a missing key, an extra key and a placeholder that differs between languages', () => {
    // @ts-expect-error 'items-one' is missing from this translation
    translationOf(en, { greet: '{name}', plain: 'x', items: '{n} {place}', 'no-singular': '{n}', 'outcome.sale': 'x' });
    // @ts-expect-error 'extra' is not an English key
    translationOf(en, { greet: '{name}', plain: 'x', items: '{n} {place}', 'items-one': '{place}', 'no-singular': '{n}', 'outcome.sale': 'x', extra: 'x' });
    // @ts-expect-error greet uses {name} in English and {nom} here
    translationOf(en, { greet: '{nom}', plain: 'x', items: '{n} {place}', 'items-one': '{place}', 'no-singular': '{n}', 'outcome.sale': 'x' });
    expect(true).toBe(true);
  });

  it('refuses an unknown key and a call missing a parameter', () => {
    const t = translator(tables, 'en');
    // @ts-expect-error no such key
    expect(t('greeting', { name: 'x' })).toBe('greeting');
    // @ts-expect-error greet needs {name}
    expect(t('greet')).toBe('Hello {name}');
    // @ts-expect-error items needs {place} besides the count
    expect(t.count('items', 2)).toBe('2 items in {place}');
    // @ts-expect-error plain has neither {n} nor a -one form, so it takes no count
    expect(t.count('plain', 2)).toBe('Plain');
  });
});
