// One run of a scenario: feeds choices to the story, turns tags into events, scores them, and
// keeps the transcript. Pure: the same inputs give the same run in browser, CLI and server.
import type { Rubric } from '../schemas/rubric.ts';
import type { ScenarioMeta } from '../schemas/scenario-meta.ts';
import type { RunEvent } from '../schemas/run-event.ts';
import type { Evidence, RawPoints, ScoreBounds } from '../schemas/score.ts';
import type { TranscriptEntry } from '../schemas/transcript.ts';
import type { Story } from 'inkjs';
import { InkRunner, type InkChoice, type InkPassage } from '../story/ink-runner.ts';
import type { RunBudget } from '../story/run-budget.ts';
import { parseChoiceTag, parseLineTag, type OutcomeKind, type TagContext } from '../story/story-tags.ts';
import { readCustomerState, type CustomerState } from '../persona/customer-state.ts';
import { addEvidence, emptyContext, scoreEvent, zeroPoints, type ReplyContext, type ScoreContext } from '../scoring/score-state.ts';
import { normalise, outOfReachFor, redLinesOf, type Normalised } from '../scoring/normalise.ts';
import type { EndingBest } from '../schemas/score.ts';
import { speechSeconds } from './speech-time.ts';
import { shownOrder } from './reply-order.ts';

export interface ChoiceView {
  index: number;
  text: string;
}

export interface StepResult {
  entries: TranscriptEntry[];
  events: RunEvent[];
  /** Evidence earned by this step: the choice's own worth first, then what the reply revealed. */
  evidence: Evidence[];
}

export interface RunResult extends Normalised {
  outcome: OutcomeKind | null;
  raw: RawPoints;
  evidence: Evidence[];
  events: RunEvent[];
  transcript: TranscriptEntry[];
  customer: CustomerState;
}

/** What the checker's explorer saves and restores per node; everything else is derivable. */
export interface SessionCore {
  ink: string;
  context: ScoreContext;
  outcome: OutcomeKind | null;
  ended: boolean;
  turn: number;
  at: number;
  customer: CustomerState;
}

export interface SessionOptions {
  storyJson: string;
  meta: ScenarioMeta;
  rubric: Rubric;
  seed: number;
  /** Needed only for scores; the explorer that computes them runs without. */
  bounds?: ScoreBounds;
  /** Best raw points per dimension on paths to each ending (the checker finds them). */
  endingBest?: EndingBest;
  /**
   * An already parsed Story of storyJson to reuse (reset first, so the run is the same as on a
   * fresh parse). After a StoryBudgetError it cannot be reused: parse again.
   */
  story?: Story;
  /** Overrides of the run budget (DEFAULT_RUN_BUDGET in story/run-budget.ts). */
  budget?: Partial<RunBudget>;
}

/**
 * start() and choose() throw StoryBudgetError (story/run-budget.ts) when the story runs past its
 * run budget; the session is then unusable and every later call throws the same error.
 */
export class Session {
  readonly transcript: TranscriptEntry[] = [];
  readonly events: RunEvent[] = [];
  readonly evidence: Evidence[] = [];
  readonly taken: number[] = [];
  /**
   * How many of the last step's events came from the reply itself (its tags), scored under the
   * reply's fault; the rest came from the story's answer. The explorer re-scores steps from this.
   */
  replyEvents = 0;
  private readonly runner: InkRunner;
  private readonly tags: TagContext;
  private context: ScoreContext = emptyContext();
  private raw: RawPoints = zeroPoints();
  private offered: InkChoice[] = [];
  /** Shown order of the current offer, computed when first read (the explorer mostly never reads it). */
  private shownCache: number[] | null = null;
  private reply: ReplyContext = { faulted: false };
  private outcomeKind: OutcomeKind | null = null;
  private over = false;
  private turn = 0;
  private at = 0;
  private state: CustomerState = { trust: 50, patience: 50, interest: 50 };

  constructor(private readonly options: SessionOptions) {
    this.runner = new InkRunner(options.storyJson, options.seed, { story: options.story, budget: options.budget });
    this.tags = { meta: options.meta, rubric: options.rubric };
  }

  /** Plays the opening up to the first choice point. Call once, before any choose(). */
  start(): StepResult {
    return this.step(() => this.runner.advance(), null);
  }

  choose(index: number): StepResult {
    if (this.over) throw new Error(`choice ${index} is not offered: the conversation has ended`);
    const choice = this.offered.find((c) => c.index === index);
    if (!choice) this.runner.choose(index); // throws a clear "not offered" error
    return this.step(() => {
      this.runner.choose(index);
      return this.runner.advance();
    }, choice ?? null);
  }

