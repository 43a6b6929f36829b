// Scenario Studio's interface language, kept by src/ui-kit/language-preference.ts: the trainer's
// own choice if made here, else the language the game is set to, else the browser's.
import { languagePreference } from '../../ui-kit/language-preference.ts';

export const { initial: initialLanguage, remember: rememberLanguage } = languagePreference('studio');
