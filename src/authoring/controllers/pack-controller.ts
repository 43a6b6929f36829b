// Files in and out of the Studio: the draft as an .ink file, the draft or the selected scenarios
// as a scenario pack, and a pack imported into the library (each scenario checked in its own
// worker before it is stored).
import { isoNow } from '../../core/clock.ts';
import type { CheckerClient } from '../check/checker-client.ts';
import { frontMatterId } from '../check/source-fields.ts';
import { buildPack, importPack, inkFileName, packFileName, tooLarge } from '../pack/scenario-pack-io.ts';
import { downloadFile } from '../../ui-kit/download.ts';
import type { StudioParts } from './studio-parts.ts';

type Pack = NonNullable<ReturnType<typeof buildPack>['pack']>;

export class PackController {
  constructor(private readonly parts: StudioParts, private readonly importChecker: CheckerClient) {}

  exportInk(): void {
    const { draft } = this.parts.editor;
    const file = inkFileName(frontMatterId(draft.source), draft.language);
    downloadFile(file, draft.source, 'text/plain;charset=utf-8');
    this.parts.shell.setSave(this.parts.shell.save, this.parts.strings()('exported', { file }));
  }

  exportCurrentPack(): void {
    const { editor, check, library, clock } = this.parts;
    const id = frontMatterId(editor.draft.source);
    const bundle = check.checkedBundle();
    if (!id || !bundle) {
      library.showMessage({ kind: 'error', title: this.parts.strings()('exportNothing'), details: [] });
      return;
    }
    const record = editor.record(bundle, id, isoNow(clock));
    this.savePack(buildPack([record], isoNow(clock)).pack);
  }

  exportSelected(): void {
    const { library, clock } = this.parts;
    const records = library.rows.map((r) => r.record).filter((r) => library.selected.has(r.key));
    const { pack, skipped } = buildPack(records, isoNow(clock));
    if (!pack) {
      library.showMessage({ kind: 'error', title: this.parts.strings()('exportNothing'), details: [] });
      return;
    }
    this.savePack(pack, skipped);
  }

  async importFile(file: File): Promise<void> {
    const { library: libraryCtl, editor, clock } = this.parts;
    const t = this.parts.strings();
    const big = tooLarge(file.size);
    if (big) {
      libraryCtl.showMessage({ kind: 'error', title: t('importRefused'), details: [big] });
      return;
    }
    const { library } = libraryCtl;
    if (!library) {
      libraryCtl.showMessage({ kind: 'error', title: t('importRefused'), details: [t('storageFailed', { message: 'IndexedDB' })] });
      return;
    }
    libraryCtl.showMessage({ kind: 'info', title: t('importChecking'), details: [] });
    const result = await importPack(await file.text(), {
      get: (key) => library.get(key),
      save: (record) => library.saveRecord(record),
      check: (source, language) => this.importChecker.check(source, language),
      clock,
    });
    if (!result.ok) {
      libraryCtl.showMessage({ kind: 'error', title: `${t('importRefused')}: ${result.error}`, details: result.details });
      return;
    }
    await libraryCtl.refresh();
    libraryCtl.showMessage({ kind: 'info', title: t.count('importDone', result.scenarios.length), details: result.scenarios.map((x) => `${x.title} (${x.key}) — ${t(`importStatus.${x.status}`)}`) });
    // The open draft is one of the imported scenarios: show the stored one (it now owns the key).
    const { draft } = editor;
    const derived = `${frontMatterId(draft.source) ?? ''}/${draft.language}`;
    const same = result.scenarios.find((x) => (x.key === draft.key && x.status === 'updated' && !draft.dirty) || (draft.key === null && x.key === derived));
    if (same) libraryCtl.openRecord(same.key);
  }

  private savePack(pack: Pack | null, skipped: string[] = []): void {
    if (!pack) return;
    const t = this.parts.strings();
    const file = packFileName(pack);
    downloadFile(file, JSON.stringify(pack, null, 2), 'application/json');
    this.parts.library.showMessage({ kind: 'info', title: t('exported', { file }), details: skipped.length > 0 ? [t('exportSkipped', { keys: skipped.join(', ') })] : [] }, false);
  }
}
