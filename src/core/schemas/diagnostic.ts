// A problem found in a scenario, located by file and line wherever the source allows it.
import { z } from 'zod';

export const Diagnostic = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number().int().positive().nullable(),
  message: z.string(),
  /** A stable machine-readable kind, such as "ink-syntax" or "unknown-tag". */
  code: z.string(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line === null ? '' : `:${d.line}`}: ${d.severity}: ${d.message}`;
}
