// The conversation: the stage on one side, and on the other an accessible panel with the
// transcript (a polite live region) and the trainee's replies as buttons, in the seeded order the
// session shows them. Keys 1–9 pick the reply at that position; Tab and Enter work too. Lines
// appear at a speaking pace that any key or click hurries (or at once, for reduced motion and
// ?pace=instant). Coach mode shows the customer's meters and each choice's feedback before the
// customer answers; exam mode shows neither, only the customer's face and words. Leave asks
// first. A resumed run shows its transcript so far at once. A story that stops with an error
// (a run budget broken, see core/story/run-budget.ts) says so in the reply area, bilingual, with
// a way back: the tab never freezes and the run is dropped, never scored.
import type { CustomerState } from '../../core/persona/customer-state.ts';
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { Evidence } from '../../core/schemas/score.ts';
import type { StepResult } from '../../core/session/session.ts';
import type { TranscriptEntry } from '../../core/schemas/transcript.ts';
import type { Run } from '../run/run.ts';
import { sessionStoppedText } from '../run/session-error.ts';
import { stepFeedback, stepsOf } from '../run/step-feedback.ts';
import { callStartTones, chimeTones } from '../sound/tones.ts';
import { describeEvidence } from './evidence-text.ts';
import type { Stage, StageView } from '../stage/stage-view.ts';
import { stageViewOf } from '../stage/stage-view-of.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { icon } from './icons.ts';
import type { Screen, ScreenContext } from './screen.ts';
import { speakerKind, speakerName } from './speaker.ts';

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

const END_DELAY_MS = 2400;
const INSTANT_END_DELAY_MS = 900;
/** Coach mode: how long the feedback on a choice stands before the customer answers. */
const COACH_PAUSE_MS = 1500;
const RING_MS = 1400;

/** How long a line stays "being spoken" before the next: its simulated seconds, sped up. */
export function pauseFor(simulatedSeconds: number): number {
  return Math.min(1800, 250 + Math.max(0, simulatedSeconds) * 140);
}

