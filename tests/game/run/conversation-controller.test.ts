import { describe, expect, it } from 'vitest';
import type { Timers } from '../../../src/core/clock.ts';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import type { PlayMode } from '../../../src/core/schemas/records.ts';
import type { TranscriptEntry } from '../../../src/core/schemas/transcript.ts';
import { sessionOptions } from '../../../src/core/session/scenario-bundle.ts';
import { Session, type ChoiceView, type StepResult } from '../../../src/core/session/session.ts';
import {
  ConversationController, type ConversationHint, type ConversationPose, type ConversationScreen, type ReplyTransit,
} from '../../../src/game/run/conversation-controller.ts';
import type { Conversation } from '../../../src/game/run/conversation.ts';
import { ExamCallError } from '../../../src/game/run/exam-port.ts';
import { COACH_PAUSE_MS, END_DELAY_MS, INSTANT_END_DELAY_MS, pauseFor, RING_MS, type Pace } from '../../../src/game/run/pace.ts';
import { callStartTones, chimeTones } from '../../../src/game/sound/tones.ts';
import type { Tone } from '../../../src/game/sound/tones.ts';
import { compileHostile, SILENT_LOOP } from '../../helpers/hostile-stories.ts';
import { aBundle } from '../builders.ts';

/** The small playable scenario, checked once: its best path sells. */
const SAMPLE = aBundle();

/** Timers the test moves by hand: nothing runs until `advance` passes its time. */
class FakeTimers implements Timers {
  private now = 0;
  private queue: Array<{ at: number; run: () => void; live: boolean }> = [];

  after(ms: number, run: () => void): () => void {
    const timer = { at: this.now + ms, run, live: true };
    this.queue.push(timer);
    return () => {
      timer.live = false;
    };
  }

  get pending(): number {
    return this.queue.filter((t) => t.live).length;
  }

  /** Moves time on by `ms`, running each timer that falls due (and what its promises start). */
  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    await settle();
    for (;;) {
      const due = this.queue.filter((t) => t.live && t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.now = due.at;
      due.live = false;
      due.run();
      await settle();
    }
    this.now = until;
  }
}

/** Lets every promise the controller chained settle. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The conversation screen as a record of what the controller asked it to show. */
class RecordingScreen implements ConversationScreen {
  lines: TranscriptEntry[] = [];
  feedbacks: Array<{ kind: 'choice' | 'reply'; tips: readonly string[] }> = [];
  poses: ConversationPose[] = [];
  busy = false;
  ready = false;
  shownHint: ConversationHint = { kind: 'none' };
  offered: readonly ChoiceView[] = [];
  overWith: Session['outcome'] | 'not over' = 'not over';
  transits: ReplyTransit[] = [];
  stoppedWith: unknown = null;
  focused: 'debrief' | 'leave' | null = null;
  leaveOpen = false;
  private answer: ((confirmed: boolean) => void) | null = null;

  line(line: TranscriptEntry): void {
    this.lines.push(line);
  }
  feedback(_evidence: unknown, tips: readonly string[], kind: 'choice' | 'reply'): void {
    this.feedbacks.push({ kind, tips });
  }
  pose(pose: ConversationPose): void {
    this.poses.push(pose);
  }
  status(busy: boolean, ready: boolean): void {
    this.busy = busy;
    this.ready = ready;
  }
  hint(hint: ConversationHint): void {
    this.shownHint = hint;
  }
  clearChoices(): void {
    this.offered = [];
  }
  choices(offered: readonly ChoiceView[]): void {
    this.offered = offered;
  }
  transit(state: ReplyTransit): void {
    this.transits.push(state);
  }
  get transitNow(): ReplyTransit {
    return this.transits.at(-1) ?? null;
  }
  over(outcome: Session['outcome']): void {
    this.overWith = outcome;
  }
  stopped(error: unknown): void {
    this.stoppedWith = error;
  }
  focusDebrief(): void {
    this.focused = 'debrief';
  }
  focusLeave(): void {
    this.focused = 'leave';
  }
  askLeave(): Promise<boolean> {
    this.leaveOpen = true;
    return new Promise((resolve) => {
      this.answer = resolve;
    });
  }
  /** The trainee answers the Leave question. */
  answerLeave(confirmed: boolean): void {
    this.leaveOpen = false;
    this.answer?.(confirmed);
  }
}

interface Rig {
  controller: ConversationController;
  screen: RecordingScreen;
  timers: FakeTimers;
  session: Session;
  calls: string[];
  played: Array<readonly Tone[]>;
}

