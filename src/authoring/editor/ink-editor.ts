// The scenario editor: CodeMirror 6 with Ink highlighting, the checker's findings in the gutter
// and under the text, and a way for the panels to jump to a line. Tab is left to the browser,
// so keyboard users can move on from the editor.
import { EditorState, Transaction, type Extension } from '@codemirror/state';
import {
  EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { HighlightStyle, StreamLanguage, syntaxHighlighting, bracketMatching } from '@codemirror/language';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { tags as t } from '@lezer/highlight';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import { inkStreamParser } from './ink-stream.ts';
import { toEditorDiagnostics } from './line-diagnostics.ts';

const inkHighlight = HighlightStyle.define([
  { tag: t.heading1, color: '#1f47b0', fontWeight: '700' },
  { tag: t.heading2, color: '#2a5bd7', fontWeight: '600' },
  { tag: t.list, color: '#c2410c', fontWeight: '700' },
  { tag: t.link, color: '#0f766e', fontWeight: '600' },
  { tag: t.attributeName, color: '#7c3aed' },
  { tag: t.attributeValue, color: '#6d28d9', fontStyle: 'italic' },
  { tag: t.processingInstruction, color: '#b45309', fontWeight: '700' },
  { tag: t.brace, color: '#b45309' },
  { tag: t.squareBracket, color: '#56657b' },
  { tag: t.keyword, color: '#1d4ed8', fontWeight: '600' },
  { tag: t.comment, color: '#56657b', fontStyle: 'italic' },
  { tag: t.string, color: '#15803d' },
  { tag: t.number, color: '#be185d' },
  { tag: t.operator, color: '#475569' },
  { tag: t.variableName, color: '#9a3412' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '14px', backgroundColor: '#ffffff' },
  '.cm-scroller': { fontFamily: '"JetBrains Mono", "Cascadia Code", Menlo, Consolas, "Noto Sans Mono CJK SC", "Noto Sans CJK SC", monospace', lineHeight: '1.6' },
  '.cm-gutters': { backgroundColor: '#f6f8fc', borderRight: '1px solid #dde3ee', color: '#5a6980' },
  '.cm-activeLine': { backgroundColor: '#f3f7ff' },
  '.cm-activeLineGutter': { backgroundColor: '#e9f0ff' },
  '.cm-content': { padding: '10px 0' },
  '&.cm-focused': { outline: 'none' },
  '.cm-lintRange-error': { backgroundColor: 'rgba(228, 87, 46, 0.10)' },
  '.cm-lintRange-warning': { backgroundColor: 'rgba(242, 180, 65, 0.14)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: '#cfe0ff' },
});

export interface InkEditorOptions {
  parent: HTMLElement;
  source: string;
  label: string;
  /** Called on every change; `byUser` is false when the page itself replaced the text. */
  onChange: (source: string, byUser: boolean) => void;
  onSave: () => void;
}

export class InkEditor {
  readonly view: EditorView;

  constructor(private readonly options: InkEditorOptions) {
    this.view = new EditorView({
      parent: options.parent,
      state: EditorState.create({ doc: options.source, extensions: this.extensions() }),
    });
    this.view.contentDOM.setAttribute('aria-label', options.label);
  }

  get source(): string {
    return this.view.state.doc.toString();
  }

  setLabel(label: string): void {
    this.view.contentDOM.setAttribute('aria-label', label);
  }

  /** Replaces the whole text (opening a scenario); the editor's own undo starts afresh. */
  setSource(source: string): void {
    this.view.setState(EditorState.create({ doc: source, extensions: this.extensions() }));
    this.options.onChange(source, false);
  }

  /** Shows the checker's findings for the main file; others stay in the problems list. */
  showDiagnostics(found: readonly Diagnostic[], file: string): void {
    const diagnostics = toEditorDiagnostics(found, this.view.state.doc, file);
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  goToLine(line: number): void {
    const doc = this.view.state.doc;
    const target = doc.line(Math.min(Math.max(1, line), doc.lines));
    const indent = /^\s*/.exec(target.text)?.[0].length ?? 0;
    this.view.dispatch({
      selection: { anchor: target.from + indent, head: target.to },
      effects: EditorView.scrollIntoView(target.from, { y: 'center' }),
    });
    this.view.focus();
  }

  focus(): void {
    this.view.focus();
  }

  private extensions(): Extension[] {
    return [
      lineNumbers(),
      highlightActiveLineGutter(),
      lintGutter(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      bracketMatching(),
      StreamLanguage.define(inkStreamParser),
      syntaxHighlighting(inkHighlight),
      EditorView.lineWrapping,
      theme,
      keymap.of([
        { key: 'Mod-s', preventDefault: true, run: () => { this.options.onSave(); return true; } },
        ...defaultKeymap, ...historyKeymap, ...searchKeymap,
      ]),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        const byUser = update.transactions.some((tr) => tr.annotation(Transaction.userEvent) !== undefined);
        this.options.onChange(update.state.doc.toString(), byUser);
      }),
    ];
  }
}
