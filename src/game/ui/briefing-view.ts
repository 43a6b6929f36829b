// The briefing: the customer record the trainee prepares from (never the hidden needs or
// objections) beside the stage, which already shows the customer in their setting, with the
// meters only when the chosen mode will show them. In a cohort, exam mode says that the exam is
// played on the server and needs the connection (and, offline, that coach mode still works).
import type { ScenarioEntry } from '../run/scenario-entry.ts';
import { stageViewOf } from '../stage/stage-view-of.ts';
import { limitMinutes, stars } from './format.ts';
import { formatClock } from '../../ui-kit/duration.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { icon } from './icons.ts';
import { modeToggle } from './mode-toggle.ts';
import type { Screen, ScreenContext } from './screen.ts';
import type { PlayMode } from '../../core/schemas/records.ts';

export interface BriefingActions {
  start: () => void;
  back: () => void;
}

/** Whether this entry's exam is played on the cohort server, and whether the browser is online. */
export interface BriefingServer {
  examOnServer: boolean;
  online: boolean;
}

/** `problem`: why the last start failed (the story would not load), shown under the actions. */
export function renderBriefing(
  ctx: ScreenContext, entry: ScenarioEntry, actions: BriefingActions, problem: string | null = null,
  server: BriefingServer = { examOnServer: false, online: true },
): Screen {
  const { t, language } = ctx;
  const { meta } = entry;
  const onServer = (mode: PlayMode): boolean => mode === 'exam' && server.examOnServer;
  // Fetch the story chunk now so "Start call" does not wait for it; never for an exam played on
  // the server, which the story must not reach.
  const prefetch = (mode: PlayMode): void => {
    if (!onServer(mode)) void entry.loadStory().catch(() => undefined);
  };
  prefetch(ctx.mode);
  const serverNote = h('p', { class: 'server-note', 'data-testid': 'exam-server-note' });
  const showServerNote = (mode: PlayMode): void => {
    serverNote.dataset.online = String(server.online);
    serverNote.textContent = server.online ? t('brief.exam-on-server') : t('exam.offline');
    // Start just failed for this very reason: the alert below says it once.
    serverNote.hidden = !onServer(mode) || serverNote.textContent === problem;
  };
  showServerNote(ctx.mode);
  const headingId = uid('brief-title');
  const row = (label: string, value: string | Node, extra?: string, wide?: 'wide' | 'full'): HTMLElement =>
    h('div', { class: wide ? `record-row record-row--${wide}` : 'record-row' }, h('dt', {}, label), h('dd', {}, value, extra ? h('span', { class: 'record-hint' }, extra) : null));
  const start = h('button', { type: 'button', class: 'button button--primary', 'data-action': 'start', onclick: () => { start.disabled = true; start.textContent = t('brief.loading'); actions.start(); } },
    icon(meta.channel), t('brief.start'));
  const slot = h('div', { class: 'stage-slot', 'aria-hidden': 'true' });
  const element = h('div', { class: 'split' },
    slot,
    h('section', { class: 'panel briefing', 'aria-labelledby': headingId },
      h('p', { class: 'eyebrow' }, t('brief.eyebrow'), h('span', { class: 'stars', 'aria-label': t('list.difficulty', { n: meta.difficulty }) }, stars(meta.difficulty)),
        entry.local ? h('span', { class: 'chip chip--local', title: t('list.local-hint') }, t('list.local')) : null),
      h('h1', { id: headingId }, meta.title),
      h('h2', { class: 'section-title' }, icon('user', 'icon icon--inline'), t('brief.record')),
      h('dl', { class: 'record' },
        row(t('brief.name'), meta.persona),
        meta.personaAge === undefined ? null : row(t('brief.age'), t('brief.age-value', { n: meta.personaAge })),
        row(t('brief.style'), t(`style.${meta.personaStyle}`), t(`style-hint.${meta.personaStyle}`)),
        meta.personaTier === undefined ? null : row(t('brief.tier'), t(`tier.${meta.personaTier}`)),
        meta.personaRole === undefined ? null : row(t('brief.role'), meta.personaRole, undefined, 'full'),
        row(t('brief.channel'), t(`channel.${meta.channel}`)),
        row(t('brief.product'), meta.product, undefined, 'wide'),
        row(t('brief.time-limit'), meta.timeLimit === undefined ? t('brief.no-limit') : t('list.minutes', { n: limitMinutes(meta.timeLimit) }),
          meta.timeLimit === undefined ? undefined : formatClock(meta.timeLimit))),
      h('h2', { class: 'section-title' }, icon('list', 'icon icon--inline'), t('brief.notes')),
      meta.brief.length === 0 ? h('p', { class: 'muted' }, t('brief.no-notes')) : h('ul', { class: 'notes' }, ...meta.brief.map((line) => h('li', {}, line))),
      meta.goal === undefined ? null : h('div', { class: 'goal' },
        h('h2', { class: 'section-title' }, icon('target', 'icon icon--inline'), t('brief.goal')),
        h('p', {}, meta.goal)),
      h('div', { class: 'briefing-foot' },
        h('div', { class: 'actions' },
          start,
          h('button', { type: 'button', class: 'button button--ghost', 'data-action': 'back', onclick: actions.back }, t('brief.back')),
          modeToggle(t, ctx.mode, (mode) => {
            ctx.setMode(mode);
            showStage(mode === 'coach');
            showServerNote(mode);
            prefetch(mode);
          })),
        serverNote,
        h('p', { class: 'hint' }, t('brief.keys')),
        problem === null ? null : h('p', { class: 'error', role: 'alert' }, problem))));
  function showStage(meters: boolean): void {
    void ctx.stage().then((stage) => stage.show(stageViewOf(meta, language, { phase: 'briefing', customer: null, seconds: 0, speaking: null, meters })));
  }
  showStage(ctx.mode === 'coach');
  return { element, title: meta.title, focus: start, stageSlot: slot };
}