export function renderConversation(ctx: ScreenContext, run: Run, actions: ConversationActions, resumed = false): Screen {
  const { t, language } = ctx;
  const { session, entry } = run;
  const { meta } = entry;
  const instant = ctx.pace === 'instant';
  const coach = run.mode === 'coach';

  const transcriptId = uid('transcript');
  const repliesId = uid('replies');
  // A log, not a list (ARIA allows no log role on <ol>); focusable so the keyboard can scroll it.
  const transcript = h('div', {
    id: transcriptId, class: 'transcript', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': t('call.transcript'), tabindex: '0',
  });
  const choices = h('ol', { class: 'choices', id: 'choices', tabindex: '-1', 'aria-labelledby': repliesId, 'data-ready': 'false' });
  const hint = h('span', { class: 'hint' });
  const replies = h('section', { class: 'replies', 'aria-labelledby': repliesId },
    h('div', { class: 'replies-head' }, h('h2', { id: repliesId }, t('call.replies')), hint),
    choices);
  // The meters in words, for screen readers; like the drawn meters, only in coach mode.
  const meters = coach ? h('p', { class: 'sr-only', 'data-testid': 'meters' }) : null;
  const heading = h('h1', { class: 'call-title', tabindex: '-1' }, meta.title);
  const leaveDialog = confirmDialog({
    title: t(`leave.title-${run.mode}`), body: t(`leave.body-${run.mode}`), confirm: t(`leave.confirm-${run.mode}`), cancel: t('leave.cancel'),
  }, 'leave');
  const leaveButton = h('button', { type: 'button', class: 'button button--ghost button--small', title: t('call.leave-hint'), 'data-action': 'leave', 'aria-haspopup': 'dialog', onclick: () => void askToLeave() }, t('call.leave'));
  const panel = h('section', { class: 'panel call', 'aria-busy': 'false' },
    h('header', { class: 'call-head' },
      h('div', {}, h('p', { class: 'eyebrow' }, icon(meta.channel, 'icon icon--inline'), t(`channel.${meta.channel}`), h('span', { class: 'eyebrow-sep' }, '·'), h('span', { class: 'eyebrow-detail' }, meta.product)), heading),
      h('span', { class: `mode-badge mode-badge--${run.mode}`, 'data-mode': run.mode }, t(`mode.badge-${run.mode}`)),
      leaveButton),
    transcript, meters, replies, leaveDialog.element);
  const slot = h('div', { class: 'stage-slot', 'aria-hidden': 'true' });
  const element = h('div', { class: 'split split--call' }, slot, panel);

  let stage: Stage | null = null;
  let disposed = false;
  let busy = false;
  let hurry = false;
  let skipWait: (() => void) | null = null;
  let ended = false;
  /** Set when the story stopped with an error: nothing more can be played. */
  let stopped = false;
  let endTimer: ReturnType<typeof setTimeout> | undefined;
  let customer: CustomerState | null = null;
  let seconds = 0;
  let speaking: StageView['speaking'] = null;
  let voice: string | null = null;

  const pushStage = (): void => {
    stage?.show(stageViewOf(meta, language, { phase: ended ? 'ended' : 'call', customer, seconds, speaking, voice, meters: coach }));
    if (customer && meters) meters.textContent = t('call.meters', { trust: customer.trust, patience: customer.patience, interest: customer.interest });
  };
  void ctx.stage().then((s) => {
    if (disposed) return;
    stage = s;
    pushStage();
  });

  const wait = (ms: number): Promise<void> => new Promise((resolve) => {
    if (hurry || instant || disposed) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      skipWait = null;
      resolve();
    }
    skipWait = done;
  });
  const speedUp = (): void => {
    if (!busy) return;
    hurry = true;
    skipWait?.();
  };

  const appendLine = (line: TranscriptEntry): void => {
    const kind = speakerKind(line.speaker);
    const name = speakerName(line.speaker, meta.persona, t);
    const text = kind === 'narrator' ? h('p', { class: 'line-text' }, h('em', {}, line.text)) : h('p', { class: 'line-text' }, line.text);
    // A second line from the same speaker reads as a continuation: the name is shown once.
    const previous = transcript.lastElementChild;
    const continues = previous instanceof HTMLElement && previous.dataset.speaker === line.speaker;
    const label = name === null ? null : h('span', { class: continues ? 'sr-only' : 'line-who' }, name);
    transcript.append(h('div', { class: continues ? `line line--${kind} line--cont` : `line line--${kind}`, 'data-speaker': line.speaker }, label, text));
    scrollToEnd();
  };
  // The reply list changes height as choices come and go; keep the newest line in view.
  const scrollToEnd = (): void => {
    transcript.scrollTo({ top: transcript.scrollHeight, behavior: instant ? 'auto' : 'smooth' });
  };
  const keepPinned = new ResizeObserver(() => scrollToEnd());
  keepPinned.observe(transcript);

  const appendFeedback = (evidence: readonly Evidence[], tips: readonly string[], kind: 'choice' | 'reply'): void => {
    const notes = [
      ...evidence.map((e) => {
        const text = describeEvidence(e, meta, courseRubric, language, t);
        return h('li', { class: `note note--${text.tone}`, 'data-reason': e.reason },
          h('span', { class: 'note-points' }, text.points),
          h('span', { class: 'note-dim' }, text.dimension),
          h('span', { class: 'note-reason' }, text.reason));
      }),
      ...tips.map((tip) => h('li', { class: 'note note--tip' },
        icon('bulb', 'icon icon--inline'), h('span', { class: 'note-dim' }, t('debrief.tip')), h('span', { class: 'note-reason' }, tip))),
    ];
    transcript.append(h('div', { class: `line line--coach line--coach-${kind}`, 'data-feedback': kind, role: 'group', 'aria-label': t('coach.region') },
      h('div', { class: 'coach-card' },
        h('span', { class: 'coach-label' }, icon(kind === 'choice' ? 'bulb' : 'user', 'icon icon--inline'), kind === 'choice' ? t('coach.label') : t('coach.reply')),
        notes.length === 0 ? h('p', { class: 'note-none' }, t('coach.nothing')) : h('ul', { class: 'notes-list coach-notes' }, ...notes))));
    scrollToEnd();
  };

  const setBusy = (value: boolean): void => {
    busy = value;
    if (value) hint.textContent = t('call.speaking', { name: meta.persona });
    panel.setAttribute('aria-busy', String(value));
    choices.dataset.ready = String(!value && !ended);
  };

  const showChoices = (): void => {
    const offered = session.choices;
    hint.textContent = offered.length > 0 ? t('call.replies-hint', { n: Math.min(9, offered.length) }) : '';
    // data-index is Ink's index (what the run records), data-position the number shown.
    choices.replaceChildren(...offered.map((choice, n) => h('li', {},
      h('button', { type: 'button', class: 'choice', 'data-index': choice.index, 'data-position': n + 1, onclick: () => pick(n) },
        h('kbd', { class: 'choice-key', 'aria-hidden': n < 9 ? null : 'true' }, n < 9 ? String(n + 1) : ''),
        h('span', { class: 'choice-text' }, choice.text)))));
    // Focus the list, not a reply: a pre-highlighted first reply would look like a hint.
    // Tab then reaches the first reply; number keys work from anywhere.
    choices.focus({ preventScroll: true });
  };

  const finish = (): void => {
    ended = true;
    actions.finished();
    if (session.outcome === 'sale' || session.outcome === 'meeting') ctx.sound.play(chimeTones());
    speaking = null;
    voice = null;
    pushStage();
    const outcome = t(session.outcome ? `outcome.${session.outcome}` : 'outcome.ended');
    hint.textContent = '';
    const go = h('button', { type: 'button', class: 'button button--primary', 'data-action': 'debrief', onclick: () => toDebrief() }, t('call.to-debrief'), icon('arrow', 'icon icon--inline'));
    choices.replaceChildren();
    choices.dataset.ready = 'false';
    replies.replaceChildren(h('div', { class: `call-over call-over--${session.outcome ?? 'ended'}`, role: 'status' },
      h('p', { class: 'call-over-text' }, t('call.over', { outcome })), go));
    go.focus({ preventScroll: true });
    endTimer = setTimeout(toDebrief, instant ? INSTANT_END_DELAY_MS : END_DELAY_MS);
  };

  let left = false;
  const toDebrief = (): void => {
    if (left || disposed) return;
    // The debrief waits while the trainee is answering the Leave question.
    if (leaveDialog.isOpen) return;
    left = true;
    clearTimeout(endTimer);
    actions.end();
  };

  /** The story threw (a run budget broken): say why and who can fix it, and offer the way back. */
  const stop = (error: unknown): void => {
    stopped = true;
    setBusy(false);
    choices.dataset.ready = 'false';
    hint.textContent = '';
    speaking = null;
    voice = null;
    pushStage();
    const back = h('button', { type: 'button', class: 'button button--primary', 'data-action': 'stopped-back', onclick: () => abandon() }, t('call.stopped-back'));
    choices.replaceChildren();
    replies.replaceChildren(h('div', { class: 'call-over call-over--stopped', role: 'alert', 'data-testid': 'call-stopped' },
      h('p', { class: 'call-over-text' }, sessionStoppedText(error, t, language)), back));
    back.focus({ preventScroll: true });
  };
  const abandon = (): void => {
    if (left || disposed) return;
    left = true;
    actions.abandon();
  };

  /** Leave asks first while the conversation goes on; once it is over nothing is lost by going. */
  const askToLeave = async (): Promise<void> => {
    if (left || disposed) return;
    if (stopped) return abandon();
    if (ended) {
      left = true;
      clearTimeout(endTimer);
      actions.leave();
      return;
    }
    const confirmed = await leaveDialog.ask();
    if (disposed || left) return;
    if (confirmed) {
      // Had it ended while the question was open, the attempt is stored already and the app
      // treats this as leaving a finished conversation.
      left = true;
      clearTimeout(endTimer);
      actions.leave();
    } else if (ended) {
      // It ended while the question was open: carry on to the debrief as usual.
      clearTimeout(endTimer);
      endTimer = setTimeout(toDebrief, instant ? INSTANT_END_DELAY_MS : END_DELAY_MS);
      replies.querySelector<HTMLElement>('[data-action="debrief"]')?.focus({ preventScroll: true });
    } else {
      leaveButton.focus({ preventScroll: true });
    }
  };

  const play = async (step: StepResult, first: number): Promise<void> => {
    setBusy(true);
    hurry = false;
    choices.replaceChildren();
    const feedback = coach ? stepFeedback({ first, ...step }) : null;
    let replied = false;
    let previousAt = seconds;
    for (const [n, line] of step.entries.entries()) {
      if (disposed) return;
      if (line.speaker === 'trainee') {
        appendLine(line);
        speaking = 'trainee';
      } else {
        if (!replied) {
          // The customer's state shows as they start to answer, not before.
          customer = session.customer;
          replied = true;
        }
        appendLine(line);
        const kind = speakerKind(line.speaker);
        speaking = kind === 'customer' ? 'customer' : kind === 'other' ? 'other' : null;
        voice = kind === 'other' ? speakerName(line.speaker, meta.persona, t) : null;
        const name = speakerName(line.speaker, meta.persona, t);
        if (name !== null) hint.textContent = t('call.speaking', { name });
      }
      seconds = line.at;
      pushStage();
      await wait(pauseFor(line.at - previousAt));
      previousAt = line.at;
      if (n === 0 && feedback?.choice) {
        appendFeedback(feedback.choice.evidence, feedback.choice.tips, 'choice');
        await wait(COACH_PAUSE_MS);
      }
    }
    if (disposed) return;
    if (feedback && feedback.reply.length > 0) appendFeedback(feedback.reply, [], 'reply');
    customer = session.customer;
    speaking = null;
    voice = null;
    pushStage();
    setBusy(false);
    if (session.ended || session.choices.length === 0) finish();
    else showChoices();
  };

  function pick(n: number): void {
    if (busy || ended || stopped || disposed || leaveDialog.isOpen) return;
    const choice = session.choices[n];
    if (!choice) return;
    const first = session.transcript.length;
    let step: StepResult;
    try {
      step = session.choose(choice.index);
    } catch (error) {
      stop(error);
      return;
    }
    actions.stepped();
    void play(step, first);
  }

  /** A resumed run: everything said so far at once (with coach feedback), then the replies. */
  const restore = (): void => {
    for (const slice of stepsOf(session.transcript, session.evidence, session.events)) {
      const feedback = coach ? stepFeedback(slice) : null;
      slice.entries.forEach((line, n) => {
        appendLine(line);
        if (n === 0 && feedback?.choice) appendFeedback(feedback.choice.evidence, feedback.choice.tips, 'choice');
      });
      if (feedback && feedback.reply.length > 0) appendFeedback(feedback.reply, [], 'reply');
    }
    customer = session.customer;
    seconds = session.seconds;
    pushStage();
    setBusy(false);
    if (session.ended || session.choices.length === 0) finish();
    else showChoices();
  };

  const begin = async (): Promise<void> => {
    let opening: StepResult;
    try {
      opening = session.start();
    } catch (error) {
      stop(error);
      return;
    }
    actions.stepped();
    ctx.sound.play(callStartTones(meta.channel));
    if (ctx.sound.enabled) {
      setBusy(true);
      await wait(RING_MS);
    }
    if (!disposed) await play(opening, 0);
  };

  const onKey = (event: KeyboardEvent): void => {
    // The Leave question owns the keyboard while it is open (Escape there cancels it).
    if (event.altKey || event.ctrlKey || event.metaKey || disposed || leaveDialog.isOpen) return;
    if (/^[1-9]$/.test(event.key)) {
      event.preventDefault();
      if (busy) speedUp();
      else pick(Number(event.key) - 1);
    } else if ((event.key === ' ' || event.key === 'Enter') && busy && !(document.activeElement instanceof HTMLButtonElement)) {
      event.preventDefault();
      speedUp();
    }
  };
  document.addEventListener('keydown', onKey);
  transcript.addEventListener('click', speedUp);

  queueMicrotask(() => (resumed ? restore() : void begin()));

  return {
    element,
    title: meta.title,
    focus: heading,
    stageSlot: slot,
    dispose: () => {
      disposed = true;
      leaveDialog.dismiss();
      keepPinned.disconnect();
      skipWait?.();
      clearTimeout(endTimer);
      document.removeEventListener('keydown', onKey);
    },
  };
}
