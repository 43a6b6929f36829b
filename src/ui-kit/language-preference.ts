// The interface language each page starts in and remembers, read and written in one place. The
// storage keys are the ones each page has always used, so a choice made before survives:
//   game:      `sales-coach.settings.v1` ({"language": …}; its settings now live in IndexedDB,
//              this copy is kept so the other pages can follow the game's language)
//   Studio:    `sales-coach.authoring-language`, else the game's, else the browser's
//   dashboard: `sales-coach.trainer-language`, else the Studio's, else the game's, else the browser's
// Storage that throws (private mode, blocked cookies) counts as empty.
import { Language } from '../core/schemas/scenario-meta.ts';

export const GAME_SETTINGS_KEY = 'sales-coach.settings.v1';
export const STUDIO_LANGUAGE_KEY = 'sales-coach.authoring-language';
export const TRAINER_LANGUAGE_KEY = 'sales-coach.trainer-language';

export type PageName = 'studio' | 'trainer';

/** A page's own key first, then the choices made on the other pages, in this order. */
const READ_ORDER: Record<PageName, readonly string[]> = {
  studio: [STUDIO_LANGUAGE_KEY],
  trainer: [TRAINER_LANGUAGE_KEY, STUDIO_LANGUAGE_KEY],
};
const OWN_KEY: Record<PageName, string> = { studio: STUDIO_LANGUAGE_KEY, trainer: TRAINER_LANGUAGE_KEY };

function read(storage: Pick<Storage, 'getItem'> | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Chinese when the browser prefers any Chinese, English otherwise. */
export function browserLanguage(preferred: readonly string[]): Language {
  return preferred.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

/** The language last chosen in the game in this browser, if any. */
export function gameLanguage(storage: Pick<Storage, 'getItem'> | null): Language | null {
  try {
    const raw: unknown = JSON.parse(read(storage, GAME_SETTINGS_KEY) ?? 'null');
    if (raw && typeof raw === 'object' && 'language' in raw) {
      const language = Language.safeParse(raw.language);
      if (language.success) return language.data;
    }
  } catch {
    // unreadable game settings: as if none were stored
  }
  return null;
}

/** Records the game's language where the other pages look for it. */
export function rememberGameLanguage(storage: Pick<Storage, 'setItem'> | null, language: Language): void {
  storage?.setItem(GAME_SETTINGS_KEY, JSON.stringify({ language }));
}

export interface LanguagePreference {
  initial(storage: Pick<Storage, 'getItem'> | null, preferred: readonly string[]): Language;
  remember(storage: Pick<Storage, 'setItem'>, language: Language): void;
}

/** The Studio's or the dashboard's preference (the game keeps its own in its settings). */
export function languagePreference(page: PageName): LanguagePreference {
  return {
    initial(storage, preferred) {
      for (const key of READ_ORDER[page]) {
        const chosen = Language.safeParse(read(storage, key));
        if (chosen.success) return chosen.data;
      }
      return gameLanguage(storage) ?? browserLanguage(preferred);
    },
    remember(storage, language) {
      storage.setItem(OWN_KEY[page], language);
    },
  };
}
