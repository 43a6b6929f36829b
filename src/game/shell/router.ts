// Which screen the game shows and how the flows reach each other. The game has no URL routes
// (a reload resumes the run in progress, or opens the list): a screen is a name, the navigation
// section it belongs to, and whether it fixes the language. Every controller moves on through
// Routes, never by calling another controller.
import type { AttemptRecord } from '../../core/schemas/records.ts';
import type { Run } from '../run/run.ts';
import type { ScenarioEntry } from '../run/scenario-entry.ts';
import type { Message } from '../ui/notice.ts';

export type GameScreen = 'list' | 'briefing' | 'call' | 'debrief' | 'progress' | 'replay' | 'data';
/** A game screen, or the name of an extension's screen. */
export type ScreenName = GameScreen | (string & {});
export type Section = 'practice' | 'progress' | 'data';

const SECTION_OF: Record<GameScreen, Section> = {
  list: 'practice', briefing: 'practice', call: 'practice', debrief: 'practice', progress: 'progress', replay: 'progress', data: 'data',
};
/** Screens that show scenario text or a run: their language is fixed while they are open. */
const LANGUAGE_LOCKED: readonly ScreenName[] = ['briefing', 'call', 'debrief', 'replay'];

function isGameScreen(name: ScreenName): name is GameScreen {
  return Object.hasOwn(SECTION_OF, name);
}

/** Extension screens (the cohort's) sit under Practice. */
export function sectionOf(name: ScreenName): Section {
  return isGameScreen(name) ? SECTION_OF[name] : 'practice';
}

export function languageLocked(name: ScreenName): boolean {
  return LANGUAGE_LOCKED.includes(name);
}

export interface Routes {
  list(message?: Message | null): void;
  briefing(entry: ScenarioEntry, problem?: string | null): void;
  /** Starts a new run of the scenario. */
  call(entry: ScenarioEntry): Promise<void>;
  /** `saved` settles with null once the attempt is stored, or with why it could not be. */
  debrief(run: Run, saved: Promise<string | null>): void;
  progress(): Promise<void>;
  replay(attempt: AttemptRecord): Promise<void>;
  /** `focus`: the control to focus after an action there (export, import). */
  data(message?: Message | null, focus?: string | null): Promise<void>;
  /** An extension's screen; `arg` is what it takes (absent: as last shown). */
  extension(name: string, arg?: string | null): void;
}

/** Shows the open screen again after the language changed (language-fixed ones never are). */
export async function showAgain(name: ScreenName, routes: Routes): Promise<void> {
  if (name === 'progress') await routes.progress();
  else if (name === 'data') await routes.data();
  else if (!isGameScreen(name)) routes.extension(name);
  else routes.list();
}
