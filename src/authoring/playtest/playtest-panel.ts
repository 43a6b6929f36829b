// The play-test pane: runs the scenario with the real Session and rubric, from the beginning or
// from any knot, shows the customer's mood, the evidence each reply earns, and the debrief.
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { Session } from '../../core/session/session.ts';
import type { SourcePoint } from '../../toolchain/compile.ts';
import type { TranscriptEntry } from '../../core/schemas/transcript.ts';
import { startSessionAt } from '../../core/session/start-at.ts';
import { expressionOf } from '../../core/persona/customer-state.ts';
import type { StudioTranslate } from '../i18n/translate.ts';
import { h } from '../../ui-kit/dom.ts';
import { describeEvidence, rubricLabel, type EvidenceWords } from '../../ui-kit/evidence-words.ts';
import { stoppedMessage } from './stopped-message.ts';

export interface PlaytestContext {
  rubric: Rubric;
  strings: () => StudioTranslate;
  language: () => Language;
}

const SEED = 0; // the checker explores with seed 0, so a play-test matches its best path

export class PlaytestPanel {
  private latest: ScenarioBundle | null = null;
  private knots: SourcePoint[] = [];
  private playing: ScenarioBundle | null = null;
  private session: Session | null = null;
  private from = '';
  /** Why the run stopped (a run budget or another story error); the session is then unusable. */
  private stopped: unknown = null;
  private focusAfterRender: 'choice' | 'debrief' | null = null;

  constructor(readonly root: HTMLElement, private readonly ctx: PlaytestContext) {}

  /** A newly checked version: a run not yet begun switches to it; a run under way is told. */
  setScenario(bundle: ScenarioBundle | null, knots: SourcePoint[]): void {
    this.latest = bundle;
    if (knots.length > 0 || bundle === null) this.knots = knots;
    if (!this.knots.some((k) => k.path === this.from)) this.from = '';
    const untouched = !this.session || this.session.taken.length === 0;
    if (bundle && (untouched || !this.playing)) this.restart(this.from, false);
    else this.render();
  }

  restart(from = this.from, focus = true): void {
    this.from = from;
    this.stopped = null;
    this.playing = this.latest;
    this.session = null;
    if (this.playing) {
      try {
        const b = this.playing;
        this.session = startSessionAt({ storyJson: b.storyJson, meta: b.meta, rubric: this.ctx.rubric, seed: SEED, bounds: b.bounds }, from).session;
      } catch (error) {
        this.stopped = error;
      }
    }
    this.focusAfterRender = focus ? 'choice' : null;
    this.render();
  }

  /** Plays a list of choice indices from the beginning (the checker's best path). */
  playPath(path: readonly number[]): void {
    this.restart('', false);
    for (const index of path) if (!this.choose(index, false)) break;
    this.focusAfterRender = 'debrief';
    this.render();
  }

  private choose(index: number, render = true): boolean {
    const session = this.session;
    if (!session || session.ended || this.stopped !== null || !session.choices.some((c) => c.index === index)) return false;
    try {
      session.choose(index);
    } catch (error) {
      this.stopped = error;
    }
    if (render) {
      this.focusAfterRender = session.ended ? 'debrief' : 'choice';
      this.render();
    }
    return true;
  }

