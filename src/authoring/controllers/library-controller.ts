// The trainer's local scenarios: saving the draft (with its checked bundle, and a history to
// undo), opening and deleting stored ones, the selection for a pack, and the library tab.
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { formatTime } from '../../ui-kit/locale-format.ts';
import type { StudioTranslate } from '../i18n/translate.ts';
import type { AuthoringLibrary, SaveOutcome } from '../library/authoring-library.ts';
import { renderLibrary, titleOf, type LibraryMessage, type LibraryRow } from '../library/library-panel.ts';
import type { StudioParts } from './studio-parts.ts';

export class LibraryController {
  rows: LibraryRow[] = [];
  readonly selected = new Set<string>();
  private message: LibraryMessage | null = null;
  private superseded = false;

  /** `library` is null when the browser refused IndexedDB: nothing can be saved. */
  constructor(private readonly parts: StudioParts, readonly library: AuthoringLibrary | null) {}

  /** Another tab runs a newer release and took the database over: saving here has stopped. */
  storageSuperseded(): void {
    this.superseded = true;
    this.parts.shell.setSave('problem', this.t('superseded'));
  }

  /** A free id for a new draft from this template id. */
  freeId(id: string, language: Language): Promise<string> {
    return this.library ? this.library.freeId(id, language) : Promise.resolve(id);
  }

  /** Saves the draft; `explicit` when the trainer asked (Ctrl+S), which also saves an unedited draft. */
  async save(explicit: boolean): Promise<SaveOutcome | null> {
    const { library } = this;
    const { shell, editor, check } = this.parts;
    if (!library) return null;
    if (this.superseded) {
      shell.setSave('problem', this.t('superseded'));
      return null;
    }
    const { draft } = editor;
    if (!explicit && !draft.dirty && draft.key === null) return null;
    const source = draft.source;
    const bundle = check.checkedBundle();
    shell.setSave('saving', this.t('saving'));
    let outcome: SaveOutcome;
    try {
      outcome = await library.save({ key: draft.key, source, language: draft.language, bundle, origin: draft.origin });
    } catch (error) {
      shell.setSave('problem', this.t('storageFailed', { message: error instanceof Error ? error.message : String(error) }));
      return null;
    }
    if (!outcome.ok) {
      shell.setSave('problem', outcome.reason === 'no-id' ? this.t('noId') : this.t('taken', { key: outcome.key }));
      return outcome;
    }
    editor.draft.key = outcome.key;
    if (editor.draft.source === source) editor.draft.dirty = false;
    shell.setSave('saved', outcome.movedFrom ? this.t('movedTo', { key: outcome.key }) : this.t('savedAt', { time: this.time() }));
    if (outcome.changed || outcome.movedFrom) await this.refresh();
    this.parts.chrome();
    return outcome;
  }

  async undoSave(): Promise<void> {
    const { library } = this;
    const { editor, shell } = this.parts;
    const key = editor.draft.key;
    if (!library || !key) return;
    if (editor.draft.dirty) await this.save(true);
    const previous = await library.undo(key);
    if (!previous) {
      shell.setSave('idle', this.t('nothingToUndo'));
      return;
    }
    editor.replaceSource(previous.source);
    editor.draft.dirty = true; // re-save once checked, so the restored version gets its bundle back
    shell.setSave('saved', this.t('restored', { time: this.time(Date.parse(previous.savedAt)) }));
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const { library } = this;
    if (!library) return;
    const records = await library.list();
    this.rows = await Promise.all(records.map(async (record) => ({ record, versions: (await library.versions(record.key)).length })));
    for (const key of [...this.selected]) if (!records.some((r) => r.key === key && r.bundle)) this.selected.delete(key);
    if (this.parts.shell.tab === 'library') this.parts.shell.renderPanels();
  }

  /** The most recently changed stored scenario, if any. */
  latest(): string | null {
    return [...this.rows].sort((a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt))[0]?.record.key ?? null;
  }

  openRecord(key: string): void {
    const row = this.rows.find((r) => r.record.key === key);
    if (!row) return;
    const { record } = row;
    this.parts.editor.open({ key, language: record.language, source: record.source, dirty: false, origin: record.origin });
    this.parts.chrome();
    if (this.parts.shell.tab === 'library') this.parts.shell.renderPanels();
  }

  /** A result to show on the library tab (an import, an export); it also stands in the save line. */
  showMessage(message: LibraryMessage, switchTab = true): void {
    const { shell } = this.parts;
    this.message = message;
    if (switchTab) shell.showTab('library');
    else if (shell.tab === 'library') shell.renderPanels();
    shell.setSave(shell.save, message.title);
  }

  render(): void {
    const { shell, editor, pack } = this.parts;
    renderLibrary(shell.panel.library, this.rows, editor.draft.key, this.selected, this.message, this.parts.strings(), this.parts.language(), {
      onOpen: (key) => this.openRecord(key),
      onDelete: (key) => void this.remove(key),
      onToggle: (key, on) => {
        if (on) this.selected.add(key);
        else this.selected.delete(key);
        shell.renderPanels();
      },
      onExportSelected: () => pack.exportSelected(),
      onImport: () => shell.choosePackFile(),
    });
  }

  /** A time of day in the interface's language (for "saved at", "restored the version of"). */
  private time(at = this.parts.clock.now()): string {
    return formatTime(new Date(at).toISOString(), this.parts.language());
  }

  /** The interface's words now: read again after each await, since the language may have changed meanwhile. */
  private get t(): StudioTranslate {
    return this.parts.strings();
  }

  private async remove(key: string): Promise<void> {
    const row = this.rows.find((r) => r.record.key === key);
    const { library } = this;
    const { editor, shell } = this.parts;
    if (!row || !library) return;
    if (!window.confirm(this.t('confirmDelete', { title: titleOf(row.record) }))) return;
    await library.remove(key);
    this.selected.delete(key);
    if (editor.draft.key === key) {
      editor.draft.key = null;
      editor.draft.dirty = true;
      shell.setSave('idle', '');
    }
    await this.refresh();
    this.parts.chrome();
    shell.renderPanels();
  }
}
