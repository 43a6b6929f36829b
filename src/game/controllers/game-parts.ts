// What every controller of the game works with: the shell that shows screens and notices, the
// trainee's data, the settings, the routes to the other flows, the extensions, and the context
// each screen is rendered with. app.ts builds one and hands it to each controller.
import type { TraineeData } from '../data/trainee-data.ts';
import type { ExamService } from '../run/exam-port.ts';
import type { GameExtension, OpenExtensionScreen } from '../shell/game-extension.ts';
import type { GameShell } from '../shell/game-shell.ts';
import type { Routes } from '../shell/router.ts';
import type { ScreenContext } from '../ui/screen.ts';
import type { SettingsController } from './settings-controller.ts';

export interface GameParts {
  shell: GameShell;
  data: TraineeData;
  settings: SettingsController;
  routes: Routes;
  extensions: readonly GameExtension[];
  /** The context for a screen rendered now (language, catalog, stats as they are now). */
  screenContext: () => ScreenContext;
}

/** How an extension opens one of its screens: through the routes, like every flow. */
export function extensionOpener(routes: Routes): OpenExtensionScreen {
  return (name, arg) => routes.extension(name, arg);
}

/** The extension that plays cohort exams on the server, if one is plugged in. */
export function examServiceOf(parts: Pick<GameParts, 'extensions'>): ExamService | null {
  return parts.extensions.find((extension) => extension.exams)?.exams ?? null;
}
