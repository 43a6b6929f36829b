// The trainer page's words: its string table (strings.ts) looked up through the one engine in
// src/ui-kit/translate.ts, plus the rubric's dimension, technique and fault names.
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { rubricLabel } from '../../ui-kit/evidence-words.ts';
import { translator as lookup, type Translator as Lookup } from '../../ui-kit/translate.ts';
import { STRINGS } from './strings.ts';

export interface Translator extends Lookup<typeof STRINGS.en> {
  /** A rubric dimension, technique or fault by id; the id itself when the rubric lacks it. */
  rubric(id: string): string;
}

export function translator(language: Language): Translator {
  return Object.assign(lookup(STRINGS, language), { rubric: (id: string) => rubricLabel(courseRubric, id, language) });
}
