// The cohort features as a game extension (src/game/shell/game-extension.ts): the way in on the
// scenario list, the cohort and leaderboard screens, the debrief's submission line, and the
// hand-over of finished attempts. The game hosts it through that interface alone.
import type { AttemptRecord } from '../../core/schemas/records.ts';
import type { DebriefAttempt, GameExtension, OpenExtensionScreen } from '../shell/game-extension.ts';
import type { Screen, ScreenContext } from '../ui/screen.ts';
import { cohortEntry } from './cohort-entry.ts';
import type { CohortFeature } from './cohort-feature.ts';
import { renderCohortScreen } from './cohort-screen.ts';
import { renderLeaderboard, type BoardChoice } from './leaderboard-screen.ts';
import { submissionStatusPanel } from './submission-status-view.ts';

export const COHORT_SCREEN = 'cohort';
export const LEADERBOARD_SCREEN = 'leaderboard';

export class CohortUi implements GameExtension {
  private board: BoardChoice = { period: 'all' };
  readonly screens: GameExtension['screens'] = {
    [COHORT_SCREEN]: (ctx, open) => renderCohortScreen(ctx, this.feature, { leaderboard: () => open(LEADERBOARD_SCREEN, null) }),
    [LEADERBOARD_SCREEN]: (ctx, open, scenario) => this.leaderboardScreen(ctx, scenario, () => open(COHORT_SCREEN)),
  };

  constructor(readonly feature: CohortFeature) {}

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
    this.feature.attemptFinished(attempt);
  }

  /** `scenario`: a scenario id, null for the overall board, undefined for the board shown last. */
  private leaderboardScreen(ctx: ScreenContext, scenario: string | null | undefined, back: () => void): Screen {
    if (scenario !== undefined) this.board = scenario === null ? { period: this.board.period } : { scenario, period: this.board.period };
    return renderLeaderboard(ctx, this.feature, this.board, { back, chose: (choice) => { this.board = choice; } });
  }
}
