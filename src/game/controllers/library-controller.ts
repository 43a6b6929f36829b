// The scenario list: the cards, the coach/exam switch, a pack import's result, and what the
// extensions add (the way into the cohort among the tools, its "Assigned to you" section, badges
// on the cards). Drawn again in place when an extension's part changes, keeping the focus.
import type { ImportController } from './import-controller.ts';
import { extensionOpener, type GameParts } from './game-parts.ts';
import { renderScenarioList } from '../ui/scenario-list-view.ts';
import type { Message } from '../ui/notice.ts';

export class LibraryController {
  /** The message the list was last shown with, kept when it is drawn again. */
  private message: Message | null = null;
  /** Whether the list has been shown at all (before the first screen there is nothing to redraw). */
  private drawn = false;

  constructor(private readonly parts: GameParts, private readonly imports: ImportController) {}

  /** With a message (a pack import's result), the import button keeps the focus. */
  show(message: Message | null = null): void {
    this.message = message;
    this.drawn = true;
    const screen = this.render(message);
    void this.parts.shell.show('list', screen, message === null);
    if (message) screen.element.querySelector<HTMLElement>('[data-action="pack-file"]')?.focus();
  }

  /**
   * The list open now, drawn again with what changed (a version arrived, an assignment's status):
   * the control that had the focus gets it back, so a keyboard user does not lose their place.
   */
  refresh(): void {
    if (!this.drawn) return;
    const active = document.activeElement;
    const inList = active instanceof HTMLElement && active.closest('.list-screen') !== null;
    const selector = inList ? focusSelector(active) : null;
    const screen = this.render(this.message);
    this.parts.shell.redraw(screen);
    if (!inList) return;
    const again = selector ? screen.element.querySelector<HTMLElement>(selector) : null;
    (again ?? screen.focus)?.focus({ preventScroll: true });
  }

  private render(message: Message | null): ReturnType<typeof renderScenarioList> {
    const { routes, extensions } = this.parts;
    const ctx = this.parts.screenContext();
    const open = extensionOpener(routes);
    const choose = (entry: Parameters<typeof routes.briefing>[0]): void => routes.briefing(entry);
    return renderScenarioList(ctx, {
      open: choose,
      importPack: (file) => void this.importPack(file),
    }, message, false, {
      tools: extensions.flatMap((extension) => extension.listTools(ctx, open)),
      sections: extensions.flatMap((extension) => extension.listSections(ctx, choose)),
      badges: (entry) => extensions.flatMap((extension) => extension.cardBadges(ctx, entry)),
    });
  }

  private async importPack(file: File): Promise<void> {
    const message = await this.imports.importPack(file);
    // The trainee may have moved on meanwhile: the result is shown only on the list.
    if (this.parts.shell.current === 'list') this.show(message);
  }
}

/** How to find the same control in the list drawn again: a card by its entry, an item or a tool by its data attribute. */
function focusSelector(element: HTMLElement): string | null {
  for (const name of ['entry', 'assignment', 'action', 'mode']) {
    const value = element.dataset[name];
    if (value !== undefined) return `[data-${name}="${CSS.escape(value)}"]`;
  }
  return null;
}
