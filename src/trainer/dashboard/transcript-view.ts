// One attempt's annotated transcript, opened from the attempts card in place of the dashboard's
// sections (Back returns to the same section with its filters): who played what and how it
// ended, the wall time against the time limit for an exam played on the server, then every line
// with the trainee's replies marked, the time taken over each and, under it, what it earned and
// the faults and red lines it committed, worded as the game's debrief words them.
import type { AttemptTranscript } from '../../contract/attempts.ts';
import type { PlayableVersion } from '../../contract/scenarios.ts';
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import { fillWith, h, uid } from '../../ui-kit/dom.ts';
import { formatClock } from '../../ui-kit/duration.ts';
import { describeEvidence } from '../../ui-kit/evidence-words.ts';
import { formatDateTime, formatNumber } from '../../ui-kit/locale-format.ts';
import type { Translator } from '../i18n/translate.ts';
import { formatCallLength, scoreTone } from '../ui/format.ts';
import { icon } from '../ui/icons.ts';
import { Loadable } from '../ui/loadable.ts';
import { keepingFocus } from '../ui/action-button.ts';
import { chip, stateBody } from '../ui/parts.ts';
import type { DashboardContext } from './dashboard-context.ts';
import { titleFor } from './scenario-catalog.ts';
import { transcriptModel, type AttemptKind, type ReplyNotes, type TranscriptModel, type TranscriptRow } from './transcript-model.ts';

interface Loaded {
  answer: AttemptTranscript;
  /** The version played, for the customer's name and the needs' and objections' wording; null if it could not be had. */
  version: PlayableVersion | null;
}

/** How a kind of attempt is marked wherever it shows (chip tone, words). */
export function kindChip(t: Translator, kind: AttemptKind): HTMLElement {
  return h('span', { class: `chip chip--${kind}`, 'data-kind': kind, title: t(`kind.${kind}-hint`) },
    t(`kind.${kind}`), h('span', { class: 'sr-only' }, ` (${t(`kind.${kind}-hint`)})`));
}

/** Time over one reply: tenths of a second under a minute, m:ss beyond. */
export function formatReplyTime(t: Translator, ms: number): string {
  if (ms < 100) return t('transcript.under-tenth');
  return ms < 60_000 ? t('transcript.seconds', { n: formatNumber(Math.round(ms / 100) / 10, t.language) }) : formatClock(ms / 1000, { round: true });
}

export class TranscriptView {
  readonly el = h('section', { class: 'transcript-screen' });
  private readonly data: Loadable<Loaded>;
  private readonly titleId = uid('transcript-title');

  constructor(private readonly ctx: DashboardContext, readonly attemptId: string, private readonly back: () => void) {
    this.el.setAttribute('aria-labelledby', this.titleId);
    this.data = new Loadable(() => this.render(), (e) => ctx.failed(e));
  }

  load(): void {
    void this.data.load(async () => {
      const answer = await this.ctx.client.attemptTranscript(this.attemptId);
      // The version's metadata only improves the wording: the transcript stands without it.
      const version = await this.ctx.client.scenarioVersion(answer.attempt.contentHash).catch(() => null);
      return { answer, version };
    });
  }

  focusTitle(): void {
    this.el.querySelector<HTMLElement>(`#${this.titleId}`)?.focus();
  }

  render(): void {
    // The title has the focus when the transcript opens: it keeps it when the loaded one replaces it.
    keepingFocus(this.el, () => this.build());
  }

  private build(): void {
    const t = this.ctx.t();
    const backButton = h('button', { type: 'button', class: 'button button--ghost button--small', 'data-action': 'back-to-attempts', onclick: () => this.back() },
      icon('back'), t('transcript.back'));
    const body = stateBody(t, this.data.state, () => this.load(), (loaded) => this.content(loaded));
    const heading = this.data.value ? null : h('h1', { id: this.titleId, class: 'transcript-title', tabindex: -1, 'data-focus-key': 'transcript-title' }, t('transcript.title'));
    fillWith(this.el, h('div', { class: 'transcript-nav' }, backButton), heading, body);
  }

