// The authoring page's interface language: the trainer's own choice if made here, else the
// language the game is set to, else the browser's.
import { Language } from '../../core/schemas/scenario-meta.ts';

const KEY = 'sales-coach.authoring-language';
const GAME_SETTINGS = 'sales-coach.settings.v1';

export function initialLanguage(storage: Storage, preferred: readonly string[]): Language {
  const own = Language.safeParse(storage.getItem(KEY));
  if (own.success) return own.data;
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

export function rememberLanguage(storage: Storage, language: Language): void {
  storage.setItem(KEY, language);
}
