// The game's extension point: what a feature that is not part of practice itself (the cohort:
// joining, submissions, leaderboards) may add to the game, and nothing more. The game names the
// places (tools on the scenario list, sections on the debrief, screens of its own, the attempts
// it stores); an extension fills them, so the game never reaches into another module's markup.
import type { AttemptRecord } from '../../core/schemas/records.ts';
import type { Screen, ScreenContext } from '../ui/screen.ts';

/** Opens one of the extension's own screens; `arg` is what that screen takes (absent: as last shown). */
export type OpenExtensionScreen = (name: string, arg?: string | null) => void;

/** The attempt a debrief shows, as an extension sees it. */
export interface DebriefAttempt {
  id: string;
  scenarioId: string;
  overall: number;
}

export interface GameExtension {
  /**
   * Its screens, by name (they show under Practice). When the language changes while one is
   * open, it is rendered again with no argument.
   */
  readonly screens: Readonly<Record<string, (ctx: ScreenContext, open: OpenExtensionScreen, arg?: string | null) => Screen>>;
  /** Put first among the scenario list's tools. */
  listTools(ctx: ScreenContext, open: OpenExtensionScreen): HTMLElement[];
  /** Put after the debrief's next steps. */
  debriefSections(ctx: ScreenContext, attempt: DebriefAttempt, open: OpenExtensionScreen): HTMLElement[];
  /** Once the attempt is stored on this device. */
  attemptFinished(attempt: AttemptRecord): void;
}
