// The "Publish to cohort" dialog's parts, each drawn on its own so that typing in one is never
// undone by another's update: the cohorts this device holds keys for (pick one, remove one, or
// add one by pasting its trainer key), the checker's report per language, the publishing
// progress and result per language, and the buttons.
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { fillWith, h, uid } from '../../ui-kit/dom.ts';
import { formatDateTime } from '../../ui-kit/locale-format.ts';
import type { HeldCohort } from '../../ui-kit/trainer-key-store.ts';
import type { StudioTranslate } from '../i18n/translate.ts';
import { problemItem } from '../report/report-panel.ts';
import type { FileRun, PublishRun, SendState } from './publish-run.ts';

export interface CohortRow {
  cohort: HeldCohort;
  /** naming: the server is being asked whose key it is; refused: the server no longer takes it. */
  status: 'ready' | 'naming' | 'refused';
}

export interface CohortsView {
  rows: CohortRow[];
  selected: string | null;
  keyText: string;
  adding: boolean;
  /** While publishing: the cohort cannot change under it. */
  locked: boolean;
  /** Under the key field: why a key was refused, or that a cohort was added. */
  message: { text: string; error: boolean } | null;
}

export interface CohortActions {
  select(key: string): void;
  forget(key: string): void;
  typeKey(text: string): void;
  add(): void;
}

/**
 * Draws a part again without losing the trainer's place: the control focused before (named by
 * its data-focus) is focused again, with the caret where it was.
 */
export function redrawKeepingFocus(el: HTMLElement, draw: () => void): void {
  const active = document.activeElement;
  const name = active instanceof HTMLElement && el.contains(active) ? active.dataset.focus : undefined;
  const caret = active instanceof HTMLInputElement && active.type !== 'radio' ? [active.selectionStart, active.selectionEnd] as const : null;
  draw();
  if (name === undefined) return;
  const again = [...el.querySelectorAll<HTMLElement>('[data-focus]')].find((e) => e.dataset.focus === name);
  if (!again || (again as HTMLButtonElement).disabled) return;
  again.focus();
  if (caret && again instanceof HTMLInputElement && caret[0] !== null && caret[1] !== null) again.setSelectionRange(caret[0], caret[1]);
}

/** Jumps to a line of the draft open in the editor. */
export type JumpTo = (line: number) => void;

export const languageName = (t: StudioTranslate, language: Language): string => t(`language.${language}`);

/** How the cohort is listed: its name, or the end of its key until the server names it. */
export function cohortLabel(t: StudioTranslate, cohort: HeldCohort): string {
  return cohort.cohortName ?? t('publishUnnamed', { end: cohort.key.slice(-4) });
}

export function renderCohorts(el: HTMLElement, view: CohortsView, t: StudioTranslate, language: Language, actions: CohortActions): void {
  const list = view.rows.length === 0
    ? h('p', { class: 'muted', 'data-testid': 'publish-no-cohorts' }, t('publishNoCohorts'))
    : h('ul', { class: 'cohort-list' }, ...view.rows.map(({ cohort, status }) => {
      const id = uid('publish-cohort');
      const name = cohortLabel(t, cohort);
      const note = status === 'naming' ? t('publishNaming') : status === 'refused' ? t('publishHeldRefused') : t('publishLastUsed', { time: formatDateTime(cohort.lastUsed, language) });
      const radio = h('input', {
        type: 'radio', name: 'publish-cohort', id, value: cohort.key, checked: cohort.key === view.selected,
        'data-cohort': cohort.cohortName ?? '', 'data-focus': `cohort:${cohort.key}`, onchange: () => actions.select(cohort.key),
      });
      return h('li', { class: `cohort-row${status === 'refused' ? ' cohort-row--refused' : ''}` },
        radio,
        h('label', { for: id, class: 'cohort-label' }, h('strong', {}, name), h('span', { class: 'muted small' }, note)),
        h('button', {
          class: 'btn btn--small btn--danger', type: 'button', 'data-action': 'forget-cohort', 'data-focus': `forget:${cohort.key}`,
          'aria-label': t('publishForgetLabel', { cohort: name }),
          onclick: () => actions.forget(cohort.key),
        }, t('publishForget')));
    }));

  const keyId = uid('publish-key');
  const hintId = uid('publish-key-hint');
  const messageId = uid('publish-key-message');
  const input = h('input', {
    id: keyId, name: 'trainer-key', type: 'password', class: 'key-input', autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': view.message ? `${hintId} ${messageId}` : hintId, 'aria-invalid': view.message?.error ? 'true' : null,
    'data-focus': 'key', disabled: view.adding || view.locked, oninput: () => actions.typeKey(input.value),
  });
  input.value = view.keyText;
  const form = h('form', { class: 'add-cohort', 'data-testid': 'add-cohort', novalidate: true },
    h('h3', {}, t('publishAddTitle')),
    h('div', { class: 'field' },
      h('label', { for: keyId }, t('publishKeyLabel')),
      input,
      h('button', {
        class: 'btn', type: 'submit', 'data-action': 'add-cohort', 'data-focus': 'add', disabled: view.adding || view.locked, 'aria-busy': view.adding ? 'true' : null,
      },
        view.adding ? t('publishAdding') : t('publishAdd'))),
    h('p', { class: 'muted small', id: hintId }, t('publishKeyHint')),
    view.message ? h('p', {
      id: messageId, class: `notice ${view.message.error ? 'notice--error' : 'notice--info'}`, role: view.message.error ? 'alert' : 'status',
      'data-testid': 'add-cohort-message',
    }, view.message.text) : null);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.add();
  });
  fillWith(el, h('fieldset', { class: 'publish-cohorts', disabled: view.locked }, h('legend', {}, t('publishCohort')), list), form);
}

