// Looks up a trainer-page string in the chosen language and fills its {placeholders}; localises
// the rubric's dimension and fault names the same way the game does.
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { STRINGS, type StringKey } from './strings.ts';

export type Params = Record<string, string | number>;

export interface Translator {
  language: Language;
  (key: StringKey, params?: Params): string;
  /** The `-one` wording for exactly one, else the general one with {n} filled. */
  count(key: StringKey, n: number, params?: Params): string;
  /** A rubric dimension, technique or fault by id; the id itself when the rubric lacks it. */
  rubric(id: string): string;
}

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

export function fill(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

const RUBRIC_LABELS = new Map(
  [...courseRubric.dimensions, ...courseRubric.techniques, ...courseRubric.faults].map((item) => [item.id, item.label]),
);

export function translator(language: Language): Translator {
  const table = STRINGS[language];
  const t = ((key: StringKey, params?: Params) => fill(table[key], params)) as Translator;
  t.language = language;
  t.count = (key, n, params = {}) => {
    const one = `${key}-one`;
    if (n === 1 && one in table) return fill(table[one as StringKey], params);
    return fill(table[key], { n: n.toLocaleString(language), ...params });
  };
  t.rubric = (id) => RUBRIC_LABELS.get(id)?.[language] ?? id;
  return t;
}
