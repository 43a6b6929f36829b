// The game's extension point: what a feature that is not part of practice itself (the cohort:
// joining, submissions, leaderboards) may add to the game, and nothing more. The game names the
// places (tools, sections and card badges on the scenario list, entries of the catalog, settings,
// sections on the debrief, screens of its own, the attempts it stores); an extension fills them,
// so the game never reaches into another module's markup.
import type { AttemptRecord, Settings } from '../../core/schemas/records.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { ExamService } from '../run/exam-port.ts';
import type { ScenarioEntry } from '../run/scenario-entry.ts';
import type { Screen, ScreenContext } from '../ui/screen.ts';

/** Opens one of the extension's own screens; `arg` is what that screen takes (absent: as last shown). */
export type OpenExtensionScreen = (name: string, arg?: string | null) => void;

/** The attempt a debrief shows, as an extension sees it. */
export interface DebriefAttempt {
  id: string;
  scenarioId: string;
  overall: number;
}

/** What the game lends each extension once, before the first screen. */
export interface ExtensionHost {
  /** What `catalog`, `listSections` or `cardBadges` give has changed: the game shapes its catalog again and redraws the list if it is open. */
  changed(): void;
  /** A notice under the header until dismissed, worded when shown (so it follows the language). */
  notify(tone: 'info' | 'ok' | 'error', text: (language: Language) => string): void;
  /** The trainee's settings as they are now. */
  settings(): Settings;
  /** Saves the trainee's choice to share coach runs (with the other settings). */
  setShareCoachRuns(on: boolean): void;
}

export interface GameExtension {
  connect(host: ExtensionHost): void;
  /** The catalog as the extension shapes it: it may add entries and mark some `withdrawn`, never drop one. */
  catalog(entries: readonly ScenarioEntry[]): ScenarioEntry[];
  /** Put above the scenario cards; `choose` opens an entry's briefing. Called each time the list is drawn. */
  listSections(ctx: ScreenContext, choose: (entry: ScenarioEntry) => void): HTMLElement[];
  /** Added to an entry's card on the list. */
  cardBadges(ctx: ScreenContext, entry: ScenarioEntry): HTMLElement[];
  /** Put among the settings on the Data & settings screen. */
  settingsControls(ctx: ScreenContext): HTMLElement[];
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
  /** Cohort exams played on the server (which entries, and the calls); absent: every exam is played here. */
  readonly exams?: ExamService;
}
