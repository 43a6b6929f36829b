// The conversation's logic, without the DOM: plays each step of the session line by line at the
// speaking pace (src/game/run/pace.ts) on injected Timers, lets a key or click hurry the rest of
// the step, shows coach feedback before the customer answers, asks before leaving, stops cleanly
// when the story breaks a run budget, and moves on to the debrief a little after the end. It
// plays any Conversation (conversation.ts): when a reply's answer comes later (a cohort exam on
// the server), the replies wait disabled while it is on its way, and a dropped connection offers
// Retry, which sends the same reply again. It tells a ConversationScreen what to show;
// conversation-view.ts renders that and nothing more.
import type { Timers } from '../../core/clock.ts';
import type { CustomerState } from '../../core/persona/customer-state.ts';
import type { PlayMode } from '../../core/schemas/records.ts';
import type { Channel } from '../../core/schemas/scenario-meta.ts';
import type { Evidence } from '../../core/schemas/score.ts';
import type { TranscriptEntry } from '../../core/schemas/transcript.ts';
import type { ChoiceView, StepResult } from '../../core/session/session.ts';
import type { SoundPlayer } from '../sound/sound-player.ts';
import { callStartTones, chimeTones } from '../sound/tones.ts';
import { speakerKind } from '../ui/speaker.ts';
import { isPending, type Conversation } from './conversation.ts';
import { isConnectionLost } from './exam-port.ts';
import { COACH_PAUSE_MS, endDelay, pauseFor, RING_MS, type Pace } from './pace.ts';
import { stepFeedback, stepsOf } from './step-feedback.ts';

export interface ConversationActions {
  /** After the opening and after every choice: the run in progress is saved. */
  stepped: () => void;
  /** Once, when the conversation ends: the attempt is stored. */
  finished: () => void;
  end: () => void;
  /** The trainee confirmed Leave (or pressed it once the conversation was over). */
  leave: () => void;
  /** The story stopped with an error and the trainee goes back: the run is dropped, not scored. */
  abandon: () => void;
}

/** What the stage shows of the conversation; `voice` is the speaker id of another party talking. */
export interface ConversationPose {
  ended: boolean;
  customer: CustomerState | null;
  seconds: number;
  speaking: 'customer' | 'trainee' | 'other' | null;
  voice: string | null;
}

/** The line over the replies: who is speaking (a transcript speaker id), the reply keys, or nothing. */
export type ConversationHint = { kind: 'speaking'; speaker: string } | { kind: 'replies'; count: number } | { kind: 'none' };

/** A reply whose answer comes later: on its way, or its connection dropped (Retry sends it again). */
export type ReplyTransit = 'sending' | 'dropped' | null;

/** What the controller drives; the view implements it. */
export interface ConversationScreen {
  line(line: TranscriptEntry): void;
  feedback(evidence: readonly Evidence[], tips: readonly string[], kind: 'choice' | 'reply'): void;
  pose(pose: ConversationPose): void;
  /** `ready`: replies are on offer and can be picked. */
  status(busy: boolean, ready: boolean): void;
  hint(hint: ConversationHint): void;
  clearChoices(): void;
  /** The replies on offer, in the order shown; focus goes to the list. */
  choices(offered: readonly ChoiceView[]): void;
  /** The picked reply is on its way (replies disabled), its connection dropped (Retry takes the focus), or neither. */
  transit(state: ReplyTransit): void;
  /** The conversation is over: its outcome and the way to the debrief (which takes the focus). */
  over(outcome: Conversation['outcome']): void;
  /** The story threw: why, and the way back (which takes the focus). */
  stopped(error: unknown): void;
  focusDebrief(): void;
  focusLeave(): void;
  /** The Leave question: settles true when the trainee confirms. */
  askLeave(): Promise<boolean>;
  readonly leaveOpen: boolean;
}

export interface ConversationDeps {
  conversation: Conversation;
  mode: PlayMode;
  /** The scenario's channel: which ring the call starts with. */
  channel: Channel;
  pace: Pace;
  timers: Timers;
  sound: SoundPlayer;
  actions: ConversationActions;
  screen: ConversationScreen;
}

/** A key press as the controller judges it: which key, with a modifier, while a button has the focus. */
export interface KeyPress {
  key: string;
  modified: boolean;
  onButton: boolean;
}

export class ConversationController {
  private busy = false;
  private hurry = false;
  private skipWait: (() => void) | null = null;
  private ended = false;
  /** Set when the story stopped with an error: nothing more can be played. */
  private stopped = false;
  private left = false;
  private disposed = false;
  private cancelEnd: (() => void) | null = null;
  private current: ConversationPose = { ended: false, customer: null, seconds: 0, speaking: null, voice: null };
  /** A reply whose answer has not come yet (on its way, or its connection dropped). */
  private waiting: { index: number; first: number; dropped: boolean } | null = null;

