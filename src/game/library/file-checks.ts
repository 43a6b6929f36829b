// Reads a chosen file's text far enough to say, in the trainee's language, why it is not a
// backup or a scenario pack, before the importers (which answer in English) see it.
import { BackupFile, MAX_BACKUP_BYTES } from '../../core/schemas/backup.ts';
import { MAX_PACK_BYTES, ScenarioPack } from '../../core/schemas/scenario-pack.ts';
import type { z } from 'zod';

export type FileProblem =
  | { kind: 'too-large'; megabytes: string; limit: number }
  | { kind: 'not-json' }
  | { kind: 'wrong-format'; detail: string };

const MB = 1024 * 1024;

export function sizeProblem(bytes: number, limit: number): FileProblem | null {
  return bytes > limit ? { kind: 'too-large', megabytes: (bytes / MB).toFixed(1), limit: limit / MB } : null;
}

function shapeProblem(text: string, limit: number, schema: z.ZodType): FileProblem | null {
  const size = sizeProblem(text.length, limit);
  if (size) return size;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'not-json' };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return { kind: 'wrong-format', detail: `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}` };
}

export const backupProblem = (text: string): FileProblem | null => shapeProblem(text, MAX_BACKUP_BYTES, BackupFile);
export const packProblem = (text: string): FileProblem | null => shapeProblem(text, MAX_PACK_BYTES, ScenarioPack);
export { MAX_BACKUP_BYTES, MAX_PACK_BYTES };
