// A line-based Ink highlighter for CodeMirror's StreamLanguage: knots, stitches, choices,
// gathers, diverts, tags, logic, braces and comments. Highlighting only; the worker compiles.
import { StringStream, type StreamParser } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

export type InkToken =
  | 'knot' | 'stitch' | 'choice' | 'gather' | 'divert' | 'tagKey' | 'tag' | 'logic' | 'brace'
  | 'bracket' | 'keyword' | 'comment' | 'string' | 'number' | 'operator' | 'variable' | 'glue';

export interface InkStreamState {
  blockComment: boolean;
  /** True until the first token of a line that is not a choice or gather bullet. */
  lineStart: boolean;
  /** Inside a "# tag" (runs to the next #, the choice's "]", or the end of the line). */
  inTag: boolean;
  /** A "~ logic" line or a VAR/CONST/LIST line: words are code, not text. */
  logicLine: boolean;
  /** After INCLUDE: the rest of the line is a file name. */
  include: boolean;
  braces: number;
  /** Inside braces before the ":" or "|" that starts the text part: a condition or a variable. */
  braceCode: boolean;
}

const LOGIC_WORDS = /^(not|and|or|true|false|mod|return|temp|ref|function|else)\b/;
const DECLARATIONS = /^(VAR|CONST|LIST|EXTERNAL)\b/;
/** Plain dialogue: everything up to a character that may start something else. */
const PLAIN = /^[^#{}[\]|<\-/\\]+/;

function token(stream: StringStream, state: InkStreamState): InkToken | null {
  if (stream.sol()) {
    state.lineStart = true;
    state.inTag = false;
    state.logicLine = false;
    state.include = false;
  }
  if (state.blockComment) {
    if (stream.skipTo('*/')) {
      stream.match('*/');
      state.blockComment = false;
    } else stream.skipToEnd();
    return 'comment';
  }
  if (stream.eatSpace()) return null;
  if (state.include) {
    stream.skipToEnd();
    return 'string';
  }
  if (stream.match('//')) {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.match('/*')) {
    state.blockComment = true;
    return 'comment';
  }
  if (state.inTag) {
    if (stream.peek() === '#') state.inTag = false;
    else if (stream.peek() === ']') {
      state.inTag = false;
      stream.next();
      return 'bracket';
    } else {
      stream.match(/^[^#\]]+/);
      return 'tag';
    }
  }
  if (state.lineStart) {
    if (stream.match(/^={2,}.*$/)) return 'knot';
    if (stream.match(/^=\s*[A-Za-z_][\w]*.*$/)) return 'stitch';
    if (stream.match(/^([*+]\s*)+/)) return 'choice';
    if (stream.match(/^(-(?!>)\s*)+/)) {
      // In a multi-line conditional, "- condition:" starts a branch.
      if (state.braces > 0) state.braceCode = true;
      return 'gather';
    }
    state.lineStart = false;
    if (stream.match(/^~/)) {
      state.logicLine = true;
      return 'logic';
    }
    if (stream.match(/^INCLUDE\b/)) {
      state.include = true;
      return 'keyword';
    }
    if (stream.match(DECLARATIONS)) {
      state.logicLine = true;
      return 'keyword';
    }
    if (stream.match(/^TODO\b.*$/)) return 'comment';
  }
  state.lineStart = false;
  if (stream.match(/^(->|<-)\s*[\w.]*/)) return 'divert';
  if (stream.match('<>')) return 'glue';
  if (stream.match(/^#\s*[\w-]+\s*:/) || stream.match(/^#/)) {
    state.inTag = true;
    return 'tagKey';
  }
  if (stream.match('{')) {
    state.braces += 1;
    // {&a|b}, {~a|b}, {!a|b} are text alternatives; anything else starts with code.
    state.braceCode = !/[&~!]/.test(stream.peek() ?? '');
    return 'brace';
  }
  if (stream.match('}')) {
    state.braces = Math.max(0, state.braces - 1);
    state.braceCode = false;
    return 'brace';
  }
  if (stream.match(/^[[\]]/)) return 'bracket';
  if (state.braces > 0 && state.braceCode && !state.logicLine && stream.match(/^[:|]/)) {
    state.braceCode = false;
    return 'operator';
  }
  if (state.logicLine || (state.braces > 0 && state.braceCode)) {
    if (stream.match(/^"[^"]*"?/)) return 'string';
    if (stream.match(/^\d+(\.\d+)?/)) return 'number';
    if (stream.match(LOGIC_WORDS)) return 'keyword';
    if (stream.match(/^[A-Za-z_][\w.]*/)) return 'variable';
    if (stream.match(/^(==|!=|<=|>=|&&|\|\||[-+*/%=<>!?:|,()^])/)) return 'operator';
    stream.next();
    return null;
  }
  if (stream.match('|')) return 'operator';
  if (stream.match(PLAIN)) return null;
  stream.next();
  return null;
}

export const inkStreamParser: StreamParser<InkStreamState> = {
  name: 'ink',
  startState: () => ({ blockComment: false, lineStart: true, inTag: false, logicLine: false, include: false, braces: 0, braceCode: false }),
  copyState: (s) => ({ ...s }),
  token,
  blankLine: (state) => {
    state.inTag = false;
    state.logicLine = false;
  },
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
  tokenTable: {
    knot: t.heading1,
    stitch: t.heading2,
    choice: t.list,
    gather: t.list,
    divert: t.link,
    tagKey: t.attributeName,
    tag: t.attributeValue,
    logic: t.processingInstruction,
    brace: t.brace,
    bracket: t.squareBracket,
    glue: t.operator,
    variable: t.variableName,
  },
};

export interface InkSpan {
  text: string;
  token: InkToken | null;
}

/** Tokenises a whole source with the same parser the editor uses (for tests and tools). */
export function tokenizeInk(source: string): InkSpan[][] {
  const state = inkStreamParser.startState!(2);
  return source.split('\n').map((line) => {
    const spans: InkSpan[] = [];
    if (line.length === 0) {
      inkStreamParser.blankLine?.(state, 2);
      return spans;
    }
    const stream = new StringStream(line, 2, 2);
    while (!stream.eol()) {
      const start = stream.pos;
      const type = token(stream, state);
      if (stream.pos === start) stream.next();
      const text = line.slice(start, stream.pos);
      const last = spans[spans.length - 1];
      if (last && last.token === type) last.text += text;
      else spans.push({ text, token: type });
    }
    return spans;
  });
}