  /** The replies on offer, in the order the trainee sees them (seeded, see reply-order.ts). */
  get choices(): ChoiceView[] {
    if (this.over) return [];
    return this.shown().map((index) => {
      const c = this.offered.find((o) => o.index === index)!;
      return { index: c.index, text: c.text };
    });
  }

  /** Ink indices of the replies on offer, in shown order. */
  get shownOrder(): number[] {
    return this.over ? [] : [...this.shown()];
  }

  /** Choices with their raw tags in Ink's order (index = position), for the explorer and tools. */
  get choicesWithTags(): readonly InkChoice[] {
    return this.over ? [] : this.offered;
  }

  get ended(): boolean {
    return this.over;
  }

  get outcome(): OutcomeKind | null {
    return this.outcomeKind;
  }

  get customer(): CustomerState {
    return this.state;
  }

  get seconds(): number {
    return this.at;
  }

  get rawPoints(): RawPoints {
    return this.raw;
  }

  get scoreContext(): ScoreContext {
    return this.context;
  }

  result(bounds: ScoreBounds | undefined = this.options.bounds): RunResult {
    if (!bounds) throw new Error('scores need the scenario\'s score bounds');
    const { rubric } = this.options;
    return {
      ...normalise(this.raw, bounds, rubric, {
        redLines: redLinesOf(this.evidence, rubric),
        outOfReach: outOfReachFor(this.outcomeKind, this.raw, bounds, this.options.endingBest, rubric),
      }),
      outcome: this.outcomeKind,
      raw: this.raw,
      evidence: this.evidence,
      events: this.events,
      transcript: this.transcript,
      customer: this.state,
    };
  }

  /**
   * Sends the story to a knot or stitch, for the play-test's "play from here" (start-at.ts);
   * throws when the story has no such path.
   */
  divert(path: string): void {
    this.runner.divert(path);
  }

  saveCore(): SessionCore {
    return {
      ink: this.runner.saveState(), context: this.context, outcome: this.outcomeKind, ended: this.over,
      turn: this.turn, at: this.at, customer: this.state,
    };
  }

  /** Restores a saved core. The transcript and events are not part of it and start empty. */
  loadCore(core: SessionCore): void {
    this.runner.loadState(core.ink);
    this.context = core.context;
    this.outcomeKind = core.outcome;
    this.over = core.ended;
    this.turn = core.turn;
    this.at = core.at;
    this.state = core.customer;
    this.offered = this.runner.choices;
    this.shownCache = null;
    this.raw = zeroPoints();
    this.transcript.length = 0;
    this.events.length = 0;
    this.evidence.length = 0;
  }

  private step(play: () => InkPassage, choice: InkChoice | null): StepResult {
    const firstEntry = this.transcript.length;
    const firstEvent = this.events.length;
    const firstEvidence = this.evidence.length;
    let trustBefore: number | null = null;
    let faulted = false;
    if (choice) {
      trustBefore = numberOrNull(this.runner.variable('trust'));
      const shown = this.shown();
      this.turn += 1;
      this.taken.push(choice.index);
      const entry = this.addEntry('trainee', choice.text, choice.tags, choice.index, shown);
      this.emit({ type: 'choice', entry, index: choice.index, text: choice.text });
      const parsedTags = choice.tags.map((tag) => ({ tag, parsed: parseChoiceTag(tag, this.tags) }));
      faulted = parsedTags.some(({ parsed }) => parsed.ok && parsed.tag.key === 'fault');
      this.reply = { faulted };
      for (const { tag, parsed } of parsedTags) {
        if (!parsed.ok) {
          this.emit({ type: 'problem', entry, message: parsed.error });
          continue;
        }
        const t = parsed.tag;
        if (t.key === 'points') this.emit({ type: 'points', entry, tag, dimension: t.dimension, points: t.points });
        else if (t.key === 'technique') this.emit({ type: 'technique', entry, tag, id: t.id });
        else if (t.key === 'fault') this.emit({ type: 'fault', entry, tag, id: t.id });
        else if (t.key === 'close') this.emit({ type: 'close', entry, tag, technique: t.technique });
        else if (t.key === 'tip') this.emit({ type: 'tip', entry, tag, text: t.text });
        // "say:" examples feed matching of a trainee's own words; they earn and show nothing here.
      }
      this.reply = { faulted: false };
    }
    this.replyEvents = this.events.length - firstEvent;
    const passage = play();
    let lines = passage.lines;
    // A choice written without brackets is echoed as a line carrying the choice's tags again;
    // the trainee entry above already holds it.
    if (choice && lines[0] && lines[0].text === choice.text && choice.tags.every((t) => lines[0]!.tags.includes(t))) {
      lines = lines.slice(1);
    } else if (choice && lines[0] && choice.tags.length > 0 && choice.tags.every((t) => lines[0]!.tags.includes(t))) {
      lines = [{ text: lines[0].text, tags: lines[0].tags.filter((t) => !choice.tags.includes(t)) }, ...lines.slice(1)];
    }
    for (const line of lines) this.readLine(line.text, line.tags);
    const lastEntry = Math.max(0, this.transcript.length - 1);
    for (const message of passage.problems) this.emit({ type: 'problem', entry: lastEntry, message });
    markFault(this.runner, faulted ? trustBefore : null);
    const read = readCustomerState((name) => this.runner.variable(name));
    this.state = read.state;
    if (read.missing.length > 0 && choice === null) {
      this.emit({ type: 'problem', entry: lastEntry, message: `the story does not declare VAR ${read.missing.join(', VAR ')} (0–100)` });
    }
    this.emit({ type: 'customer', entry: lastEntry, ...this.state });
    this.offered = passage.choices;
    this.shownCache = null;
    if (!this.over && this.state.patience <= 0 && read.missing.length === 0) {
      this.emit({ type: 'outcome', entry: lastEntry, tag: null, kind: 'hang-up' });
    } else if (!this.over && this.runner.ended) {
      this.emit({ type: 'problem', entry: lastEntry, message: 'the story ended without an "# outcome:" tag' });
      this.over = true;
    }
    return {
      entries: this.transcript.slice(firstEntry),
      events: this.events.slice(firstEvent),
      evidence: this.evidence.slice(firstEvidence),
    };
  }

