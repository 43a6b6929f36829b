// What the Studio's controllers share: the shell, the clock, the interface's words, the open
// draft, and each other, reached when needed (authoring-app.ts wires them once).
import type { Clock } from '../../core/clock.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { StudioTranslate } from '../i18n/translate.ts';
import type { StudioShell } from '../shell/studio-shell.ts';
import type { CheckController } from './check-controller.ts';
import type { EditorController } from './editor-controller.ts';
import type { LibraryController } from './library-controller.ts';
import type { PackController } from './pack-controller.ts';
import type { PlaytestController } from './playtest-controller.ts';

export interface StudioParts {
  readonly shell: StudioShell;
  readonly clock: Clock;
  strings(): StudioTranslate;
  language(): Language;
  /** Draws everything that follows the language or the draft: the shell's texts, the editor's label, the check status. */
  chrome(): void;
  readonly editor: EditorController;
  readonly check: CheckController;
  readonly playtest: PlaytestController;
  readonly library: LibraryController;
  readonly pack: PackController;
}
