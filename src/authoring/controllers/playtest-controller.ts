// Play-testing the draft: the play-test panel follows each newly checked version, plays the
// checker's best path when the report asks, and takes the number keys while its tab is open.
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { SourcePoint } from '../../toolchain/compile.ts';
import { PlaytestPanel } from '../playtest/playtest-panel.ts';
import type { StudioParts } from './studio-parts.ts';

export class PlaytestController {
  private panel: PlaytestPanel | null = null;

  constructor(private readonly parts: StudioParts) {}

  /** The panel, in the shell's play tab (once the page is mounted). */
  mount(): void {
    this.panel = new PlaytestPanel(this.parts.shell.panel.play, { rubric: courseRubric, strings: () => this.parts.strings(), language: () => this.parts.language() });
  }

  private get play(): PlaytestPanel {
    if (!this.panel) throw new Error('the play-test is not mounted yet');
    return this.panel;
  }

  setScenario(bundle: ScenarioBundle | null, knots: SourcePoint[]): void {
    this.play.setScenario(bundle, knots);
  }

  /** The report's "play the best path": the play tab, with the path played to its end. */
  playPath(path: readonly number[]): void {
    this.parts.shell.showTab('play');
    this.play.playPath(path);
  }

  handleKey(event: KeyboardEvent): void {
    this.play.handleKey(event);
  }

  render(): void {
    this.play.render();
  }
}