function rig(options: { mode?: PlayMode; pace?: Pace; sound?: boolean; session?: Session; conversation?: Conversation } = {}): Rig {
  const session = options.session ?? new Session(sessionOptions(SAMPLE.bundle, courseRubric, 0));
  const screen = new RecordingScreen();
  const timers = new FakeTimers();
  const calls: string[] = [];
  const played: Array<readonly Tone[]> = [];
  const controller = new ConversationController({
    conversation: options.conversation ?? session, mode: options.mode ?? 'coach', channel: 'outbound-call', pace: options.pace ?? 'speaking', timers,
    sound: { enabled: options.sound ?? false, play: (tones) => played.push(tones) },
    actions: {
      stepped: () => calls.push('stepped'), finished: () => calls.push('finished'), end: () => calls.push('end'),
      leave: () => calls.push('leave'), abandon: () => calls.push('abandon'),
    },
    screen,
  });
  return { controller, screen, timers, session, calls, played };
}

/**
 * The real Session, with each reply's answer held back until the test lets it through (or drops
 * it, as a lost connection does): how a cohort exam's answers reach the controller, minus the network.
 */
class AnsweredLater implements Conversation {
  readonly sent: number[] = [];
  private held: { index: number; resolve: (step: StepResult) => void; reject: (error: unknown) => void } | null = null;

  constructor(readonly session: Session) {}

  start(): StepResult {
    return this.session.start();
  }
  choose(index: number): Promise<StepResult> {
    this.sent.push(index);
    return new Promise((resolve, reject) => {
      this.held = { index, resolve, reject };
    });
  }
  get waiting(): boolean {
    return this.held !== null;
  }
  /** The server's answer arrives. */
  answer(): void {
    const held = this.take();
    held.resolve(this.session.choose(held.index));
  }
  fail(error: unknown): void {
    this.take().reject(error);
  }
  private take(): NonNullable<AnsweredLater['held']> {
    const held = this.held;
    if (!held) throw new Error('no reply is on its way');
    this.held = null;
    return held;
  }
  get choices(): readonly ChoiceView[] {
    return this.session.choices;
  }
  get transcript(): readonly TranscriptEntry[] {
    return this.session.transcript;
  }
  get evidence() {
    return this.session.evidence;
  }
  get events() {
    return this.session.events;
  }
  get customer() {
    return this.session.customer;
  }
  get seconds(): number {
    return this.session.seconds;
  }
  get ended(): boolean {
    return this.session.ended;
  }
  get outcome() {
    return this.session.outcome;
  }
}

/** Picks the reply with this Ink index from those on offer. */
function pickInk(r: Rig, inkIndex: number): void {
  const position = r.screen.offered.findIndex((c) => c.index === inkIndex);
  expect(position, `reply ${inkIndex} is on offer`).toBeGreaterThanOrEqual(0);
  r.controller.pick(position);
}

/** Plays out whatever step is running, however long its pauses are. */
async function playOut(r: Rig): Promise<void> {
  await r.timers.advance(60_000);
}

