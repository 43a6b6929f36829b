// The trainee's settings flow: read them at start, apply language and sound, and save each
// change (coach or exam, sound, interface language, sharing coach runs with a cohort's trainer)
// through the game's write queue.
import { DEFAULT_SETTINGS, type PlayMode, type Settings } from '../../core/schemas/records.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import type { SoundPlayer } from '../sound/sound-player.ts';

export interface SettingsDeps {
  store: SettingsStore;
  sound: SoundPlayer;
  /** The game's write queue (TraineeData.queue), so settings never overtake other writes. */
  queue: <T>(job: () => Promise<T>) => Promise<T>;
}

export class SettingsController {
  private current: Settings = DEFAULT_SETTINGS;
  private shownLanguage: Language = 'en';
  private translate: Translate = translator('en');

  constructor(private readonly deps: SettingsDeps) {}

  get settings(): Settings {
    return this.current;
  }

  /** The language the screens are shown in (a resumed run's, or the chosen one). */
  get language(): Language {
    return this.shownLanguage;
  }

  get t(): Translate {
    return this.translate;
  }

  async load(): Promise<void> {
    try {
      this.current = await this.deps.store.load();
    } catch {
      // The defaults serve; the settings module already falls back on unreadable storage.
    }
    this.show(this.current.language);
    this.deps.sound.enabled = this.current.sound;
  }

  /** Shows the screens in this language without choosing it (a resumed run keeps its own). */
  show(language: Language): void {
    this.shownLanguage = language;
    this.translate = translator(language);
  }

  /** The trainee chose this interface language. */
  chooseLanguage(language: Language): void {
    this.show(language);
    this.save({ language });
  }

  setMode(mode: PlayMode): void {
    this.save({ mode });
  }

  /** In a cohort: whether finished coach runs go to the trainer as practice. */
  setShareCoachRuns(on: boolean): void {
    this.save({ shareCoachRuns: on });
  }

  setSound(on: boolean): void {
    this.deps.sound.enabled = on;
    this.save({ sound: on });
  }

  private save(next: Partial<Settings>): void {
    this.current = { ...this.current, ...next };
    const settings = this.current;
    void this.deps.queue(() => this.deps.store.save(settings));
  }
}
