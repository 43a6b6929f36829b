// The one lookup engine behind every page's words. A page writes its English table `as const`
// and each other language with `translationOf(en, {...})`; the compiler then refuses a key missing
// in a language, a key English lacks, and a `{placeholder}` used in one language but not the
// other. `translator(catalogue, language)` gives `t(key, params)`, whose params must name every
// placeholder of that key, and `t.count(key, n)` for phrases worded for exactly one.
import type { Language } from '../core/schemas/scenario-meta.ts';
import { formatNumber } from './locale-format.ts';

export type Value = string | number;
export type Params = Readonly<Record<string, Value>>;
export type Table = Readonly<Record<string, string>>;

/** The placeholder names in a template: `'{n} of {max}'` gives `'n' | 'max'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** What a translation of `En` must be: every English key, no other, each with the English placeholders. */
export type TranslationOf<En extends Table, T> = {
  readonly [K in keyof En]: K extends keyof T
    ? T[K] extends string
      ? Same<Placeholders<En[K]>, Placeholders<T[K]>> extends true ? T[K] : { placeholdersMustBe: Placeholders<En[K]> }
      : string
    : string;
} & { readonly [K in Exclude<keyof T, keyof En>]: never };

/** Every language's table for one page; English keeps its literal types so calls can be checked. */
export type Catalogue<En extends Table> = { readonly en: En } & { readonly [L in Exclude<Language, 'en'>]: { readonly [K in keyof En]: string } };

/** A translation checked against the English table (see TranslationOf); returns it unchanged. */
export function translationOf<const En extends Table, const T extends Table>(en: En, table: T & TranslationOf<En, T>): { readonly [K in keyof En]: string } {
  void en;
  return table;
}

/** The params a template needs: optional when it has no placeholder, else an object naming each. */
export type ArgsFor<Names extends string> = [Names] extends [never] ? [params?: Params] : [params: Readonly<Record<Names, Value>> & Params];

type Key<En extends Table> = keyof En & string;

/** Keys that can take a count: those with an `{n}` or a `-one` form for exactly one. */
export type CountKey<En extends Table> = {
  [K in Key<En>]: K extends `${string}-one` ? never : 'n' extends Placeholders<En[K]> ? K : `${K}-one` extends keyof En ? K : never;
}[Key<En>];

type OneOf<En extends Table, K extends string> = `${K}-one` extends keyof En ? Placeholders<En[`${K}-one`]> : never;

export interface Translator<En extends Table> {
  <K extends Key<En>>(key: K, ...params: ArgsFor<Placeholders<En[K]>>): string;
  /** The `-one` wording for exactly one where the table has it, else the key with {n} filled. */
  count<K extends CountKey<En>>(key: K, n: number, ...params: ArgsFor<Exclude<Placeholders<En[K]> | OneOf<En, K>, 'n'>>): string;
  /** A key made at run time from an id (an outcome a scenario names): its words, or null when the table has none. */
  find(key: string): string | null;
  readonly language: Language;
}

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** Fills `{name}` from params; a placeholder without a value stays visible rather than vanishing. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A template's placeholder names, sorted (what the tables' tests compare across languages). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

export function translator<En extends Table>(catalogue: Catalogue<En>, language: Language): Translator<En> {
  const table: Table = catalogue[language];
  const lookup = (key: string, params?: Params): string => fill(table[key] ?? key, params);
  const count = (key: string, n: number, params: Params = {}): string => {
    const one = `${key}-one`;
    if (n === 1 && one in table) return lookup(one, params);
    return lookup(key, { ...params, n: formatNumber(n, language) });
  };
  const find = (key: string): string | null => (key in table ? lookup(key) : null);
  return Object.assign(lookup, { count, find, language }) as Translator<En>;
}
