// The conversation on screen: the stage on one side, and on the other an accessible panel with
// the transcript (a polite live region) and the trainee's replies as buttons, in the seeded order
// the session shows them. Keys 1–9 pick the reply at that position; Tab and Enter work too. Coach
// mode shows the customer's meters and each choice's feedback; exam mode shows neither, only the
// customer's face and words. Leave asks first. A story that stops with an error (a run budget
// broken, see core/story/run-budget.ts) says so in the reply area, bilingual, with a way back.
// A cohort exam's reply on its way to the server leaves the replies disabled, saying so; a
// dropped connection says that too and offers Retry.
// What happens when (pacing, hurrying, leaving, the end) is the ConversationController's
// (src/game/run/conversation-controller.ts); this module renders what it is told.
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { Evidence } from '../../core/schemas/score.ts';
import type { TranscriptEntry } from '../../core/schemas/transcript.ts';
import type { Playing } from '../run/conversation.ts';
import { ConversationController, type ConversationActions, type ConversationHint, type ConversationPose, type ReplyTransit } from '../run/conversation-controller.ts';
import { sessionStoppedText } from '../run/session-error.ts';
import type { Stage } from '../stage/stage-view.ts';
import { stageViewOf } from '../stage/stage-view-of.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { describeEvidence } from '../../ui-kit/evidence-words.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { icon } from './icons.ts';
import type { Screen, ScreenContext } from './screen.ts';
import { speakerKind, speakerName } from './speaker.ts';

