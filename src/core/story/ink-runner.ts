// The inkjs runtime in our own words: advance to the next choice point, collect each line with
// its own tags, choose by index, within a run budget (run-budget.ts). Knows nothing about scoring
// or the scenario contract.
import { Story } from 'inkjs';
import { placeOf, runBudget, StoryBudgetError, type BudgetKind, type RunBudget } from './run-budget.ts';

export interface InkLine {
  text: string;
  tags: string[];
}

export interface InkChoice {
  index: number;
  text: string;
  tags: string[];
  /** The choice point's path in the story, stable across runs of the same compiled story. */
  sourcePath: string;
}

export interface InkPassage {
  lines: InkLine[];
  choices: InkChoice[];
  /** Runtime errors and warnings Ink reported while continuing. */
  problems: string[];
}

export class ChoiceNotOfferedError extends Error {
  constructor(readonly index: number, readonly offered: number) {
    super(offered === 0
      ? `choice ${index} is not offered: the story has ended`
      : `choice ${index} is not offered: choose 0 to ${offered - 1}`);
    this.name = 'ChoiceNotOfferedError';
  }
}

export interface InkRunnerOptions {
  /**
   * An already parsed Story of the same storyJson, to skip parsing it again (the server caches
   * them per content hash). Its state is reset, so the run is the same as on a fresh one. One
   * runner at a time per Story: a new runner takes it over, and the last one then refuses to go
   * on (it would play from the new run's state).
   */
  story?: Story;
  /** Overrides of DEFAULT_RUN_BUDGET (tests use small ones). */
  budget?: Partial<RunBudget>;
}

/** Stories whose run stopped inside Continue(): inkjs keeps half-done work on the Story itself. */
const spent = new WeakSet<Story>();
/** The runner each Story currently plays for. */
const owners = new WeakMap<Story, InkRunner>();

export class InkRunner {
  private readonly story: Story;
  private readonly globals: string[];
  private readonly budget: RunBudget;
  private started = false;
  private readonly problems: string[] = [];
  private steps = 0;
  /** Once an advance has failed the runner stays failed: Ink stopped mid-step. */
  private failure: unknown = null;

  constructor(storyJson: string, seed: number, options: InkRunnerOptions = {}) {
    this.budget = runBudget(options.budget);
    const reused = options.story;
    if (reused && spent.has(reused)) {
      throw new Error('this parsed story was stopped in the middle of a run and cannot be reused: parse the story JSON again');
    }
    this.story = reused ?? new Story(storyJson);
    owners.set(this.story, this);
    // Step is public in inkjs and every runtime step goes through it, so counting there sees them
    // all. Taken from the prototype: a reused Story still carries the last runner's counter.
    const inkStep = (Object.getPrototypeOf(this.story) as Story).Step;
    if (reused) {
      this.story.Step = inkStep; // ResetState replays the global declarations: not this run's steps
      this.story.ResetState();
    }
    this.story.onError = (message: string) => this.problems.push(message);
    this.story.Step = () => {
      this.countStep();
      inkStep.call(this.story);
    };
    this.globals = this.story.globalTags ?? [];
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
  }

  /** The budget this runner enforces, overrides applied. */
  get runBudget(): Readonly<RunBudget> {
    return this.budget;
  }

  get globalTags(): readonly string[] {
    return this.globals;
  }

  get choices(): InkChoice[] {
    return this.story.currentChoices.map((c) => ({
      index: c.index,
      text: c.text.trim(),
      tags: (c.tags ?? []).map((t) => t.trim()),
      sourcePath: c.sourcePath,
    }));
  }

  get ended(): boolean {
    return !this.story.canContinue && this.story.currentChoices.length === 0;
  }

  /** Refuses to play on after a failure, or on a Story another runner has taken over. */
  private usable(): void {
    if (this.failure !== null) throw this.failure;
    if (owners.get(this.story) !== this) throw new Error('this run\'s parsed story was reused by another run: start this run again');
  }

  /**
   * Continues line by line up to the next choice point or the end. Throws StoryBudgetError when
   * the story runs past its budget; the runner (and its Story) is then unusable.
   */
  advance(): InkPassage {
    this.usable();
    try {
      return this.continueToChoice();
    } catch (error) {
      this.failure = error;
      spent.add(this.story);
      throw error;
    }
  }

  private continueToChoice(): InkPassage {
    const lines: InkLine[] = [];
    this.steps = 0;
    let continues = 0;
    while (this.story.canContinue) {
      // Counted per Continue(), printed or not, so a loop of empty lines is stopped too.
      if (++continues > this.budget.lines) this.stop('lines', this.budget.lines);
      const text = (this.story.Continue() ?? '').trim();
      let tags = (this.story.currentTags ?? []).map((t) => t.trim());
      if (!this.started) {
        this.started = true;
        // The first line's tags also carry the global tags (the front matter): drop them here.
        if (this.globals.length > 0 && this.globals.every((g, i) => tags[i] === g.trim())) tags = tags.slice(this.globals.length);
      }
      if (text === '' && tags.length === 0) continue; // conditionals that print nothing
      lines.push({ text, tags });
    }
    return { lines, choices: this.choices, problems: this.problems.splice(0) };
  }

  private countStep(): void {
    if (++this.steps > this.budget.steps) this.stop('steps', this.budget.steps);
    // The call stack's base frame is the story itself: nesting starts one above it.
    if (this.story.state.callStack.depth - 1 > this.budget.depth) this.stop('depth', this.budget.depth);
  }

  private stop(kind: BudgetKind, limit: number): never {
    // Our error is not an inkjs StoryException, so Continue() does not swallow it.
    throw new StoryBudgetError(kind, limit, placeOf(this.story.state.currentPathString));
  }

  choose(index: number): void {
    this.usable();
    const offered = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= offered) throw new ChoiceNotOfferedError(index, offered);
    this.story.ChooseChoiceIndex(index);
  }

  /** Moves the story to a knot or stitch ("knot" or "knot.stitch"), keeping its variables. */
  divert(path: string): void {
    this.usable();
    this.story.ChoosePathString(path);
  }

  /** Knots and stitches visited so far, by path (needs a story compiled with countAllVisits). */
  visitedContainers(): string[] {
    const state = JSON.parse(this.saveState()) as { flows?: unknown; visitCounts?: Record<string, number> };
    return Object.entries(state.visitCounts ?? {}).filter(([, n]) => n > 0).map(([path]) => path);
  }

  variable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  /** Sets a variable the story declares (numbers only: the engine's trust ceiling and clamp). */
  setVariable(name: string, value: number): void {
    this.story.variablesState.$(name, value);
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string): void {
    // Loading a state does not undo what a stopped Continue() left on the Story itself.
    this.usable();
    this.story.state.LoadJson(json);
    this.started = true;
  }
}
