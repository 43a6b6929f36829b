// Export all of a trainee's data to one JSON file and import it back, merging without
// duplicates. Invalid attempts in an imported file are reported and quarantined, never stored.
import { isoNow, type Clock } from '../core/clock.ts';
import { AttemptRecord, LocalScenario } from '../core/schemas/records.ts';
import { BACKUP_FORMAT, BackupFile, MAX_BACKUP_BYTES } from '../core/schemas/backup.ts';
import type { IdbSaveStore } from './idb-save-store.ts';

export interface ImportReport {
  added: number;
  alreadyThere: number;
  rejected: Array<{ index: number; reason: string }>;
  /** Local scenarios added; one already stored under the same key is kept as it is. */
  scenariosAdded: number;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export async function exportBackup(store: IdbSaveStore, clock: Clock): Promise<string> {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: isoNow(clock),
    profile: await store.getProfile(),
    settings: await store.getSettings(),
    attempts: await store.listAttempts(),
    scenarios: await store.scenarios.list(),
  };
  return JSON.stringify(file, null, 1);
}

export async function importBackup(store: IdbSaveStore, text: string): Promise<ImportReport> {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupError(`the file is ${(text.length / 1048576).toFixed(1)} MB; a backup may be at most ${MAX_BACKUP_BYTES / 1048576} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError('the file is not valid JSON: it is not a backup made by this game');
  }
  const parsed = BackupFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError(`the file is not a backup made by this game (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'})`);
  }
  const report: ImportReport = { added: 0, alreadyThere: 0, rejected: [], scenariosAdded: 0 };
  const valid: AttemptRecord[] = [];
  parsed.data.attempts.forEach((value, index) => {
    const attempt = AttemptRecord.safeParse(value);
    if (attempt.success) valid.push(attempt.data);
    else report.rejected.push({ index, reason: attempt.error.issues.slice(0, 2).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  });
  for (const attempt of valid) {
    if (await store.hasAttempt(attempt.id)) {
      report.alreadyThere++;
      continue;
    }
    await store.addAttempt(attempt);
    report.added++;
  }
  for (const value of parsed.data.scenarios) {
    const scenario = LocalScenario.safeParse(value);
    if (!scenario.success || (await store.scenarios.get(scenario.data.key))) continue;
    await store.scenarios.save(scenario.data);
    report.scenariosAdded++;
  }
  if (!(await store.getProfile()) && parsed.data.profile) await store.putProfile(parsed.data.profile);
  return report;
}
