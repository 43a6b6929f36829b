// The game's words: its string table (strings.ts) looked up through the one engine in
// src/ui-kit/translate.ts, so `t(key, params)` is checked against the English table.
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { translator as lookup, type Translator } from '../../ui-kit/translate.ts';
import { STRINGS } from './strings.ts';

export type GameStrings = typeof STRINGS.en;
export type Translate = Translator<GameStrings>;

export function translator(language: Language): Translate {
  return lookup(STRINGS, language);
}