describe('the conversation controller', () => {
  it('shows each line after the pause the one before it earned, and only then offers the replies', async () => {
    const r = rig({ mode: 'exam' });
    r.controller.start(false);
    await settle();
    expect(r.calls).toEqual(['stepped']);
    expect(r.screen.lines.map((l) => l.text)).toEqual(['Hello?']);
    expect(r.screen.busy).toBe(true);
    expect(r.screen.ready).toBe(false);
    expect(r.screen.shownHint).toEqual({ kind: 'speaking', speaker: 'customer' });
    const opening = r.session.transcript[0];
    if (!opening) throw new Error('no opening line');

    await r.timers.advance(pauseFor(opening.at) - 1);
    expect(r.screen.offered, 'the replies wait for the line to be spoken').toEqual([]);
    await r.timers.advance(1);
    expect(r.screen.offered.map((c) => c.index).sort()).toEqual([0, 1]);
    expect(r.screen.ready).toBe(true);
    expect(r.screen.busy).toBe(false);
    expect(r.screen.shownHint).toEqual({ kind: 'replies', count: 2 });
    expect(r.timers.pending).toBe(0);
  });

  it('paces a reply line by line: the trainee\'s words, then the customer after the seconds between them', async () => {
    const r = rig({ mode: 'exam' });
    r.controller.start(false);
    await playOut(r);
    const before = r.session.transcript.length;
    pickInk(r, 0);
    await settle();
    const step = r.session.transcript.slice(before);
    expect(step.map((l) => l.speaker)).toEqual(['trainee', 'customer']);
    const [mine, theirs] = step as [TranscriptEntry, TranscriptEntry];
    expect(r.screen.lines.at(-1)).toBe(mine);
    expect(r.screen.poses.at(-1)?.speaking).toBe('trainee');

    const previous = r.session.transcript[before - 1]?.at ?? 0;
    await r.timers.advance(pauseFor(mine.at - previous) - 1);
    expect(r.screen.lines.at(-1), 'the customer has not answered yet').toBe(mine);
    await r.timers.advance(1);
    expect(r.screen.lines.at(-1)).toBe(theirs);
    expect(r.screen.poses.at(-1)).toMatchObject({ speaking: 'customer', seconds: theirs.at, customer: r.session.customer });
  });

  it('lets the coach\'s feedback on a choice stand for the coach pause before the customer answers', async () => {
    const r = rig({ mode: 'coach' });
    r.controller.start(false);
    await playOut(r);
    const before = r.session.transcript.length;
    const previous = r.session.transcript[before - 1]?.at ?? 0;
    pickInk(r, 0);
    await settle();
    const mine = r.session.transcript[before];
    if (!mine) throw new Error('no trainee line');
    expect(r.screen.feedbacks).toEqual([]);
    await r.timers.advance(pauseFor(mine.at - previous));
    expect(r.screen.feedbacks).toEqual([{ kind: 'choice', tips: ['Ask before you pitch'] }]);
    expect(r.screen.lines.at(-1)).toBe(mine);
    await r.timers.advance(COACH_PAUSE_MS - 1);
    expect(r.screen.lines.at(-1), 'the customer waits while the feedback stands').toBe(mine);
    await r.timers.advance(1);
    expect(r.screen.lines.at(-1)?.speaker).toBe('customer');
  });

  it('plays the rest of a step at once when the trainee hurries it with a key, and ignores keys with a modifier', async () => {
    const r = rig({ mode: 'coach' });
    r.controller.start(false);
    await playOut(r);
    pickInk(r, 0);
    await settle();
    expect(r.controller.key({ key: '1', modified: true, onButton: false }), 'Alt+1 is not ours').toBe(false);
    expect(r.controller.key({ key: 'Enter', modified: false, onButton: true }), 'Enter on a button presses the button').toBe(false);
    expect(r.controller.key({ key: ' ', modified: false, onButton: false })).toBe(true);
    await settle();
    expect(r.screen.lines.at(-1)?.speaker).toBe('customer');
    expect(r.screen.ready).toBe(true);
    expect(r.timers.pending).toBe(0);
  });

  it('picks the reply at a number key\'s position once the replies are on offer', async () => {
    const r = rig({ mode: 'exam' });
    r.controller.start(false);
    await playOut(r);
    const second = r.screen.offered[1];
    if (!second) throw new Error('two replies expected');
    expect(r.controller.key({ key: '2', modified: false, onButton: false })).toBe(true);
    expect(r.session.taken).toEqual([second.index]);
    expect(r.calls).toEqual(['stepped', 'stepped']);
    expect(r.controller.key({ key: '1', modified: false, onButton: false }), 'a number key while lines play hurries them').toBe(true);
    expect(r.session.taken, 'and picks nothing').toEqual([second.index]);
  });

  it('rings first when sound is on, and plays without a pause at the instant pace', async () => {
    const ringing = rig({ sound: true });
    ringing.controller.start(false);
    await settle();
    expect(ringing.played[0]).toEqual(callStartTones('outbound-call'));
    expect(ringing.screen.lines).toEqual([]);
    await ringing.timers.advance(RING_MS - 1);
    expect(ringing.screen.lines).toEqual([]);
    await ringing.timers.advance(1);
    expect(ringing.screen.lines).toHaveLength(1);

    const instant = rig({ pace: 'instant', sound: true });
    instant.controller.start(false);
    await settle();
    expect(instant.screen.offered.length).toBeGreaterThan(0);
    expect(instant.timers.pending).toBe(0);
  });

  it('ends with the outcome and a chime for a sale, and goes on to the debrief by itself', async () => {
    const r = rig({ mode: 'exam' });
    r.controller.start(false);
    for (const index of SAMPLE.bestPath) {
      await playOut(r);
      pickInk(r, index);
    }
    await playOut(r);
    expect(r.session.outcome).toBe('sale');
    expect(r.screen.overWith).toBe('sale');
    expect(r.calls.filter((c) => c === 'finished')).toHaveLength(1);
    expect(r.played.at(-1)).toEqual(chimeTones());
    expect(r.screen.poses.at(-1)?.ended).toBe(true);
    expect(r.screen.ready).toBe(false);
    expect(r.calls.at(-1)).toBe('end');
  });

  it('waits the end delay exactly, holds the debrief while the Leave question is open, and starts the wait again when it is cancelled', async () => {
    const r = rig({ mode: 'exam', pace: 'instant' });
    r.controller.start(false);
    for (const index of SAMPLE.bestPath) {
      await settle();
      pickInk(r, index);
    }
    await settle();
    expect(r.screen.overWith).toBe('sale');
    await r.timers.advance(INSTANT_END_DELAY_MS - 1);
    expect(r.calls).not.toContain('end');
    await r.timers.advance(1);
    expect(r.calls.at(-1)).toBe('end');

    const speaking = rig({ mode: 'exam' });
    speaking.controller.start(false);
    for (const index of SAMPLE.bestPath) {
      await playOut(speaking);
      pickInk(speaking, index);
    }
    // Leave opens while the last line is still being spoken; the conversation ends meanwhile.
    const leaving = speaking.controller.leave();
    expect(speaking.screen.leaveOpen).toBe(true);
    await speaking.timers.advance(30_000);
    expect(speaking.screen.overWith).toBe('sale');
    expect(speaking.calls, 'no debrief while the question is open').not.toContain('end');
    speaking.screen.answerLeave(false);
    await leaving;
    expect(speaking.screen.focused).toBe('debrief');
    await speaking.timers.advance(END_DELAY_MS - 1);
    expect(speaking.calls).not.toContain('end');
    await speaking.timers.advance(1);
    expect(speaking.calls.at(-1)).toBe('end');
  });

  it('asks before leaving a conversation that goes on (cancel stays, confirm leaves) and leaves an ended one at once', async () => {
    const r = rig({ mode: 'exam', pace: 'instant' });
    r.controller.start(false);
    await settle();
    const leaving = r.controller.leave();
    r.screen.answerLeave(false);
    await leaving;
    expect(r.screen.focused).toBe('leave');
    expect(r.calls).not.toContain('leave');
    const confirmed = r.controller.leave();
    r.screen.answerLeave(true);
    await confirmed;
    expect(r.calls.at(-1)).toBe('leave');
    r.controller.toDebrief();
    expect(r.calls, 'a conversation left goes nowhere else').not.toContain('end');

    const ended = rig({ mode: 'exam', pace: 'instant' });
    ended.controller.start(false);
    for (const index of SAMPLE.bestPath) {
      await settle();
      pickInk(ended, index);
    }
    await settle();
    expect(ended.screen.overWith).toBe('sale');
    await ended.controller.leave();
    expect(ended.screen.leaveOpen, 'nothing is lost by leaving an ended conversation: no question').toBe(false);
    expect(ended.calls.at(-1)).toBe('leave');
    await ended.timers.advance(60_000);
    expect(ended.calls).not.toContain('end');
  });

  it('stops with the story\'s error when it breaks a run budget, offers nothing more, and goes back without scoring', async () => {
    const session = new Session({ ...compileHostile(SILENT_LOOP), rubric: courseRubric, seed: 0 });
    const r = rig({ session, pace: 'instant' });
    r.controller.start(false);
    await settle();
    r.controller.pick(0);
    expect(r.screen.stoppedWith).toBeInstanceOf(Error);
    expect(r.screen.offered).toEqual([]);
    expect(r.screen.ready).toBe(false);
    expect(r.calls).not.toContain('finished');
    await r.controller.leave();
    expect(r.calls.at(-1)).toBe('abandon');
  });

  it('shows a resumed run\'s transcript and feedback at once, then the replies', async () => {
    const first = rig({ pace: 'instant' });
    first.controller.start(false);
    await settle();
    pickInk(first, 0);
    await settle();
    const said = first.session.transcript.map((l) => l.text);

    // A resume replays the run's choices into a fresh session before the screen shows it.
    const session = new Session(sessionOptions(SAMPLE.bundle, courseRubric, 0));
    session.start();
    for (const index of first.session.taken) session.choose(index);
    const resumed = rig({ session });
    resumed.controller.start(true);
    expect(resumed.screen.lines.map((l) => l.text)).toEqual(said);
    expect(resumed.screen.feedbacks.map((f) => f.kind)).toContain('choice');
    expect(resumed.screen.offered.length).toBeGreaterThan(0);
    expect(resumed.timers.pending).toBe(0);
  });

  it('stops waiting once disposed: no line, reply or debrief arrives afterwards', async () => {
    const r = rig({ mode: 'exam' });
    r.controller.start(false);
    await settle();
    r.controller.dispose();
    await r.timers.advance(60_000);
    expect(r.screen.offered).toEqual([]);
    expect(r.calls).toEqual(['stepped']);
  });

  it('keeps the replies disabled while an answer is on its way, and plays the step once it arrives', async () => {
    const later = new AnsweredLater(new Session(sessionOptions(SAMPLE.bundle, courseRubric, 0)));
    const r = rig({ mode: 'exam', pace: 'instant', conversation: later });
    r.controller.start(false);
    await settle();
    const offered = r.screen.offered;
    const lines = r.screen.lines.length;
    pickInk(r, SAMPLE.bestPath[0]!);
    expect(later.sent).toEqual([SAMPLE.bestPath[0]]);
    expect(r.screen.transitNow).toBe('sending');
    expect(r.screen.ready, 'nothing can be picked meanwhile').toBe(false);
    expect(r.screen.offered, 'the replies stay on screen, disabled').toBe(offered);
    expect(r.controller.key({ key: '2', modified: false, onButton: false }), 'a number key is taken').toBe(true);
    r.controller.pick(1);
    expect(later.sent, 'and picks nothing more').toHaveLength(1);
    expect(r.calls, 'nothing is saved before the answer').toEqual(['stepped']);

    later.answer();
    await settle();
    expect(r.screen.transitNow).toBeNull();
    expect(r.calls).toEqual(['stepped', 'stepped']);
    expect(r.screen.lines.length).toBeGreaterThan(lines);
    expect(r.screen.lines[lines]?.speaker).toBe('trainee');
    expect(r.screen.ready).toBe(true);
  });

  it('says the connection dropped and sends the same reply again on Retry, once per Retry', async () => {
    const later = new AnsweredLater(new Session(sessionOptions(SAMPLE.bundle, courseRubric, 0)));
    const r = rig({ mode: 'exam', pace: 'instant', conversation: later });
    r.controller.start(false);
    await settle();
    const wanted = SAMPLE.bestPath[0]!;
    pickInk(r, wanted);
    later.fail(new ExamCallError('connection', 'could not reach the server'));
    await settle();
    expect(r.screen.transitNow).toBe('dropped');
    expect(r.screen.stoppedWith, 'a dropped connection does not end the exam').toBeNull();
    expect(r.screen.ready).toBe(false);
    r.controller.pick(0);
    expect(later.sent, 'no other reply can be picked while one waits').toEqual([wanted]);

    r.controller.retry();
    expect(later.sent).toEqual([wanted, wanted]);
    expect(r.screen.transitNow).toBe('sending');
    r.controller.retry();
    expect(later.sent, 'Retry while it is on its way sends nothing more').toHaveLength(2);
    later.answer();
    await settle();
    expect(r.screen.transitNow).toBeNull();
    expect(r.screen.lines.filter((l) => l.speaker === 'trainee')).toHaveLength(1);
    expect(r.screen.ready).toBe(true);
  });

  it('stops with the server\'s reason when it refuses a reply, and goes back without scoring', async () => {
    const later = new AnsweredLater(new Session(sessionOptions(SAMPLE.bundle, courseRubric, 0)));
    const r = rig({ mode: 'exam', pace: 'instant', conversation: later });
    r.controller.start(false);
    await settle();
    pickInk(r, SAMPLE.bestPath[0]!);
    const refusal = new ExamCallError('refused', 'you are no longer a member of this cohort');
    later.fail(refusal);
    await settle();
    expect(r.screen.stoppedWith).toBe(refusal);
    expect(r.screen.transitNow).toBeNull();
    expect(r.screen.offered).toEqual([]);
    r.controller.retry();
    expect(later.sent, 'nothing to retry once stopped').toHaveLength(1);
    await r.controller.leave();
    expect(r.calls.at(-1)).toBe('abandon');
    expect(r.calls).not.toContain('finished');
  });

  it('drops an answer that arrives after the trainee left', async () => {
    const later = new AnsweredLater(new Session(sessionOptions(SAMPLE.bundle, courseRubric, 0)));
    const r = rig({ mode: 'exam', pace: 'instant', conversation: later });
    r.controller.start(false);
    await settle();
    pickInk(r, SAMPLE.bestPath[0]!);
    const leaving = r.controller.leave();
    r.screen.answerLeave(true);
    await leaving;
    expect(r.calls.at(-1)).toBe('leave');
    const shown = r.screen.lines.length;
    later.answer();
    await settle();
    expect(r.screen.lines).toHaveLength(shown);
    expect(r.calls.filter((c) => c === 'stepped')).toHaveLength(1);
  });
});