  constructor(private readonly deps: ConversationDeps) {}

  private get session(): Conversation {
    return this.deps.conversation;
  }

  private get coach(): boolean {
    return this.deps.mode === 'coach';
  }

  /** What the stage should show now (also for a stage that arrives late). */
  get pose(): ConversationPose {
    return this.current;
  }

  /** Plays the opening, or shows a resumed run's transcript so far at once. */
  start(resumed: boolean): void {
    if (resumed) this.restore();
    else void this.begin();
  }

  /** Picks the reply at this position in the shown list (0-based). */
  pick(position: number): void {
    const { session } = this;
    if (this.busy || this.waiting || this.ended || this.stopped || this.disposed || this.deps.screen.leaveOpen) return;
    const choice = session.choices[position];
    if (!choice) return;
    this.send(choice.index, session.transcript.length);
  }

  /** Sends the reply whose connection dropped again, as it was (the server answers a repeat idempotently). */
  retry(): void {
    const waiting = this.waiting;
    if (!waiting?.dropped || this.disposed || this.left || this.deps.screen.leaveOpen) return;
    this.send(waiting.index, waiting.first);
  }

  /** The rest of the step that is playing appears at once. */
  speedUp(): void {
    if (!this.busy) return;
    this.hurry = true;
    this.skipWait?.();
  }

  /** Number keys pick (or hurry), Space and Enter hurry; true when the key was taken. */
  key(press: KeyPress): boolean {
    // The Leave question owns the keyboard while it is open (Escape there cancels it).
    if (press.modified || this.disposed || this.deps.screen.leaveOpen) return false;
    if (/^[1-9]$/.test(press.key)) {
      // While a reply is on its way nothing else can be picked.
      if (this.waiting) return true;
      if (this.busy) this.speedUp();
      else this.pick(Number(press.key) - 1);
      return true;
    }
    if ((press.key === ' ' || press.key === 'Enter') && this.busy && !press.onButton) {
      this.speedUp();
      return true;
    }
    return false;
  }

  /** Leave asks first while the conversation goes on; once it is over nothing is lost by going. */
  async leave(): Promise<void> {
    const { actions, screen } = this.deps;
    if (this.left || this.disposed) return;
    if (this.stopped) return this.abandon();
    if (this.ended) {
      this.left = true;
      this.cancelEndTimer();
      actions.leave();
      return;
    }
    const confirmed = await screen.askLeave();
    if (this.disposed || this.left) return;
    if (confirmed) {
      // Had it ended while the question was open, the attempt is stored already and the app
      // treats this as leaving a finished conversation.
      this.left = true;
      this.cancelEndTimer();
      actions.leave();
    } else if (this.ended) {
      // It ended while the question was open: carry on to the debrief as usual.
      this.armEndTimer();
      screen.focusDebrief();
    } else {
      screen.focusLeave();
    }
  }

  /** On to the debrief (the button, or the end timer), unless the Leave question is open. */
  toDebrief(): void {
    if (this.left || this.disposed) return;
    if (this.deps.screen.leaveOpen) return;
    this.left = true;
    this.cancelEndTimer();
    this.deps.actions.end();
  }

  /** Back to the list after the story stopped: the run is dropped. */
  abandon(): void {
    if (this.left || this.disposed) return;
    this.left = true;
    this.deps.actions.abandon();
  }

