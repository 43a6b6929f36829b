// The inkjs runtime in our own words: advance to the next choice point, collect each line with
// its own tags, choose by index. Knows nothing about scoring or the scenario contract.
import { Story } from 'inkjs';

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

export class InkRunner {
  private readonly story: Story;
  private readonly globals: string[];
  private started = false;
  private readonly problems: string[] = [];

  constructor(storyJson: string, seed: number) {
    this.story = new Story(storyJson);
    this.story.onError = (message: string) => this.problems.push(message);
    this.globals = this.story.globalTags ?? [];
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
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

  /** Continues line by line up to the next choice point or the end. */
  advance(): InkPassage {
    const lines: InkLine[] = [];
    while (this.story.canContinue) {
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

  choose(index: number): void {
    const offered = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= offered) throw new ChoiceNotOfferedError(index, offered);
    this.story.ChooseChoiceIndex(index);
  }

  /** Knots and stitches visited so far, by path (needs a story compiled with countAllVisits). */
  visitedContainers(): string[] {
    const state = JSON.parse(this.saveState()) as { flows?: unknown; visitCounts?: Record<string, number> };
    return Object.entries(state.visitCounts ?? {}).filter(([, n]) => n > 0).map(([path]) => path);
  }

  variable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string): void {
    this.story.state.LoadJson(json);
    this.started = true;
  }
}
