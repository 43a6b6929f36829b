// The cohort features as the app shell uses them: the entry on the scenario list, the cohort and
// leaderboard screens, the debrief's submission line, and the hand-over of finished attempts.
// One object, so the app needs only a few lines to host it.
import type { AttemptRecord } from '../../core/schemas/records.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { Screen, ScreenContext } from '../ui/screen.ts';
import { cohortEntry } from './cohort-entry.ts';
import type { CohortFeature } from './cohort-feature.ts';
import { renderCohortScreen } from './cohort-screen.ts';
import { renderLeaderboard, type BoardChoice } from './leaderboard-screen.ts';
import { submissionStatusPanel, type StatusActions } from './submission-status-view.ts';

export class CohortUi {
  private board: BoardChoice = { period: 'all' };

  constructor(readonly feature: CohortFeature) {}

  entry(language: Language, open: () => void): HTMLElement {
    return cohortEntry(language, this.feature, open);
  }

  cohortScreen(ctx: ScreenContext, leaderboard: () => void): Screen {
    return renderCohortScreen(ctx, this.feature, { leaderboard });
  }

  /** `scenario`: a scenario id, null for the overall board, undefined for the board shown last. */
  leaderboardScreen(ctx: ScreenContext, scenario: string | null | undefined, back: () => void): Screen {
    if (scenario !== undefined) this.board = scenario === null ? { period: this.board.period } : { scenario, period: this.board.period };
    return renderLeaderboard(ctx, this.feature, this.board, { back, chose: (choice) => { this.board = choice; } });
  }

  attemptFinished(attempt: AttemptRecord): void {
    this.feature.attemptFinished(attempt);
  }

  debriefPanel(language: Language, attempt: { id: string; scenarioId: string; overall: number }, actions: StatusActions): HTMLElement {
    return submissionStatusPanel(language, this.feature, attempt, actions);
  }
}
