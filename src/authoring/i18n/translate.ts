// Scenario Studio's words: its string table (authoring-strings.ts) looked up through the one
// engine in src/ui-kit/translate.ts, so `t(key, params)` is checked against the English table.
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { translator as lookup, type Translator } from '../../ui-kit/translate.ts';
import { AUTHORING_STRINGS } from './authoring-strings.ts';

export type StudioStrings = typeof AUTHORING_STRINGS.en;
export type StudioTranslate = Translator<StudioStrings>;

export function studioTranslator(language: Language): StudioTranslate {
  return lookup(AUTHORING_STRINGS, language);
}
