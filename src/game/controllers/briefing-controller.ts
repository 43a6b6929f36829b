// The briefing before a conversation: the customer record, the mode switch, and Start (and, in
// a cohort, whether an exam of this scenario is played on the server).
import type { ScenarioEntry } from '../run/scenario-entry.ts';
import { renderBriefing } from '../ui/briefing-view.ts';
import { examServiceOf, type GameParts } from './game-parts.ts';

export class BriefingController {
  constructor(private readonly parts: GameParts) {}

  /** `problem`: why the last start failed, shown with the actions. */
  show(entry: ScenarioEntry, problem: string | null = null): void {
    const { shell, routes } = this.parts;
    const exams = examServiceOf(this.parts);
    void shell.show('briefing', renderBriefing(this.parts.screenContext(), entry, {
      start: () => void routes.call(entry),
      back: () => routes.list(),
    }, problem, { examOnServer: exams?.serves(entry) ?? false, online: exams?.online() ?? true }));
  }
}
