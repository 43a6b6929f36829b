// The file a trainee exports and imports: everything needed to rebuild their progress elsewhere.
import { z } from 'zod';
import { Profile, Settings } from './records.ts';

export const BACKUP_FORMAT = 'sales-roleplay-backup';
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** Attempts are validated one by one on import, so one bad record does not sink the file. */
export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  profile: Profile.nullable(),
  settings: Settings,
  attempts: z.array(z.unknown()).max(100_000),
  /** Trainers' local scenarios (with their sources); absent in files from before they existed. */
  scenarios: z.array(z.unknown()).max(1_000).default([]),
});
export type BackupFile = z.infer<typeof BackupFile>;
