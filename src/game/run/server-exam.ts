// A cohort exam as a Conversation (conversation.ts): the server plays the story and answers each
// reply with the exam as it stands (lines without tags, replies in shown order, the customer's
// state, the call timer); this adapter keeps the last answer and hands the controller each
// step's new lines. Nothing here sees the story. A reply that got no answer can be sent again
// as it was (same turn, same index: the server answers a repeated turn idempotently); a turn
// another tab took first is read back and shown as it happened.
import type { Attempt } from '../../contract/attempts.ts';
import type { ExamLine, ExamState } from '../../contract/exams.ts';
import type { CustomerState } from '../../core/persona/customer-state.ts';
import type { TranscriptEntry } from '../../core/schemas/transcript.ts';
import type { ChoiceView, StepResult } from '../../core/session/session.ts';
import type { OutcomeKind } from '../../core/story/story-tags.ts';
import type { Conversation } from './conversation.ts';
import { ExamCallError, type ExamTransport } from './exam-port.ts';

function entryOf(line: ExamLine): TranscriptEntry {
  return { turn: line.turn, speaker: line.speaker, text: line.text, tags: [], at: line.at };
}

export class ServerExam implements Conversation {
  readonly evidence = [] as const;
  readonly events = [] as const;
  private current: ExamState;
  private lines: TranscriptEntry[];
  private sending = false;

  constructor(private readonly transport: ExamTransport, state: ExamState) {
    this.current = state;
    this.lines = state.lines.map(entryOf);
  }

  /** The server's last answer. */
  get state(): ExamState {
    return this.current;
  }

  get examId(): string {
    return this.current.examId;
  }

  /** The attempt the server stored, once the exam is finished or abandoned. */
  get attempt(): Attempt | null {
    return this.current.attempt;
  }

  start(): StepResult {
    return { entries: [...this.lines], events: [], evidence: [] };
  }

  async choose(index: number): Promise<StepResult> {
    if (this.ended) throw new Error(`reply ${index} is not offered: the exam is over`);
    if (this.sending) throw new Error('a reply is already on its way');
    if (!this.current.choices.some((c) => c.index === index)) throw new Error(`reply ${index} is not offered at turn ${this.current.turn}`);
    const { examId, turn } = this.current;
    const before = this.lines.length;
    this.sending = true;
    try {
      let next: ExamState;
      try {
        next = await this.transport.turn(examId, turn, index);
      } catch (error) {
        if (!(error instanceof ExamCallError) || error.failure !== 'conflict') throw error;
        next = await this.transport.get(examId);
      }
      this.apply(next);
    } finally {
      this.sending = false;
    }
    return { entries: this.lines.slice(before), events: [], evidence: [] };
  }

  /** Leaves the exam: the server scores it as it stands and stores it abandoned. */
  async abandon(): Promise<ExamState> {
    this.apply(await this.transport.abandon(this.current.examId));
    return this.current;
  }

  get choices(): readonly ChoiceView[] {
    return this.ended ? [] : this.current.choices;
  }

  get transcript(): readonly TranscriptEntry[] {
    return this.lines;
  }

  get customer(): CustomerState {
    return this.current.customer;
  }

  get seconds(): number {
    return this.current.seconds;
  }

  get ended(): boolean {
    return this.current.status !== 'open';
  }

  get outcome(): OutcomeKind | null {
    return this.current.outcome;
  }

  private apply(state: ExamState): void {
    if (state.examId !== this.current.examId) throw new Error(`the server answered for exam ${state.examId}, not ${this.current.examId}`);
    this.current = state;
    this.lines = state.lines.map(entryOf);
  }
}