function problems(list: Diagnostic[], run: FileRun, t: StudioTranslate, jump: JumpTo): HTMLElement | null {
  if (list.length === 0) return null;
  return h('ul', { class: 'problems', 'aria-label': t('problems') }, ...list.map((d) => problemItem(d, t, run.file.file, run.file.open ? jump : null)));
}

function checkLine(run: FileRun, t: StudioTranslate): string {
  const c = run.check;
  if (c.phase === 'waiting') return t('publishCheckWaiting');
  if (c.phase === 'checking') return c.states > 0 ? t.count('publishExploring', c.states) : t('publishChecking');
  if (c.phase === 'failed') return t('publishCheckFailed', { message: c.message });
  if (c.errors.length === 0 && c.warnings.length === 0) return t('publishCheckClean');
  return `${t.count('errors', c.errors.length)} · ${t.count('warnings', c.warnings.length)}`;
}

export function renderCheck(el: HTMLElement, run: PublishRun, t: StudioTranslate, jump: JumpTo): void {
  const verdict = run.verdict();
  const items = run.files.map((r) => {
    const c = r.check;
    return h('li', {
      class: 'publish-file', 'data-language': r.file.language, 'data-check': c.phase,
      'data-errors': c.phase === 'checked' ? c.errors.length : null, 'data-warnings': c.phase === 'checked' ? c.warnings.length : null,
    },
    h('p', { class: 'publish-file-head' },
      h('strong', {}, languageName(t, r.file.language)),
      h('span', { class: 'muted small' }, r.file.open ? t('publishOpenDraft') : t('publishSavedFile')),
      h('span', { class: `publish-file-state${c.phase === 'failed' || (c.phase === 'checked' && c.errors.length > 0) ? ' state--bad' : c.phase === 'checked' && c.warnings.length === 0 ? ' state--ok' : ''}` }, checkLine(r, t))),
    c.phase === 'checked' ? problems([...c.errors, ...c.warnings], r, t, jump) : null);
  });
  const note = verdict === 'blocked' ? h('p', { class: 'notice notice--error', role: 'status' }, t('publishBlocked'))
    : verdict === 'warnings' ? h('p', { class: 'notice', role: 'status' }, t('publishWarningsNote'))
      : null;
  fillWith(el, h('h3', {}, t('publishCheckTitle')), h('ul', { class: 'publish-files', 'aria-busy': verdict === 'checking' ? 'true' : 'false' }, ...items), note);
}

function sendLine(send: SendState, t: StudioTranslate): string {
  switch (send.phase) {
    case 'waiting': return t('publishSend.waiting');
    case 'sending': return t('publishSend.sending');
    case 'published': return send.created ? t('publishSend.published') : t('publishSend.unchanged');
    case 'refused': return t('publishSend.refused', { reason: send.reason });
    case 'busy': return send.retryAfterSeconds === null ? t('publishSend.busy-now') : t('publishSend.busy', { seconds: send.retryAfterSeconds });
    case 'key-refused': return t('publishSend.key-refused', { reason: send.reason });
    case 'unreachable': return t('publishSend.unreachable');
    case 'failed': return t('publishSend.failed', { reason: send.reason });
  }
}

/** "English ✓, 中文 ✕": each language with whether it is on the cohort now. */
export function languagesMarked(run: PublishRun, t: StudioTranslate): string {
  return run.files.map((r) => `${languageName(t, r.file.language)} ${r.send.phase === 'published' ? '✓' : '✕'}`).join(t('listSeparator'));
}

export function renderResults(el: HTMLElement, run: PublishRun, cohortName: string, t: StudioTranslate, jump: JumpTo): void {
  if (!run.sending && !run.answered) {
    fillWith(el);
    return;
  }
  const summary = run.sending ? t('publishSending') : t(run.published ? 'publishDone' : 'publishPartly', { cohort: cohortName, languages: languagesMarked(run, t) });
  const items = run.files.map((r) => {
    const s = r.send;
    const ok = s.phase === 'published';
    const diagnostics = s.phase === 'published' ? s.scenario.warnings : s.phase === 'refused' ? s.diagnostics : [];
    return h('li', { class: 'publish-file', 'data-language': r.file.language, 'data-send': s.phase },
      h('p', { class: 'publish-file-head' },
        h('strong', {}, languageName(t, r.file.language)),
        h('span', { class: `publish-file-state${ok ? ' state--ok' : s.phase === 'waiting' || s.phase === 'sending' ? '' : ' state--bad'}` }, sendLine(s, t))),
      s.phase === 'published' && diagnostics.length > 0 ? h('p', { class: 'muted small' }, t('publishServerWarnings')) : null,
      problems(diagnostics, r, t, jump));
  });
  fillWith(el,
    h('h3', {}, t('publishResultTitle')),
    h('p', {
      class: `publish-summary${run.sending ? '' : run.published ? ' publish-summary--ok' : ' publish-summary--bad'}`, tabindex: -1,
      'data-testid': 'publish-summary', 'data-published': run.sending ? null : String(run.published),
    }, summary),
    h('ul', { class: 'publish-files' }, ...items));
}
