// The debrief after a conversation: scores and evidence, what the extensions add (the cohort's
// submission line), and the ways on (again, the list, progress, the replay once it is stored).
import type { Run } from '../run/run.ts';
import { renderDebrief } from '../ui/debrief-view.ts';
import { extensionOpener, type GameParts } from './game-parts.ts';

export class DebriefController {
  constructor(private readonly parts: GameParts) {}

  show(run: Run, saved: Promise<string | null>): void {
    const { shell, routes, data, extensions } = this.parts;
    const ctx = this.parts.screenContext();
    const attempt = { id: run.id, scenarioId: run.entry.meta.id, overall: run.session.result().overall };
    const open = extensionOpener(routes);
    const sections = extensions.flatMap((extension) => extension.debriefSections(ctx, attempt, open));
    void shell.show('debrief', renderDebrief(ctx, run, {
      again: () => void routes.call(run.entry),
      back: () => routes.list(),
      progress: () => void routes.progress(),
      replay: () => {
        const stored = data.attempts.find((a) => a.id === run.id);
        if (stored) void routes.replay(stored);
      },
    }, saved, sections));
  }
}