  private content({ answer, version }: Loaded): HTMLElement {
    const t = this.ctx.t();
    const model = transcriptModel(answer);
    const a = answer.attempt;
    const title = version?.title ?? titleFor(this.ctx.versions(), a);
    const passMark = this.ctx.summary()?.passMark ?? null;
    const passed = passMark !== null && a.ranked && a.overall >= passMark;
    const outcome = a.status === 'abandoned'
      ? h('span', { class: 'chip chip--abandoned' }, t('attempts.abandoned'))
      : chip(t(`outcome.${a.outcome ?? 'none'}`), `outcome-${a.outcome ?? 'none'}`);
    const stat = (label: string, value: HTMLElement | string, name: string) =>
      h('div', { class: 'tstat', 'data-stat': name }, h('dt', {}, label), h('dd', {}, value));
    return h('div', { class: 'transcript', 'data-attempt': a.attemptId, 'data-kind': model.kind },
      h('header', { class: 'card-block transcript-head' },
        h('p', { class: 'eyebrow' }, t('transcript.eyebrow')),
        h('h1', { id: this.titleId, class: 'transcript-title', tabindex: -1, 'data-focus-key': 'transcript-title' }, t('transcript.heading', { name: a.displayName, title })),
        h('div', { class: 'transcript-chips' },
          kindChip(t, model.kind),
          chip(t(`scenario-language.${a.language}`), 'quiet'),
          outcome,
          h('span', { class: `chip chip--score score--${scoreTone(a.overall)}`, 'data-overall': a.overall },
            t('transcript.overall', { n: a.overall }), passed ? h('span', { class: 'sr-only' }, ` (${t('attempts.passed')})`) : null,
            passed ? icon('check', 'icon icon--inline') : null),
          h('span', { class: 'rubric-version' }, t('attempts.rubric-version', { version: a.rubricVersion }))),
        h('dl', { class: 'transcript-stats' },
          stat(t('attempts.when'), formatDateTime(a.submittedAt, t.language), 'submitted'),
          stat(t('attempts.length'), formatCallLength(a.simulatedSeconds), 'call-length'),
          stat(t('transcript.wall'), this.wallTime(model), 'wall'),
          stat(t('transcript.replies'), model.timing.timed > 0
            ? t('transcript.timed', { n: model.timing.timed, total: model.timing.replies })
            : t('transcript.untimed', { total: model.timing.replies }), 'replies')),
        a.redLines.length === 0 ? null : h('div', { class: 'transcript-red', role: 'note' },
          icon('warning'),
          h('p', {}, t('transcript.red-lines', {
            list: a.redLines.map((id) => t.rubric(id)).join(t.language === 'zh-CN' ? '、' : ', '),
            cap: model.rubric.rules.redLineCap ?? courseRubric.rules.redLineCap ?? 40,
          }))),
        model.kind === 'practice' ? h('p', { class: 'hint' }, t('transcript.practice-note')) : null),
      h('section', { class: 'card-block transcript-lines', 'aria-label': t('transcript.lines') },
        h('ol', { class: 'tlines' }, ...model.rows.map((row) => this.row(row, model, version, a.displayName)))));
  }

  private wallTime(model: TranscriptModel): HTMLElement | string {
    const t = this.ctx.t();
    const { wallSeconds, timeLimit, overTime, overBy } = model.timing;
    if (wallSeconds === null) return h('span', { class: 'muted' }, t('transcript.wall-none'));
    const wall = formatClock(wallSeconds, { round: true });
    if (timeLimit === null) return h('span', {}, t('transcript.wall-no-limit', { time: wall }));
    const limit = formatClock(timeLimit, { round: true });
    if (!overTime) return h('span', { 'data-over-time': 'false' }, t('transcript.wall-within', { time: wall, limit }));
    return h('span', { class: 'over-time', 'data-over-time': 'true' },
      icon('warning', 'icon icon--inline'), t('transcript.wall-over', { time: wall, limit, over: formatClock(overBy ?? 0, { round: true }) }));
  }