  dispose(): void {
    this.disposed = true;
    this.skipWait?.();
    this.cancelEndTimer();
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.hurry || this.deps.pace === 'instant' || this.disposed) return resolve();
      let cancel = (): void => undefined;
      const done = (): void => {
        cancel();
        this.skipWait = null;
        resolve();
      };
      cancel = this.deps.timers.after(ms, done);
      this.skipWait = done;
    });
  }

  private setPose(change: Partial<ConversationPose>): void {
    this.current = { ...this.current, ...change };
    this.deps.screen.pose(this.current);
  }

  private setBusy(value: boolean): void {
    this.busy = value;
    if (value) this.deps.screen.hint({ kind: 'speaking', speaker: 'customer' });
    this.deps.screen.status(value, !value && !this.ended);
  }

  private showChoices(): void {
    const offered = this.session.choices;
    this.deps.screen.hint(offered.length > 0 ? { kind: 'replies', count: Math.min(9, offered.length) } : { kind: 'none' });
    this.deps.screen.choices(offered);
  }

  private armEndTimer(): void {
    this.cancelEndTimer();
    this.cancelEnd = this.deps.timers.after(endDelay(this.deps.pace), () => this.toDebrief());
  }

  private cancelEndTimer(): void {
    this.cancelEnd?.();
    this.cancelEnd = null;
  }

  private finish(): void {
    const { session } = this;
    const { screen } = this.deps;
    this.ended = true;
    this.deps.actions.finished();
    if (session.outcome === 'sale' || session.outcome === 'meeting') this.deps.sound.play(chimeTones());
    this.setPose({ ended: true, speaking: null, voice: null });
    screen.hint({ kind: 'none' });
    screen.clearChoices();
    screen.status(this.busy, false);
    screen.over(session.outcome);
    this.armEndTimer();
  }

  /** The story threw (a run budget broken): the view says why and offers the way back. */
  private stop(error: unknown): void {
    const { screen } = this.deps;
    this.stopped = true;
    this.setBusy(false);
    screen.status(false, false);
    screen.hint({ kind: 'none' });
    this.setPose({ speaking: null, voice: null });
    screen.clearChoices();
    screen.stopped(error);
  }

  private send(index: number, first: number): void {
    let step: StepResult | Promise<StepResult>;
    try {
      step = this.session.choose(index);
    } catch (error) {
      this.stop(error);
      return;
    }
    if (!isPending(step)) {
      this.deps.actions.stepped();
      void this.play(step, first);
      return;
    }
    const { screen } = this.deps;
    const waiting = { index, first, dropped: false };
    this.waiting = waiting;
    screen.hint({ kind: 'none' });
    screen.status(true, false);
    screen.transit('sending');
    step.then((played) => {
      if (this.disposed || this.left) return;
      this.waiting = null;
      screen.transit(null);
      this.deps.actions.stepped();
      void this.play(played, first);
    }, (error: unknown) => {
      if (this.disposed || this.left) return;
      if (isConnectionLost(error)) {
        // The reply stays waiting: Retry sends it again.
        waiting.dropped = true;
        screen.status(false, false);
        screen.transit('dropped');
        return;
      }
      this.waiting = null;
      screen.transit(null);
      this.stop(error);
    });
  }

  private next(): void {
    if (this.session.ended || this.session.choices.length === 0) this.finish();
    else this.showChoices();
  }

  private async play(step: StepResult, first: number): Promise<void> {
    const { session } = this;
    const { screen } = this.deps;
    this.setBusy(true);
    this.hurry = false;
    screen.clearChoices();
    const feedback = this.coach ? stepFeedback({ first, ...step }) : null;
    let replied = false;
    let previousAt = this.current.seconds;
    for (const [n, line] of step.entries.entries()) {
      if (this.disposed) return;
      if (line.speaker === 'trainee') {
        screen.line(line);
        this.current = { ...this.current, speaking: 'trainee' };
      } else {
        // The customer's state shows as they start to answer, not before.
        if (!replied) {
          this.current = { ...this.current, customer: session.customer };
          replied = true;
        }
        screen.line(line);
        const kind = speakerKind(line.speaker);
        this.current = {
          ...this.current,
          speaking: kind === 'customer' ? 'customer' : kind === 'other' ? 'other' : null,
          voice: kind === 'other' ? line.speaker : null,
        };
        if (kind !== 'narrator') screen.hint({ kind: 'speaking', speaker: line.speaker });
      }
      this.setPose({ seconds: line.at });
      await this.wait(pauseFor(line.at - previousAt));
      previousAt = line.at;
      if (n === 0 && feedback?.choice) {
        screen.feedback(feedback.choice.evidence, feedback.choice.tips, 'choice');
        await this.wait(COACH_PAUSE_MS);
      }
    }
    if (this.disposed) return;
    if (feedback && feedback.reply.length > 0) screen.feedback(feedback.reply, [], 'reply');
    this.setPose({ customer: session.customer, speaking: null, voice: null });
    this.setBusy(false);
    this.next();
  }

  /** A resumed run: everything said so far at once (with coach feedback), then the replies. */
  private restore(): void {
    const { session } = this;
    const { screen } = this.deps;
    for (const slice of stepsOf(session.transcript, session.evidence, session.events)) {
      const feedback = this.coach ? stepFeedback(slice) : null;
      slice.entries.forEach((line, n) => {
        screen.line(line);
        if (n === 0 && feedback?.choice) screen.feedback(feedback.choice.evidence, feedback.choice.tips, 'choice');
      });
      if (feedback && feedback.reply.length > 0) screen.feedback(feedback.reply, [], 'reply');
    }
    this.setPose({ customer: session.customer, seconds: session.seconds });
    this.setBusy(false);
    this.next();
  }

  private async begin(): Promise<void> {
    let opening: StepResult;
    try {
      opening = this.session.start();
    } catch (error) {
      this.stop(error);
      return;
    }
    this.deps.actions.stepped();
    this.deps.sound.play(callStartTones(this.deps.channel));
    if (this.deps.sound.enabled) {
      this.setBusy(true);
      await this.wait(RING_MS);
    }
    if (!this.disposed) await this.play(opening, 0);
  }
}