  /** Number keys 1–9 pick a reply while the pane is shown (the page routes them here). */
  handleKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const n = Number(event.key);
    if (Number.isInteger(n) && n >= 1 && n <= 9 && this.session && !this.session.ended && this.stopped === null) {
      const choice = this.session.choices[n - 1];
      if (choice) {
        event.preventDefault();
        this.choose(choice.index);
      }
    }
  }

  render(): void {
    const t = this.ctx.strings();
    const select = h('select', {
      id: 'play-from', 'data-testid': 'play-from',
      onchange: () => this.restart(select.value),
    },
    h('option', { value: '' }, t('beginning')),
    ...this.knots.map((k) => h('option', { value: k.path, selected: k.path === this.from }, `${k.path}${k.line === null ? '' : ` · ${t('line', { n: k.line })}`}`)));
    const toolbar = h('div', { class: 'play-toolbar' },
      h('label', { for: 'play-from' }, t('startFrom')), select,
      h('button', { class: 'btn btn--small', type: 'button', 'data-action': 'restart', disabled: !this.latest, onclick: () => this.restart() }, t('restart')));

    const parts: HTMLElement[] = [toolbar];
    if (!this.latest && !this.session) {
      parts.push(h('p', { class: 'notice' }, t('noBundle')));
      this.root.replaceChildren(...parts);
      return;
    }
    if (this.latest && this.playing && this.latest.contentHash !== this.playing.contentHash) {
      parts.push(h('div', { class: 'notice notice--info', role: 'status' }, t('changed'), ' ',
        h('button', { class: 'btn btn--small', type: 'button', 'data-action': 'restart-new', onclick: () => this.restart() }, t('restartNew'))));
    }
    if (this.from !== '') parts.push(h('p', { class: 'notice' }, t('startedAt', { knot: this.from })));
    if (this.stopped !== null) {
      parts.push(h('p', { class: 'notice notice--error', role: 'alert', 'data-testid': 'play-stopped' }, stoppedMessage(this.stopped, t, this.knots)));
    }
    const session = this.session;
    if (!session) {
      this.root.replaceChildren(...parts);
      return;
    }

    const customer = session.customer;
    const meter = (label: string, value: number, kind: string): HTMLElement => h('div', { class: 'meter', 'data-meter': kind },
      h('span', { class: 'meter-label' }, label),
      h('span', { class: 'meter-track', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': value, 'aria-label': label },
        h('span', { class: `meter-fill meter-fill--${kind}`, style: `width:${value}%` })),
      h('span', { class: 'meter-value' }, value));
    const mood = expressionOf(customer);
    parts.push(h('div', { class: 'customer-card' },
      h('div', { class: 'customer-name' }, h('strong', {}, this.playing?.meta.persona ?? ''), h('span', { class: `mood mood--${mood}` }, t('mood', { expression: t(`expression.${mood}`) }))),
      meter(t('trust'), customer.trust, 'trust'), meter(t('patience'), customer.patience, 'patience'), meter(t('interest'), customer.interest, 'interest')));

    const tips = new Map<number, string[]>();
    for (const e of session.events) if (e.type === 'tip') tips.set(e.entry, [...(tips.get(e.entry) ?? []), e.text]);
    const evidenceAt = new Map<number, typeof session.evidence>();
    for (const ev of session.evidence) evidenceAt.set(ev.entry, [...(evidenceAt.get(ev.entry) ?? []), ev]);
    const speaker = (e: TranscriptEntry): string => e.speaker === 'customer' ? (this.playing?.meta.persona ?? t('speakerCustomer'))
      : e.speaker === 'trainee' ? t('speakerTrainee') : e.speaker === 'narrator' ? t('speakerNarrator') : e.speaker;
    // Focusable so the keyboard can scroll a long conversation.
    const transcript = h('ol', { class: 'transcript', 'aria-live': 'polite', 'aria-label': t('transcriptLabel'), tabindex: '0' }, ...session.transcript.map((e, i) => h('li', { class: `line line--${e.speaker === 'customer' || e.speaker === 'trainee' || e.speaker === 'narrator' ? e.speaker : 'other'}` },
      h('span', { class: 'line-speaker' }, speaker(e)),
      h('span', { class: 'line-text' }, e.text),
      ...(evidenceAt.get(i) ?? []).map((ev) => h('span', { class: `points ${ev.points >= 0 ? 'points--plus' : 'points--minus'}` },
        ((w) => `${w.points} ${w.dimension} · ${w.reason}`)(this.words(ev)))),
      ...(tips.get(i) ?? []).map((tip) => h('span', { class: 'tip' }, tip)))));
    parts.push(transcript);

    if (this.stopped !== null) {
      // The story broke off mid-step: its replies and scores mean nothing now.
    } else if (!session.ended) {
      parts.push(h('div', { class: 'replies' }, h('h2', {}, t('yourReplies')), h('p', { class: 'muted small' }, t('pressKey')),
        h('ol', { class: 'choices', 'data-ready': 'true' }, ...session.choices.map((c, i) => h('li', {},
          h('button', { class: 'choice', type: 'button', 'data-index': c.index, onclick: () => this.choose(c.index) },
            h('span', { class: 'choice-key' }, i + 1), h('span', {}, c.text)))))));
    } else {
      parts.push(this.debrief(session));
    }
    this.root.replaceChildren(...parts);
    transcript.scrollTop = transcript.scrollHeight;
    const focus = this.focusAfterRender;
    this.focusAfterRender = null;
    if (focus === 'choice') (this.root.querySelector<HTMLElement>('button.choice') ?? this.root.querySelector<HTMLElement>('[data-action="restart"]'))?.focus();
    else if (focus === 'debrief') this.root.querySelector<HTMLElement>('.debrief h2')?.focus();
  }

  /** Evidence worded for the scenario's author: the tags and ids they wrote. */
  private words(ev: Session['evidence'][number]): EvidenceWords {
    return describeEvidence(ev, { rubric: this.ctx.rubric, language: this.ctx.language(), meta: this.playing?.meta ?? null, naming: 'author' });
  }

  private evidenceLine(w: EvidenceWords): Array<HTMLElement | string> {
    return [h('strong', {}, w.points), ` ${w.dimension} · ${w.reason}`];
  }

  private debrief(session: Session): HTMLElement {
    const t = this.ctx.strings();
    const language = this.ctx.language();
    const rubric = this.ctx.rubric;
    const bounds = this.playing?.bounds;
    const result = session.result(bounds);
    const outcome = result.outcome ? (t.find(`outcome.${result.outcome}`) ?? result.outcome) : t('none');
    const rows = rubric.dimensions.filter((d) => result.scores[d.id] !== undefined).map((d) => {
      const score = result.scores[d.id]!;
      return h('tr', { 'data-dimension': d.id },
        h('th', { scope: 'row' }, d.label[language]),
        h('td', {}, h('span', { class: 'score-track' }, h('span', { class: 'score-fill', style: `width:${score}%` }))),
        h('td', { class: 'dim-score', 'data-score': score }, score));
    });
    const turns: HTMLElement[] = [];
    result.transcript.forEach((entry, i) => {
      if (entry.speaker !== 'trainee') return;
      const next = result.transcript.findIndex((e, j) => j > i && e.speaker === 'trainee');
      const end = next < 0 ? result.transcript.length : next;
      const earned = result.evidence.filter((ev) => ev.entry >= i && ev.entry < end);
      turns.push(h('li', {}, h('p', { class: 'turn-choice' }, entry.text),
        earned.length === 0 ? h('p', { class: 'muted small' }, t('noEvidence'))
          : h('ul', { class: 'turn-evidence' }, ...earned.map((ev) => h('li', { class: ev.points >= 0 ? 'plus' : 'minus' },
            ...this.evidenceLine(this.words(ev)))))));
    });
    const opening = result.evidence.filter((ev) => !result.transcript.slice(0, ev.entry + 1).some((e) => e.speaker === 'trainee'));
    return h('section', { class: 'debrief', 'data-outcome': result.outcome ?? 'none' },
      h('h2', { tabindex: -1 }, t('debrief')),
      h('div', { class: 'debrief-head' },
        h('div', { class: 'overall' }, h('span', { class: 'overall-label' }, t('overall')), h('span', { class: 'overall-value', 'data-overall': result.overall }, result.overall)),
        h('div', { class: 'outcome-badge' }, outcome)),
      h('table', { class: 'scores' }, h('tbody', {}, ...rows)),
      result.notAssessed.length > 0 ? h('p', { class: 'muted small' }, `${t('notAssessed')}: ${result.notAssessed.map((d) => rubricLabel(rubric, d, language)).join(', ')}`) : null,
      h('h3', {}, t('evidenceTitle')),
      opening.length > 0 ? h('ul', { class: 'turn-evidence' }, ...opening.map((ev) => h('li', { class: ev.points >= 0 ? 'plus' : 'minus' },
        ...this.evidenceLine(this.words(ev))))) : null,
      h('ol', { class: 'turns' }, ...turns),
      h('button', { class: 'btn', type: 'button', 'data-action': 'play-again', onclick: () => this.restart() }, t('restart')));
  }
}
