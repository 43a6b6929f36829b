// The trainee store kept in memory, for browsers that refuse IndexedDB (some private modes): the
// game still plays and exports a backup, but nothing survives closing the tab.
import { isoNow, type Clock } from '../../core/clock.ts';
import { AttemptRecord, DEFAULT_SETTINGS, type LocalScenario, type RunInProgress, type Settings } from '../../core/schemas/records.ts';
import { BACKUP_FORMAT, BackupFile, type BackupFile as BackupFileData } from '../../core/schemas/backup.ts';
import type { BackupImportReport, TraineeStore } from './trainee-store.ts';

/** `clock` stamps the backup it exports. */
export function memoryTraineeStore(clock: Clock): TraineeStore {
  let settings: Settings = DEFAULT_SETTINGS;
  let run: RunInProgress | null = null;
  const attempts = new Map<string, AttemptRecord>();
  const scenarios = new Map<string, LocalScenario>();
  const sorted = (): AttemptRecord[] => [...attempts.values()].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt) || a.id.localeCompare(b.id));
  return {
    persistent: false,
    getSettings: async () => settings,
    putSettings: async (next) => { settings = next; },
    getRun: async () => run,
    putRun: async (next) => { run = next; },
    clearRun: async () => { run = null; },
    finishRun: async (attempt) => {
      attempts.set(attempt.id, AttemptRecord.parse(attempt));
      run = null;
    },
    listAttempts: async () => sorted(),
    listQuarantine: async () => [],
    localScenarios: async () => [...scenarios.values()],
    getLocalScenario: async (key) => scenarios.get(key) ?? null,
    saveLocalScenario: async (record) => { scenarios.set(record.key, record); },
    exportBackup: async () => {
      const file: BackupFileData = { format: BACKUP_FORMAT, version: 1, exportedAt: isoNow(clock), profile: null, settings, attempts: sorted(), scenarios: [...scenarios.values()] };
      return JSON.stringify(file, null, 1);
    },
    importBackup: async (text) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Error('the file is not valid JSON: it is not a backup made by this game');
      }
      const parsed = BackupFile.safeParse(json);
      if (!parsed.success) throw new Error('the file is not a backup made by this game');
      const report: BackupImportReport = { added: 0, alreadyThere: 0, rejected: [] };
      parsed.data.attempts.forEach((value, index) => {
        const attempt = AttemptRecord.safeParse(value);
        if (!attempt.success) report.rejected.push({ index, reason: attempt.error.issues[0]?.message ?? 'invalid' });
        else if (attempts.has(attempt.data.id)) report.alreadyThere += 1;
        else {
          attempts.set(attempt.data.id, attempt.data);
          report.added += 1;
        }
      });
      return report;
    },
  };
}
