// The cohort features as a game extension (src/game/shell/game-extension.ts): the way in on the
// scenario list, the cohort and leaderboard screens, the debrief's submission line, and the
// hand-over of finished attempts, and exams played on the server (exam-service.ts); the cohort's
// library on the list (its versions in the catalog, assignments, the trainer's update notices)
// and the share-practice setting. The game hosts it through that interface alone.
import type { AttemptRecord } from '../../core/schemas/records.ts';
import type { ExamService } from '../run/exam-port.ts';
import type { ScenarioEntry } from '../run/scenario-entry.ts';
import type { DebriefAttempt, ExtensionHost, GameExtension, OpenExtensionScreen } from '../shell/game-extension.ts';
import type { Screen, ScreenContext } from '../ui/screen.ts';
import { assignedSection } from './assignment-views.ts';
import { cohortEntry } from './cohort-entry.ts';
import { cardBadges, connectLibrary } from './cohort-library-view.ts';
import { shapeCatalog } from './cohort-catalog.ts';
import { shareSetting } from './share-setting.ts';
import type { CohortFeature } from './cohort-feature.ts';
import { renderCohortScreen } from './cohort-screen.ts';
import { renderLeaderboard, type BoardChoice } from './leaderboard-screen.ts';
import { submissionStatusPanel } from './submission-status-view.ts';

export const COHORT_SCREEN = 'cohort';
export const LEADERBOARD_SCREEN = 'leaderboard';

export class CohortUi implements GameExtension {
  private board: BoardChoice = { period: 'all' };
  private host: ExtensionHost | null = null;
  readonly screens: GameExtension['screens'] = {
    [COHORT_SCREEN]: (ctx, open) => renderCohortScreen(ctx, this.feature, { leaderboard: () => open(LEADERBOARD_SCREEN, null) }),
    [LEADERBOARD_SCREEN]: (ctx, open, scenario) => this.leaderboardScreen(ctx, scenario, () => open(COHORT_SCREEN)),
  };

  /** `exams`: cohort exams on the server (exam-service.ts); without it every exam is played in the browser. */
  constructor(readonly feature: CohortFeature, readonly exams?: ExamService) {}

  connect(host: ExtensionHost): void {
    this.host = host;
    connectLibrary(this.feature, host);
  }

  catalog(entries: readonly ScenarioEntry[]): ScenarioEntry[] {
    const { library } = this.feature;
    return library ? shapeCatalog(entries, library.state(this.feature.current), (hash) => library.loadStory(hash)) : [...entries];
  }

  /** The list opening is also when the library is refreshed (at most once a minute). */
  listSections(ctx: ScreenContext, choose: (entry: ScenarioEntry) => void): HTMLElement[] {
    this.feature.refreshLibrary();
    const assigned = assignedSection(ctx.language, this.feature.assignments(), ctx.catalog, this.feature.now(), choose);
    return assigned ? [assigned] : [];
  }

  cardBadges(ctx: ScreenContext, entry: ScenarioEntry): HTMLElement[] {
    return cardBadges(ctx.language, this.feature, entry);
  }

  settingsControls(ctx: ScreenContext): HTMLElement[] {
    const membership = this.feature.current;
    const host = this.host;
    if (!membership || !host) return [];
    return [shareSetting(ctx.language, membership.cohortName, host.settings().shareCoachRuns, (on) => host.setShareCoachRuns(on))];
  }

  listTools(ctx: ScreenContext, open: OpenExtensionScreen): HTMLElement[] {
    return [cohortEntry(ctx.language, this.feature, () => open(COHORT_SCREEN))];
  }

  debriefSections(ctx: ScreenContext, attempt: DebriefAttempt, open: OpenExtensionScreen): HTMLElement[] {
    return [submissionStatusPanel(ctx.language, this.feature, attempt, {
      leaderboard: (scenarioId) => open(LEADERBOARD_SCREEN, scenarioId),
      cohort: () => open(COHORT_SCREEN),
    })];
  }

  attemptFinished(attempt: AttemptRecord): void {
    this.feature.attemptFinished(attempt, { shareCoachRuns: this.host?.settings().shareCoachRuns ?? true });
  }

  /** `scenario`: a scenario id, null for the overall board, undefined for the board shown last. */
  private leaderboardScreen(ctx: ScreenContext, scenario: string | null | undefined, back: () => void): Screen {
    if (scenario !== undefined) this.board = scenario === null ? { period: this.board.period } : { scenario, period: this.board.period };
    return renderLeaderboard(ctx, this.feature, this.board, { back, chose: (choice) => { this.board = choice; } });
  }
}
