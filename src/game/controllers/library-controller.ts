// The scenario list: the cards, the coach/exam switch, a pack import's result, and what the
// extensions add to its tools (the way into the cohort).
import type { ImportController } from './import-controller.ts';
import { extensionOpener, type GameParts } from './game-parts.ts';
import { renderScenarioList } from '../ui/scenario-list-view.ts';
import type { Message } from '../ui/notice.ts';

export class LibraryController {
  constructor(private readonly parts: GameParts, private readonly imports: ImportController) {}

  /** With a message (a pack import's result), the import button keeps the focus. */
  show(message: Message | null = null): void {
    const { shell, routes, extensions } = this.parts;
    const ctx = this.parts.screenContext();
    const open = extensionOpener(routes);
    const tools = extensions.flatMap((extension) => extension.listTools(ctx, open));
    const screen = renderScenarioList(ctx, {
      open: (entry) => routes.briefing(entry),
      importPack: (file) => void this.importPack(file),
    }, message, false, tools);
    void shell.show('list', screen, message === null);
    if (message) screen.element.querySelector<HTMLElement>('[data-action="pack-file"]')?.focus();
  }

  private async importPack(file: File): Promise<void> {
    const message = await this.imports.importPack(file);
    // The trainee may have moved on meanwhile: the result is shown only on the list.
    if (this.parts.shell.current === 'list') this.show(message);
  }
}
