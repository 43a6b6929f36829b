// The trainer page's interface language: the trainer's own choice if made here, else the one
// chosen in Scenario Studio or the game in this browser, else the browser's languages.
import { Language } from '../../core/schemas/scenario-meta.ts';

const KEY = 'sales-coach.trainer-language';
const STUDIO_KEY = 'sales-coach.authoring-language';
const GAME_SETTINGS = 'sales-coach.settings.v1';

export function initialLanguage(storage: Pick<Storage, 'getItem'>, preferred: readonly string[]): Language {
  for (const key of [KEY, STUDIO_KEY]) {
    const chosen = Language.safeParse(storage.getItem(key));
    if (chosen.success) return chosen.data;
  }
  try {
    const game: unknown = JSON.parse(storage.getItem(GAME_SETTINGS) ?? 'null');
    if (game && typeof game === 'object' && 'language' in game) {
      const parsed = Language.safeParse(game.language);
      if (parsed.success) return parsed.data;
    }
  } catch {
    // unreadable game settings: fall through to the browser's languages
  }
  return preferred.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'>, language: Language): void {
  storage.setItem(KEY, language);
}