export function renderConversation(ctx: ScreenContext, run: Playing, actions: ConversationActions, resumed = false): Screen {
  const { t, language } = ctx;
  const { conversation, entry } = run;
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
  // Where a reply on its way to the server says so (politely), or that its connection dropped
  // (at once), with Retry. Both regions stay in the page so what they say is announced.
  const sendingText = h('p', { class: 'reply-transit-text', role: 'status' });
  const droppedText = h('p', { class: 'reply-transit-text reply-transit-text--dropped', role: 'alert' });
  const retrySlot = h('div', { class: 'reply-transit-actions' });
  const transit = h('div', { class: 'reply-transit', 'data-testid': 'reply-transit', 'data-transit': 'none' },
    h('div', { class: 'reply-transit-words' }, sendingText, droppedText), retrySlot);
  const replies = h('section', { class: 'replies', 'aria-labelledby': repliesId },
    h('div', { class: 'replies-head' }, h('h2', { id: repliesId }, t('call.replies')), hint),
    choices, transit);
  // The meters in words, for screen readers; like the drawn meters, only in coach mode.
  const meters = coach ? h('p', { class: 'sr-only', 'data-testid': 'meters' }) : null;
  const heading = h('h1', { class: 'call-title', tabindex: '-1' }, meta.title);
  const leaveDialog = confirmDialog({
    title: t(`leave.title-${run.mode}`), body: t(`leave.body-${run.mode}`), confirm: t(`leave.confirm-${run.mode}`), cancel: t('leave.cancel'),
  }, 'leave');
  const leaveButton = h('button', { type: 'button', class: 'button button--ghost button--small', title: t('call.leave-hint'), 'data-action': 'leave', 'aria-haspopup': 'dialog', onclick: () => void controller.leave() }, t('call.leave'));
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

  const showPose = (pose: ConversationPose): void => {
    const voice = pose.voice === null ? null : speakerName(pose.voice, meta.persona, t);
    stage?.show(stageViewOf(meta, language, { phase: pose.ended ? 'ended' : 'call', customer: pose.customer, seconds: pose.seconds, speaking: pose.speaking, voice, meters: coach }));
    if (pose.customer && meters) meters.textContent = t('call.meters', { trust: pose.customer.trust, patience: pose.customer.patience, interest: pose.customer.interest });
  };
  void ctx.stage().then((s) => {
    if (disposed) return;
    stage = s;
    showPose(controller.pose);
  });

  // The reply list changes height as choices come and go; keep the newest line in view.
  const scrollToEnd = (): void => {
    transcript.scrollTo({ top: transcript.scrollHeight, behavior: instant ? 'auto' : 'smooth' });
  };
  const keepPinned = new ResizeObserver(() => scrollToEnd());
  keepPinned.observe(transcript);

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

  const appendFeedback = (evidence: readonly Evidence[], tips: readonly string[], kind: 'choice' | 'reply'): void => {
    const notes = [
      ...evidence.map((e) => {
        const text = describeEvidence(e, { meta, rubric: courseRubric, language });
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

  const hintText = (shown: ConversationHint): string => {
    if (shown.kind === 'replies') return t('call.replies-hint', { n: shown.count });
    if (shown.kind === 'none') return '';
    return t('call.speaking', { name: speakerName(shown.speaker, meta.persona, t) ?? meta.persona });
  };

  const showTransit = (state: ReplyTransit): void => {
    transit.dataset.transit = state ?? 'none';
    for (const button of choices.querySelectorAll('button')) button.disabled = state !== null;
    sendingText.textContent = state === 'sending' ? t('exam.sending') : '';
    droppedText.textContent = state === 'dropped' ? t('exam.dropped') : '';
    if (state !== 'dropped') {
      retrySlot.replaceChildren();
      return;
    }
    const retry = h('button', { type: 'button', class: 'button button--primary button--small', 'data-action': 'retry', onclick: () => controller.retry() }, t('exam.retry'));
    retrySlot.replaceChildren(retry);
    retry.focus({ preventScroll: true });
  };

  const controller: ConversationController = new ConversationController({
    conversation, mode: run.mode, channel: meta.channel, pace: ctx.pace, timers: ctx.timers, sound: ctx.sound, actions,
    screen: {
      line: appendLine,
      feedback: appendFeedback,
      pose: showPose,
      status: (busy, ready) => {
        panel.setAttribute('aria-busy', String(busy));
        choices.dataset.ready = String(ready);
      },
      hint: (shown) => {
        hint.textContent = hintText(shown);
      },
      clearChoices: () => choices.replaceChildren(),
      transit: showTransit,
      choices: (offered) => {
        // data-index is Ink's index (what the run records), data-position the number shown.
        choices.replaceChildren(...offered.map((choice, n) => h('li', {},
          h('button', { type: 'button', class: 'choice', 'data-index': choice.index, 'data-position': n + 1, onclick: () => controller.pick(n) },
            h('kbd', { class: 'choice-key', 'aria-hidden': n < 9 ? null : 'true' }, n < 9 ? String(n + 1) : ''),
            h('span', { class: 'choice-text' }, choice.text)))));
        // Focus the list, not a reply: a pre-highlighted first reply would look like a hint.
        // Tab then reaches the first reply; number keys work from anywhere.
        choices.focus({ preventScroll: true });
      },
      over: (outcome) => {
        const said = t(outcome ? `outcome.${outcome}` : 'outcome.ended');
        const go = h('button', { type: 'button', class: 'button button--primary', 'data-action': 'debrief', onclick: () => controller.toDebrief() }, t('call.to-debrief'), icon('arrow', 'icon icon--inline'));
        replies.replaceChildren(h('div', { class: `call-over call-over--${outcome ?? 'ended'}`, role: 'status' },
          h('p', { class: 'call-over-text' }, t('call.over', { outcome: said })), go));
        go.focus({ preventScroll: true });
      },
      stopped: (error) => {
        const back = h('button', { type: 'button', class: 'button button--primary', 'data-action': 'stopped-back', onclick: () => controller.abandon() }, t('call.stopped-back'));
        replies.replaceChildren(h('div', { class: 'call-over call-over--stopped', role: 'alert', 'data-testid': 'call-stopped' },
          h('p', { class: 'call-over-text' }, sessionStoppedText(error, t, language)), back));
        back.focus({ preventScroll: true });
      },
      focusDebrief: () => replies.querySelector<HTMLElement>('[data-action="debrief"]')?.focus({ preventScroll: true }),
      focusLeave: () => leaveButton.focus({ preventScroll: true }),
      askLeave: () => leaveDialog.ask(),
      get leaveOpen() {
        return leaveDialog.isOpen;
      },
    },
  });

  const onKey = (event: KeyboardEvent): void => {
    const taken = controller.key({
      key: event.key, modified: event.altKey || event.ctrlKey || event.metaKey, onButton: document.activeElement instanceof HTMLButtonElement,
    });
    if (taken) event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  transcript.addEventListener('click', () => controller.speedUp());

  // Once the app has put the screen in the page, so the first lines and the focus land in it.
  queueMicrotask(() => controller.start(resumed));

  return {
    element,
    title: meta.title,
    focus: heading,
    stageSlot: slot,
    dispose: () => {
      disposed = true;
      controller.dispose();
      leaveDialog.dismiss();
      keepPinned.disconnect();
      document.removeEventListener('keydown', onKey);
    },
  };
}
