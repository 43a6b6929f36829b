// Finds every tag in Ink source with its file and line, and where Ink will attach it (front
// matter, a printed line, a choice, or both), so tag problems can point at the line to fix.
export type TagPosition = 'global' | 'line' | 'choice' | 'choice-and-line' | 'before-choice';

export interface SourceTag {
  file: string;
  line: number;
  text: string;
  position: TagPosition;
}

const STRUCTURAL = /^(INCLUDE|VAR|CONST|LIST|EXTERNAL)\b/;

/** Removes comments but keeps the line count, so positions stay true. */
export function stripComments(source: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const raw of source.split(/\r?\n/)) {
    let line = '';
    for (let i = 0; i < raw.length; i++) {
      if (inBlock) {
        if (raw.startsWith('*/', i)) {
          inBlock = false;
          i++;
        }
        continue;
      }
      if (raw[i] === '\\') {
        line += raw.slice(i, i + 2);
        i++;
        continue;
      }
      if (raw.startsWith('/*', i)) {
        inBlock = true;
        i++;
        continue;
      }
      if (raw.startsWith('//', i)) break;
      line += raw[i];
    }
    out.push(line);
  }
  return out;
}

function splitTags(segment: string): string[] {
  const tags: string[] = [];
  let current: string | null = null;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\') {
      if (current !== null) current += segment.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '#') {
      if (current !== null && current.trim() !== '') tags.push(current.trim());
      current = '';
      continue;
    }
    if (current !== null) current += c;
  }
  if (current !== null && current.trim() !== '') tags.push(current.trim());
  return tags;
}

/** Position of the first unescaped character `ch` outside {…} logic, or -1. */
function findOutsideLogic(text: string, ch: string, from = 0): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}

const CHOICE_LINE = /^(?:-\s*)?[*+]/;

export function scanTags(file: string, source: string, isMainFile: boolean): SourceTag[] {
  const tags: SourceTag[] = [];
  let inFrontMatter = isMainFile;
  const lines = stripComments(source);
  // A line of tags alone, right before a choice: Ink gives them to the line above, not the choice.
  const nextIsChoice = (i: number): boolean => {
    for (let k = i + 1; k < lines.length; k++) {
      const next = lines[k]!.trim();
      if (next !== '') return CHOICE_LINE.test(next);
    }
    return false;
  };
  lines.forEach((text, i) => {
    const line = i + 1;
    const trimmed = text.trim();
    if (trimmed === '') return;
    if (inFrontMatter && !trimmed.startsWith('#') && !STRUCTURAL.test(trimmed)) inFrontMatter = false;
    if (findOutsideLogic(trimmed, '#') < 0) return;
    const add = (segment: string, position: TagPosition): void => {
      for (const t of splitTags(segment)) tags.push({ file, line, text: t, position });
    };
    if (inFrontMatter) return add(trimmed, 'global');
    const choice = /^((?:[*+]\s*)+)/.exec(trimmed.replace(/^-\s*(?=[*+])/, ''));
    if (!choice) return add(trimmed, trimmed.startsWith('#') && nextIsChoice(i) ? 'before-choice' : 'line');
    const close = findOutsideLogic(trimmed, ']');
    if (close < 0) return add(trimmed, 'choice-and-line');
    add(trimmed.slice(0, close), 'choice');
    add(trimmed.slice(close + 1), 'line');
  });
  return tags;
}
