// The trainee's files: importing a trainer's scenario pack (from the list) and the data screen's
// backup export and import. A chosen file is first read far enough to say, in the trainee's
// language, why it is not a pack or a backup; the pack importer and its checking worker (the Ink
// compiler) load only when a pack is actually imported.
import { isoNow, type Clock } from '../../core/clock.ts';
import type { QuarantinedRecord } from '../../core/schemas/records.ts';
import { errorText } from '../data/trainee-data.ts';
import { backupProblem, MAX_BACKUP_BYTES, MAX_PACK_BYTES, packProblem, sizeProblem, type FileProblem } from '../library/file-checks.ts';
import { renderData } from '../ui/data-view.ts';
import type { Message } from '../ui/notice.ts';
import { downloadFile } from '../../ui-kit/download.ts';
import type { GameParts } from './game-parts.ts';

type WrongFormat = 'file.not-pack' | 'file.not-backup';

export class ImportController {
  constructor(
    private readonly parts: GameParts,
    private readonly clock: Clock,
    private readonly setSound: (on: boolean) => void,
    private readonly startCheckWorker: () => Worker,
  ) {}

  /** Imports a chosen pack file; says what happened, in the language of the moment it was chosen. */
  async importPack(file: File): Promise<Message> {
    const { data, settings } = this.parts;
    const t = settings.t;
    const read = await this.readFile(file, MAX_PACK_BYTES, packProblem, 'file.not-pack');
    if ('problem' in read) return { tone: 'error', title: t('list.import-refused'), details: read.problem };
    try {
      const { importScenarioPack } = await import('../library/pack-import.ts');
      const result = await importScenarioPack(read.text, data.store, this.startCheckWorker, this.clock);
      if (!result.ok) {
        return { tone: 'error', title: t('list.import-refused'), details: result.details.length > 0 ? [t('list.import-failing'), ...result.details] : [result.error] };
      }
      await data.reloadCatalog();
      const elsewhere = result.scenarios.some((s) => !s.key.endsWith(`/${settings.language}`));
      return {
        tone: 'ok',
        title: t.count('list.imported', result.scenarios.length),
        details: [...result.scenarios.map((s) => `${s.title} — ${t(`pack.${s.status}`)}`), ...(elsewhere ? [t('list.import-other-language')] : [])],
      };
    } catch (error) {
      return { tone: 'error', title: t('list.import-refused'), details: [t('list.import-failed', { message: errorText(error) })] };
    }
  }

  /** The data screen: what is stored, the quarantine, export and import. */
  async show(message: Message | null = null, focus: string | null = null): Promise<void> {
    const { data, shell } = this.parts;
    let quarantine: QuarantinedRecord[] = [];
    try {
      await data.reloadAttempts();
      quarantine = await data.store.listQuarantine();
    } catch {
      // Show what can be shown.
    }
    const ctx = this.parts.screenContext();
    const screen = renderData(ctx, { persistent: data.store.persistent, attempts: data.attempts.length, quarantine, message }, {
      exportAll: () => void this.exportAll(),
      importBackup: (file) => void this.importBackup(file),
      setSound: (on) => this.setSound(on),
    }, this.parts.extensions.flatMap((extension) => extension.settingsControls(ctx)));
    await shell.show('data', screen, focus === null);
    if (focus) screen.element.querySelector<HTMLElement>(focus)?.focus();
  }

  private async exportAll(): Promise<void> {
    const { data, settings } = this.parts;
    const t = settings.t;
    let message: Message;
    try {
      const text = await data.store.exportBackup();
      const file = `sales-coach-backup-${isoNow(this.clock).slice(0, 10)}.json`;
      downloadFile(file, text, 'application/json');
      message = { tone: 'ok', title: t.count('data.exported', data.attempts.length, { file }) };
    } catch (error) {
      message = { tone: 'error', title: t('notice.save-failed', { message: errorText(error) }) };
    }
    await this.show(message, '[data-action="export"]');
  }

  private async importBackup(file: File): Promise<void> {
    const { data, settings } = this.parts;
    const t = settings.t;
    const read = await this.readFile(file, MAX_BACKUP_BYTES, backupProblem, 'file.not-backup');
    let message: Message;
    if ('problem' in read) {
      message = { tone: 'error', title: t('data.import-refused'), details: read.problem };
    } else {
      try {
        const report = await data.queue(() => data.store.importBackup(read.text));
        await data.reloadAttempts();
        message = {
          tone: report.rejected.length > 0 ? 'info' : 'ok',
          title: t('data.import-report', { added: report.added, already: report.alreadyThere, rejected: report.rejected.length }),
          details: report.rejected.map((r) => t('data.rejected-item', { n: r.index + 1, reason: r.reason })),
        };
      } catch (error) {
        message = { tone: 'error', title: t('data.import-refused'), details: [t('file.detail', { detail: errorText(error) })] };
      }
    }
    await this.show(message, '[data-action="backup-file"]');
  }

  private fileProblem(problem: FileProblem, wrongFormat: WrongFormat): string[] {
    const t = this.parts.settings.t;
    switch (problem.kind) {
      case 'too-large':
        return [t('file.too-large', { size: problem.megabytes, limit: problem.limit })];
      case 'not-json':
        return [t('file.not-json'), t(wrongFormat)];
      case 'wrong-format':
        return [t(wrongFormat), t('file.detail', { detail: problem.detail })];
    }
  }

  private async readFile(file: File, limit: number, check: (text: string) => FileProblem | null, wrongFormat: WrongFormat): Promise<{ text: string } | { problem: string[] }> {
    const big = sizeProblem(file.size, limit);
    if (big) return { problem: this.fileProblem(big, wrongFormat) };
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { problem: [this.parts.settings.t('file.unreadable')] };
    }
    const problem = check(text);
    return problem ? { problem: this.fileProblem(problem, wrongFormat) } : { text };
  }
}
