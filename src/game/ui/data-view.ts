// Data & settings: the trainee's settings (mode, sound, and what the game's extensions add, such
// as sharing coach runs with a cohort's trainer; the language sits in the top bar), export
// of everything to one file and import back (merged, with counts and rejected records), where
// the data lives, and the records that were set aside because they could not be read.
import type { QuarantinedRecord } from '../../core/schemas/records.ts';
import { formatDateTime } from '../../ui-kit/locale-format.ts';
import { h, uid } from '../../ui-kit/dom.ts';
import { filePicker } from './files.ts';
import { icon } from './icons.ts';
import { modeToggle } from './mode-toggle.ts';
import { messageBlock, type Message } from './notice.ts';
import type { Screen, ScreenContext } from './screen.ts';

export interface DataActions {
  exportAll: () => void;
  importBackup: (file: File) => void;
  setSound: (on: boolean) => void;
}

export interface DataFacts {
  persistent: boolean;
  attempts: number;
  quarantine: readonly QuarantinedRecord[];
  message: Message | null;
}

function section(title: string, iconName: Parameters<typeof icon>[0], ...children: Array<Node | null>): HTMLElement {
  const id = uid('data-section');
  return h('section', { class: 'card-block data-block', 'aria-labelledby': id }, h('h2', { id }, icon(iconName, 'icon icon--inline'), title), ...children);
}

/** `settingsControls`: the extensions' own settings, put after the game's. */
export function renderData(ctx: ScreenContext, facts: DataFacts, actions: DataActions, settingsControls: readonly HTMLElement[] = []): Screen {
  const { t, language } = ctx;
  const heading = h('h1', { tabindex: '-1' }, t('data.heading'));
  const sound = h('button', {
    type: 'button', class: 'switch', role: 'switch', 'aria-checked': String(ctx.sound.enabled), 'data-action': 'sound-setting',
    onclick: () => {
      const on = sound.getAttribute('aria-checked') !== 'true';
      sound.setAttribute('aria-checked', String(on));
      actions.setSound(on);
    },
  }, h('span', { class: 'switch-track', 'aria-hidden': 'true' }, h('span', { class: 'switch-thumb' })), h('span', {}, t('data.sound')));

  const settings = section(t('data.settings'), 'target',
    modeToggle(t, ctx.mode, ctx.setMode),
    h('div', { class: 'setting-row' }, sound, h('span', { class: 'mode-hint' }, t('sound.hint'))),
    ...settingsControls);

  const backup = section(t('data.backup'), 'download',
    h('p', { class: 'section-hint' }, t('data.backup-hint')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button button--primary', 'data-action': 'export', onclick: actions.exportAll }, icon('download', 'icon icon--inline'), t('data.export')),
      filePicker([icon('upload', 'icon icon--inline'), t('data.import')], 'button button--ghost', 'backup-file', '.json,application/json', actions.importBackup)),
    facts.message ? messageBlock(facts.message, 'data-message') : null);

  const storage = section(t('data.storage'), 'database',
    h('p', {}, facts.persistent ? t('data.storage-ok') : t('notice.memory-only')),
    h('p', { class: 'muted', 'data-testid': 'attempt-count' }, t.count('data.attempts-stored', facts.attempts)));

  const q = facts.quarantine;
  const quarantine = section(t('data.quarantine'), 'flag',
    h('p', { 'data-testid': 'quarantine-count', 'data-count': q.length, class: q.length === 0 ? 'muted' : 'warn' },
      q.length === 0 ? t('data.quarantine-none') : t.count('data.quarantine-count', q.length)),
    q.length === 0 ? null : h('div', { class: 'table-wrap' }, h('table', { class: 'data-table quarantine-table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('data.col-when')), h('th', { scope: 'col' }, t('data.col-store')),
        h('th', { scope: 'col' }, t('data.col-key')), h('th', { scope: 'col' }, t('data.col-reason')))),
      h('tbody', {}, ...q.map((r) => h('tr', { 'data-quarantine-key': r.key },
        h('td', {}, formatDateTime(r.quarantinedAt, language)), h('td', {}, h('code', {}, r.store)),
        h('td', {}, h('code', {}, r.key)), h('td', { class: 'reason' }, r.reason)))))));

  const element = h('div', { class: 'data-screen page' },
    h('div', { class: 'page-head' }, heading),
    h('div', { class: 'data-grid' }, settings, storage),
    backup, quarantine);
  return { element, title: t('data.heading'), focus: heading };
}
