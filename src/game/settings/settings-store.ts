// The player's settings and the one place that stores them. Today that is localStorage; the
// IndexedDB store planned later only has to implement SettingsStore and be chosen in main.ts.
import { Language } from '../../core/schemas/scenario-meta.ts';

export interface Settings {
  language: Language;
}

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

const KEY = 'sales-coach.settings.v1';

/** The browser's preferred language when it is Chinese, English otherwise. */
export function defaultLanguage(preferred: readonly string[]): Language {
  return preferred.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export function localStorageSettings(storage: Storage, preferred: readonly string[]): SettingsStore {
  const fallback = (): Settings => ({ language: defaultLanguage(preferred) });
  return {
    async load() {
      try {
        const raw: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
        if (raw && typeof raw === 'object' && 'language' in raw) {
          const language = Language.safeParse(raw.language);
          if (language.success) return { language: language.data };
        }
      } catch {
        // Unreadable or blocked storage: fall back to the browser's language.
      }
      return fallback();
    },
    async save(settings) {
      try {
        storage.setItem(KEY, JSON.stringify(settings));
      } catch {
        // Private mode or a full quota: the choice simply lasts for this visit.
      }
    },
  };
}
