// "My scenarios": the trainer's local scenarios with their state, opening and deleting them,
// choosing which go into an exported pack, and importing a pack.
import type { LocalScenario } from '../../core/schemas/records.ts';
import type { Strings } from '../i18n/strings.ts';
import { frontMatterTitle } from '../check/check-source.ts';
import { h } from '../ui/dom.ts';

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

export const titleOf = (r: LocalScenario): string => r.bundle?.meta.title ?? frontMatterTitle(r.source) ?? r.id;

export function renderLibrary(
  root: HTMLElement, rows: readonly LibraryRow[], current: string | null, selected: ReadonlySet<string>,
  message: LibraryMessage | null, s: Strings, locale: string, actions: LibraryActions,
): void {
  const parts: HTMLElement[] = [];
  if (message) {
    parts.push(h('div', { class: `notice notice--${message.kind === 'error' ? 'error' : 'info'}`, attrs: { role: message.kind === 'error' ? 'alert' : 'status', 'data-testid': 'library-message' } },
      h('strong', {}, message.title),
      message.details.length > 0 ? h('ul', {}, ...message.details.map((d) => h('li', {}, d))) : null));
  }
  parts.push(h('div', { class: 'library-actions' },
    h('button', { class: 'btn', attrs: { type: 'button', 'data-action': 'import-pack' }, on: { click: actions.onImport } }, s.importPack),
    h('button', { class: 'btn', attrs: { type: 'button', 'data-action': 'export-selected', disabled: selected.size === 0 }, on: { click: actions.onExportSelected } }, s.exportSelected)));
  parts.push(h('p', { class: 'muted small' }, s.libraryNote));
  if (rows.length === 0) {
    parts.push(h('p', { class: 'muted' }, s.libraryEmpty));
    root.replaceChildren(...parts);
    return;
  }
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  parts.push(h('ul', { class: 'library-list' }, ...rows.map(({ record: r, versions }) => {
    const title = titleOf(r);
    const ready = r.bundle !== null;
    const box = h('input', {
      attrs: { type: 'checkbox', id: `pick-${r.key}`, checked: selected.has(r.key), disabled: !ready, 'aria-label': `${s.includeInPack}: ${title}` },
      on: { change: () => actions.onToggle(r.key, box.checked) },
    });
    return h('li', { class: `library-item${r.key === current ? ' library-item--current' : ''}`, attrs: { 'data-key': r.key } },
      box,
      h('div', { class: 'library-text' },
        h('span', { class: 'library-title' }, title),
        h('span', { class: 'library-meta' },
          h('code', {}, r.key), ' · ',
          h('span', { class: ready ? 'state state--ok' : 'state state--bad' }, ready ? s.ready : s.notReady), ' · ',
          r.origin === 'imported' ? s.originImported : s.originAuthored, ' · ',
          s.versions(versions), ' · ',
          when.format(new Date(r.updatedAt)),
          r.key === current ? ` · ${s.current}` : '')),
      h('div', { class: 'library-buttons' },
        h('button', { class: 'btn btn--small', attrs: { type: 'button', 'data-action': 'open', disabled: r.key === current }, on: { click: () => actions.onOpen(r.key) } }, s.open),
        h('button', { class: 'btn btn--small btn--danger', attrs: { type: 'button', 'data-action': 'delete' }, on: { click: () => actions.onDelete(r.key) } }, s.delete)));
  })));
  root.replaceChildren(...parts);
}
