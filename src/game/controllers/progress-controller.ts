// The trainee's progress: attempts, trends and coverage, and the replay of one attempt (with the
// best path only once the trainee has finished that scenario: it is an answer key).
import type { AttemptRecord } from '../../core/schemas/records.ts';
import { hasFinished } from '../progress/counted-attempts.ts';
import { loadReplay } from '../run/replay-data.ts';
import { renderProgress } from '../ui/progress-view.ts';
import { renderReplay } from '../ui/replay-view.ts';
import type { GameParts } from './game-parts.ts';

export class ProgressController {
  constructor(private readonly parts: GameParts) {}

  async show(): Promise<void> {
    const { data, shell, routes } = this.parts;
    try {
      await data.reloadAttempts();
    } catch {
      // Show what was read last.
    }
    await shell.show('progress', renderProgress(this.parts.screenContext(), data.attempts, {
      start: (entry) => routes.briefing(entry),
      replay: (attempt) => void routes.replay(attempt),
      practice: () => routes.list(),
    }));
  }

  async replay(attempt: AttemptRecord): Promise<void> {
    const { data, shell, routes } = this.parts;
    const loaded = await loadReplay(attempt, data.catalog, { finishedOnce: hasFinished(data.attempts, attempt) });
    if (!loaded.ok) {
      const { problem, detail } = loaded;
      await routes.progress();
      shell.notify('error', (t) => t('replay.unavailable', { reason: `${t(`resume.${problem}`)} (${detail})` }), false);
      return;
    }
    await shell.show('replay', renderReplay(this.parts.screenContext(), loaded.data, { back: () => void routes.progress() }));
  }
}
