// The open draft and its editor: what the trainer types (a check follows after a pause), the
// scenario's language, and a fresh draft from a template. The draft knows the key it was last
// saved under, whether it changed since, and whether it was written here or imported.
import type { LocalScenario } from '../../core/schemas/records.ts';
import type { Channel, Language } from '../../core/schemas/scenario-meta.ts';
import { frontMatterId, frontMatterTitle } from '../check/source-fields.ts';
import { InkEditor } from '../editor/ink-editor.ts';
import { templateId } from '../templates/build-template.ts';
import { openNewScenarioDialog } from '../templates/new-scenario-dialog.ts';
import { templateFor, withId } from '../templates/templates.ts';
import type { DraftInfo } from '../shell/studio-shell.ts';
import type { StudioParts } from './studio-parts.ts';

export interface Draft {
  key: string | null;
  language: Language;
  source: string;
  /** Edited since it was opened or last saved. */
  dirty: boolean;
  origin: 'authored' | 'imported';
}

export class EditorController {
  draft: Draft;
  private editor: InkEditor | null = null;

  constructor(private readonly parts: StudioParts, language: Language) {
    this.draft = { key: null, language, source: '', dirty: false, origin: 'authored' };
  }

  /** The editor, in the shell's editor pane (once the page is mounted). */
  mount(): void {
    this.editor = new InkEditor({
      parent: this.parts.shell.editorHost, source: '', label: this.parts.strings()('editorLabel'),
      onChange: (source, byUser) => this.changed(source, byUser),
      onSave: () => void this.parts.library.save(true),
    });
  }

  private get ink(): InkEditor {
    if (!this.editor) throw new Error('the editor is not mounted yet');
    return this.editor;
  }

  /** The top bar's view of the draft. */
  info(): DraftInfo {
    const { draft } = this;
    return {
      title: frontMatterTitle(draft.source) ?? this.parts.check.meta?.title ?? '—',
      key: draft.key ?? `${frontMatterId(draft.source) ?? '?'}/${draft.language}`,
      saved: draft.key !== null,
      language: draft.language,
    };
  }

  setLabel(): void {
    this.ink.setLabel(this.parts.strings()('editorLabel'));
  }

  goToLine(line: number): void {
    this.ink.goToLine(line);
  }

  showDiagnostics(...args: Parameters<InkEditor['showDiagnostics']>): void {
    this.ink.showDiagnostics(...args);
  }

  /** Opens a stored scenario (or a restored version) in the editor. */
  open(draft: Draft): void {
    this.draft = draft;
    this.parts.shell.setSave('idle', '');
    this.ink.setSource(draft.source);
  }

  /** Replaces the text and keeps the draft (an undone save): it counts as edited. */
  replaceSource(source: string): void {
    this.ink.setSource(source);
  }

  setScenarioLanguage(language: Language): void {
    if (language === this.draft.language) return;
    this.draft.language = language;
    this.draft.dirty = true;
    this.parts.chrome();
    this.changed(this.draft.source, false);
  }

  openNewDialog(): void {
    openNewScenarioDialog(this.parts.shell.dialog, this.parts.strings(), this.parts.language(), (channel, language) => void this.newFromTemplate(channel, language));
  }

  async newFromTemplate(channel: Channel, language: Language): Promise<void> {
    const { library, shell } = this.parts;
    if (this.draft.dirty) await library.save(false);
    const id = await library.freeId(templateId(channel), language);
    const source = withId(templateFor(channel, language).source, id);
    this.open({ key: null, language, source, dirty: false, origin: 'authored' });
    this.parts.chrome();
    shell.showTab('report');
    this.ink.focus();
  }

  /** The stored record this draft would be, saved now. */
  record(bundle: LocalScenario['bundle'], id: string, updatedAt: string): LocalScenario {
    const { draft } = this;
    return { key: `${id}/${draft.language}`, id, language: draft.language, source: draft.source, bundle, origin: draft.origin, updatedAt };
  }

  private changed(source: string, byUser: boolean): void {
    this.draft.source = source;
    if (byUser) this.draft.dirty = true;
    this.parts.check.schedule(byUser);
  }
}
