// "My scenarios": the trainer's local scenarios with their state, opening and deleting them,
// choosing which go into an exported pack, and importing a pack.
import type { LocalScenario } from '../../core/schemas/records.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { formatDateTime } from '../../ui-kit/locale-format.ts';
import type { StudioTranslate } from '../i18n/translate.ts';
import { scenarioTitle } from '../check/source-fields.ts';
import { h } from '../../ui-kit/dom.ts';

export interface LibraryRow {
  record: LocalScenario;
  versions: number;
}

export interface LibraryMessage {
  kind: 'info' | 'error';
  title: string;
  details: string[];
}

export interface LibraryActions {
  onOpen: (key: string) => void;
  onDelete: (key: string) => void;
  onToggle: (key: string, included: boolean) => void;
  onExportSelected: () => void;
  onImport: () => void;
}

export const titleOf: (r: LocalScenario) => string = scenarioTitle;

export function renderLibrary(
  root: HTMLElement, rows: readonly LibraryRow[], current: string | null, selected: ReadonlySet<string>,
  message: LibraryMessage | null, t: StudioTranslate, language: Language, actions: LibraryActions,
): void {
  const parts: HTMLElement[] = [];
  if (message) {
    parts.push(h('div', { class: `notice notice--${message.kind === 'error' ? 'error' : 'info'}`, role: message.kind === 'error' ? 'alert' : 'status', 'data-testid': 'library-message' },
      h('strong', {}, message.title),
      message.details.length > 0 ? h('ul', {}, ...message.details.map((d) => h('li', {}, d))) : null));
  }
  parts.push(h('div', { class: 'library-actions' },
    h('button', { class: 'btn', type: 'button', 'data-action': 'import-pack', onclick: actions.onImport }, t('importPack')),
    h('button', { class: 'btn', type: 'button', 'data-action': 'export-selected', disabled: selected.size === 0, onclick: actions.onExportSelected }, t('exportSelected'))));
  parts.push(h('p', { class: 'muted small' }, t('libraryNote')));
  if (rows.length === 0) {
    parts.push(h('p', { class: 'muted' }, t('libraryEmpty')));
    root.replaceChildren(...parts);
    return;
  }
  parts.push(h('ul', { class: 'library-list' }, ...rows.map(({ record: r, versions }) => {
    const title = titleOf(r);
    const ready = r.bundle !== null;
    const box = h('input', {
      type: 'checkbox', id: `pick-${r.key}`, checked: selected.has(r.key), disabled: !ready, 'aria-label': `${t('includeInPack')}: ${title}`,
      onchange: () => actions.onToggle(r.key, box.checked),
    });
    return h('li', { class: `library-item${r.key === current ? ' library-item--current' : ''}`, 'data-key': r.key },
      box,
      h('div', { class: 'library-text' },
        h('span', { class: 'library-title' }, title),
        h('span', { class: 'library-meta' },
          h('code', {}, r.key), ' · ',
          h('span', { class: ready ? 'state state--ok' : 'state state--bad' }, ready ? t('ready') : t('notReady')), ' · ',
          r.origin === 'imported' ? t('originImported') : t('originAuthored'), ' · ',
          t.count('versions', versions), ' · ',
          formatDateTime(r.updatedAt, language),
          r.key === current ? ` · ${t('current')}` : '')),
      h('div', { class: 'library-buttons' },
        h('button', { class: 'btn btn--small', type: 'button', 'data-action': 'open', disabled: r.key === current, onclick: () => actions.onOpen(r.key) }, t('open')),
        h('button', { class: 'btn btn--small btn--danger', type: 'button', 'data-action': 'delete', onclick: () => actions.onDelete(r.key) }, t('delete'))));
  })));
  root.replaceChildren(...parts);
}
