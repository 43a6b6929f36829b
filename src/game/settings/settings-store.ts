// The trainee's settings (language, coach or exam mode, sound), kept with the rest of their data
// in IndexedDB. The language chosen under the old localStorage store is carried over once; the
// language is still mirrored there because the authoring page follows the game's language.
import { DEFAULT_SETTINGS, type Settings } from '../../core/schemas/records.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { browserLanguage, GAME_SETTINGS_KEY, gameLanguage, rememberGameLanguage } from '../../ui-kit/language-preference.ts';

export type { Settings };

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

/** Where settings live: the trainee store's settings record. */
export interface SettingsRecord {
  getSettings(): Promise<Settings>;
  putSettings(settings: Settings): Promise<void>;
}

/** The old store's key, where the other pages still read the game's language (ui-kit/language-preference.ts). */
export const LEGACY_KEY = GAME_SETTINGS_KEY;
/** Set once the settings have moved to IndexedDB, so the old language is taken only once. */
export const MOVED_KEY = 'sales-coach.settings.moved-to-indexeddb';

function moved(storage: Storage | null): boolean {
  try {
    return storage?.getItem(MOVED_KEY) === '1';
  } catch {
    return false;
  }
}

function remember(storage: Storage | null, language: Language): void {
  try {
    rememberGameLanguage(storage, language);
    storage?.setItem(MOVED_KEY, '1');
  } catch {
    // Private mode or a full quota: the authoring page falls back to the browser's language.
  }
}

const isDefault = (s: Settings): boolean =>
  s.language === DEFAULT_SETTINGS.language && s.mode === DEFAULT_SETTINGS.mode && s.sound === DEFAULT_SETTINGS.sound;

export function persistentSettings(record: SettingsRecord, legacy: Storage | null, preferred: readonly string[]): SettingsStore {
  const save = async (settings: Settings): Promise<void> => {
    try {
      await record.putSettings(settings);
    } catch {
      // Storage refused the write: the choice lasts for this visit.
    }
    remember(legacy, settings.language);
  };
  return {
    async load() {
      let stored: Settings = DEFAULT_SETTINGS;
      try {
        stored = await record.getSettings();
      } catch {
        // Unreadable storage: start from the defaults below.
      }
      if (moved(legacy)) return stored;
      // First visit since settings moved to IndexedDB: take the language chosen before, or the
      // browser's language for a trainee who never chose one.
      const language = gameLanguage(legacy) ?? (isDefault(stored) ? browserLanguage(preferred) : stored.language);
      const settings = { ...stored, language };
      await save(settings);
      return settings;
    },
    save,
  };
}
