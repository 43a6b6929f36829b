// The checker's findings land on the right line of the editor.
import { describe, expect, it } from 'vitest';
import { Text } from '@codemirror/state';
import { toEditorDiagnostics } from '../../src/authoring/editor/line-diagnostics.ts';
import type { Diagnostic } from '../../src/core/schemas/diagnostic.ts';

const doc = Text.of(['# id: x', 'Hello', '  * [Ask #tecnique: open-question]', '']);
const d = (line: number | null, file = 'stories/x/en.ink'): Diagnostic => ({ severity: 'error', code: 'unknown-tag', message: 'm', file, line });

describe('toEditorDiagnostics', () => {
  it('spans the reported line without its indentation', () => {
    const [first] = toEditorDiagnostics([d(3)], doc, 'stories/x/en.ink');
    expect(doc.sliceString(first!.from, first!.to)).toBe('* [Ask #tecnique: open-question]');
    expect(doc.lineAt(first!.from).number).toBe(3);
    expect(first).toMatchObject({ severity: 'error', source: 'unknown-tag' });
  });

  it('leaves out findings with no line or in an included file, and keeps a stale line inside the text', () => {
    expect(toEditorDiagnostics([d(null), d(2, 'stories/_lib/customer.ink')], doc, 'stories/x/en.ink')).toEqual([]);
    const [late] = toEditorDiagnostics([d(99)], doc, 'stories/x/en.ink');
    expect(doc.lineAt(late!.from).number).toBe(4);
    expect(late!.from).toBe(late!.to);
  });
});