  private row(row: TranscriptRow, model: TranscriptModel, version: PlayableVersion | null, trainee: string): HTMLElement {
    const t = this.ctx.t();
    const { line, reply } = row;
    const who = row.speaker === 'trainee' ? trainee
      : row.speaker === 'customer' ? version?.meta.persona ?? t('transcript.customer')
        : row.speaker === 'narrator' ? null : line.speaker.charAt(0).toLocaleUpperCase() + line.speaker.slice(1);
    const text = row.speaker === 'narrator' ? h('p', { class: 'tline-text' }, h('em', {}, line.text)) : h('p', { class: 'tline-text' }, line.text);
    const replyHead = reply === null ? null : h('div', { class: 'tline-reply' },
      h('span', { class: 'reply-badge' }, t('transcript.reply', { n: reply.number })),
      reply.timeMs === null
        ? h('span', { class: 'reply-time reply-time--none', 'data-time-ms': '' }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'sr-only' }, t('transcript.not-timed')))
        : h('span', { class: `reply-time${reply.slowest ? ' reply-time--slowest' : ''}`, 'data-time-ms': reply.timeMs },
          icon('clock', 'icon icon--inline'), h('span', { class: 'sr-only' }, `${t('transcript.took')} `), formatReplyTime(t, reply.timeMs),
          reply.slowest ? h('span', { class: 'chip chip--quiet' }, t('transcript.slowest')) : null));
    return h('li', {
      class: `tline tline--${row.speaker}${reply ? ' tline--reply' : ''}`, 'data-entry': row.entry,
      ...(reply ? { 'data-reply': reply.number } : {}),
    },
    h('span', { class: 'tline-at', title: t('transcript.at') }, formatClock(line.at)),
    h('div', { class: 'tline-body' },
      who === null ? null : h('span', { class: 'tline-who' }, who),
      replyHead,
      text,
      row.notes ? this.notes(row.notes, model, version) : reply ? h('p', { class: 'tnote-none muted' }, t('transcript.nothing')) : null));
  }

  private notes(notes: ReplyNotes, model: TranscriptModel, version: PlayableVersion | null): HTMLElement {
    const t = this.ctx.t();
    const context = { rubric: model.rubric, language: t.language, meta: version?.meta ?? null };
    return h('ul', { class: 'tnotes', 'aria-label': t('transcript.notes') },
      ...notes.faults.map((e) => {
        const words = describeEvidence(e, context);
        return h('li', { class: `tnote tnote--fault${e.redLine ? ' tnote--red-line' : ''}`, 'data-fault': e.item ?? '', 'data-red-line': String(e.redLine) },
          h('span', { class: 'tnote-points' }, words.points),
          h('span', { class: `chip ${e.redLine ? 'chip--danger' : 'chip--fault'}` }, icon('warning', 'icon icon--inline'), e.redLine ? t('transcript.red-line') : t('transcript.fault')),
          h('span', { class: 'tnote-dim' }, words.dimension),
          h('span', { class: 'tnote-reason' }, words.reason));
      }),
      ...notes.evidence.map((e) => {
        const words = describeEvidence(e, context);
        return h('li', { class: `tnote tnote--${words.tone}`, 'data-reason': e.reason },
          h('span', { class: 'tnote-points' }, words.points),
          h('span', { class: 'tnote-dim' }, words.dimension),
          h('span', { class: 'tnote-reason' }, words.reason));
      }),
      ...notes.tips.map((tip) => h('li', { class: 'tnote tnote--tip' },
        h('span', { class: 'tnote-points' }, icon('bulb', 'icon icon--inline')),
        h('span', { class: 'tnote-dim' }, t('transcript.tip')),
        h('span', { class: 'tnote-reason' }, tip))));
  }
}
