// Places the checker's file:line findings on the editor's text, as CodeMirror lint diagnostics
// spanning the line's content (leading indentation left out).
import type { Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';

export function toEditorDiagnostics(found: readonly Diagnostic[], doc: Text, file: string): LintDiagnostic[] {
  const out: LintDiagnostic[] = [];
  for (const d of found) {
    if (d.line === null || d.file !== file) continue;
    const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
    const indent = /^\s*/.exec(line.text)?.[0].length ?? 0;
    const from = Math.min(line.from + indent, line.to);
    out.push({ from, to: line.to, severity: d.severity, message: d.message, source: d.code });
  }
  return out;
}
