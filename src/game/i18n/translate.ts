// Looks up a UI string in the chosen language and fills its {placeholders}; also localises the
// rubric's and the schema's enumerations so every screen words them the same way.
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { Localised } from '../../core/schemas/rubric.ts';
import { STRINGS, type StringKey } from './strings.ts';

export type Params = Record<string, string | number>;
export type Translate = (key: StringKey, params?: Params) => string;

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

export function fill(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

export function translator(language: Language): Translate {
  const table = STRINGS[language];
  return (key, params) => fill(table[key], params);
}

/** Keys worded for a count, with a `-one` variant for exactly one. */
type Counted<K> = K extends `${infer Base}-one` ? Base : never;
export type CountKey = Counted<StringKey> & StringKey;

/** The `-one` wording for exactly one, else the general one with {n} filled. */
export function countText(t: Translate, key: CountKey, n: number, params: Params = {}): string {
  return n === 1 ? t(`${key}-one` as StringKey, params) : t(key, { ...params, n });
}

export function localised(text: Localised, language: Language): string {
  return text[language];
}

export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en', 'zh-CN': 'zh-Hans-CN' };