  private readLine(text: string, tags: string[]): void {
    let speaker = 'customer';
    const parsed = tags.map((tag) => ({ tag, result: parseLineTag(tag, this.tags) }));
    for (const { result } of parsed) if (result.ok && result.tag.key === 'speaker') speaker = result.tag.who;
    const entry = text === '' && this.transcript.length > 0 ? this.transcript.length - 1 : this.addEntry(speaker, text, tags);
    for (const { tag, result } of parsed) {
      if (!result.ok) {
        this.emit({ type: 'problem', entry, message: result.error });
        continue;
      }
      const t = result.tag;
      if (t.key === 'reveals') this.emit({ type: 'need-revealed', entry, tag, need: t.need });
      else if (t.key === 'raises') this.emit({ type: 'objection-raised', entry, tag, objection: t.objection });
      else if (t.key === 'resolved') this.emit({ type: 'objection-resolved', entry, tag, objection: t.objection });
      else if (t.key === 'signal') this.emit({ type: 'signal', entry, tag, kind: t.kind });
      else if (t.key === 'outcome') this.emit({ type: 'outcome', entry, tag, kind: t.kind });
    }
  }

  private shown(): number[] {
    this.shownCache ??= shownOrder(this.options.seed, this.turn, this.offered);
    return this.shownCache;
  }

  private addEntry(speaker: string, text: string, tags: string[], choice?: number, shown?: number[]): number {
    this.at += speechSeconds(text);
    const entry: TranscriptEntry = { turn: this.turn, speaker, text, tags, at: this.at };
    if (choice !== undefined) entry.choice = choice;
    if (shown !== undefined) entry.shown = shown;
    this.transcript.push(entry);
    return this.transcript.length - 1;
  }

  private emit(event: RunEvent): void {
    this.events.push(event);
    const scored = scoreEvent(this.context, event, this.options.rubric, this.reply);
    this.context = scored.context;
    if (scored.evidence.length > 0) {
      this.evidence.push(...scored.evidence);
      this.raw = addEvidence(this.raw, scored.evidence);
    }
    if (event.type === 'outcome') {
      this.outcomeKind = event.kind;
      this.over = true;
    }
  }
}

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * A fault leaves its mark (stories that declare VAR trust_ceiling, as stories/_lib does): a
 * faulted reply lowers the ceiling by the trust its passage cost, and trust is held under the
 * ceiling after every step, so saturation at 100 cannot erase an earlier fault. Stories compiled
 * without the variable run exactly as before, so attempts on older versions replay unchanged.
 */
function markFault(runner: InkRunner, trustBeforeFaultedReply: number | null): void {
  const ceiling = numberOrNull(runner.variable('trust_ceiling'));
  if (ceiling === null) return;
  const trust = numberOrNull(runner.variable('trust'));
  if (trust === null) return;
  let next = ceiling;
  if (trustBeforeFaultedReply !== null && trust < trustBeforeFaultedReply) next = Math.max(0, ceiling - (trustBeforeFaultedReply - trust));
  if (next !== ceiling) runner.setVariable('trust_ceiling', next);
  if (trust > next) runner.setVariable('trust', next);
}
