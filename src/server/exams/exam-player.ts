// Plays a server-played exam from its inputs: the core's one replay (src/core/session/replay.ts)
// over (bundle, rubric, {seed, choices}) on a parsed Story reused per content hash (the
// verifiers' StoryCache), and what the trainee may see of the result copied out as plain data —
// lines without tags, the replies on offer in shown order — before anything else can take the
// cached Story. Nothing of a session outlives the call: the database row is the exam.
import type { ExamChoice, ExamLine } from '../../contract/exams.ts';
import type { CustomerState } from '../../core/persona/customer-state.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { replaySession } from '../../core/session/replay.ts';
import type { Session } from '../../core/session/session.ts';
import type { OutcomeKind } from '../../core/story/story-tags.ts';
import { StoryBudgetError } from '../../core/story/run-budget.ts';
import type { VerifiedSummary } from '../attempts/verify-attempt.ts';
import { StoryCache } from '../verify/story-cache.ts';
import { verifyWithCache } from '../verify/verify-in-thread.ts';

/** The exam as the trainee sees it after the inputs. */
export interface PlayedExam {
  lines: ExamLine[];
  /** Empty once the conversation has ended. */
  choices: ExamChoice[];
  customer: CustomerState;
  seconds: number;
  ended: boolean;
  outcome: OutcomeKind | null;
}

/** The inputs play on, but `index` is not one of the replies on offer. */
export class NotOfferedError extends Error {
  constructor(readonly index: number, readonly turn: number) {
    super(`reply ${index} is not offered at turn ${turn}`);
    this.name = 'NotOfferedError';
  }
}

/** The story ran past its run budget: the version cannot be played (it is the story's fault, not the trainee's). */
export class UnplayableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnplayableError';
  }
}

function seen(session: Session): PlayedExam {
  return {
    lines: session.transcript.map((e) => ({ turn: e.turn, speaker: e.speaker, text: e.text, at: e.at })),
    choices: session.choices.map((c) => ({ index: c.index, text: c.text })),
    customer: { ...session.customer },
    seconds: session.seconds,
    ended: session.ended,
    outcome: session.outcome,
  };
}

export class ExamPlayer {
  constructor(private readonly stories = new StoryCache()) {}

  /** The exam after `inputs`. Throws UnplayableError for a runaway story. */
  play(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs): PlayedExam {
    return this.run(bundle, rubric, inputs, seen);
  }

  /** The exam after `inputs` and then reply `index`; NotOfferedError when it is not on offer. */
  playOn(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs, index: number): PlayedExam {
    return this.run(bundle, rubric, inputs, (session) => {
      if (session.ended || !session.choices.some((c) => c.index === index)) throw new NotOfferedError(index, inputs.choices.length);
      session.choose(index);
      return seen(session);
    });
  }

  /**
   * What is stored of the exam as it stands: the same verification a submitted attempt gets
   * (verify-in-thread.ts), so a server-played exam scores exactly as its replay does.
   */
  summary(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs): VerifiedSummary {
    const verified = verifyWithCache(this.stories, bundle, rubric, inputs);
    if (verified.ok) return verified.summary;
    if (verified.kind === 'budget') throw new UnplayableError(verified.message);
    throw new Error(`exam inputs stored on the server do not replay: ${verified.message}`);
  }

  private run<T>(bundle: ScenarioBundle, rubric: Rubric, inputs: ReplayInputs, read: (session: Session) => T): T {
    const story = this.stories.take(bundle.contentHash, bundle.storyJson);
    try {
      return read(replaySession(bundle, rubric, inputs, { story }));
    } catch (error) {
      if (error instanceof NotOfferedError) throw error;
      // The run stopped inside inkjs: that Story may hold half-done work.
      this.stories.discard(bundle.contentHash);
      if (error instanceof StoryBudgetError) throw new UnplayableError(error.message);
      throw error;
    }
  }
}
