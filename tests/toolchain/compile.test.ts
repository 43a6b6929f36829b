import { describe, expect, it } from 'vitest';
import { compileInk, parseCompilerMessage } from '../../src/toolchain/compile.ts';

describe('compiling Ink', () => {
  it('reports a syntax error with its file and line', () => {
    const result = compileInk('stories/a/en.ink', 'Hello\n* [Go]\n  {oops\n-> END\n', () => null);
    expect(result.json).toBeNull();
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file: 'stories/a/en.ink', line: 3, code: 'ink-syntax' });
  });

  it('names the INCLUDEd file an error is in', () => {
    const files: Record<string, string> = { 'stories/_lib/x.ink': 'VAR a = 1\n=== k\n-> nowhere\n' };
    const result = compileInk('stories/a/en.ink', 'INCLUDE ../_lib/x.ink\nHi\n-> END\n', (p) => files[p] ?? null);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ file: 'stories/_lib/x.ink', line: 3 }));
  });

  it('reports a missing INCLUDE as an error instead of throwing', () => {
    const result = compileInk('stories/a/en.ink', 'INCLUDE missing.ink\nHi\n-> END\n', () => null);
    expect(result.json).toBeNull();
    expect(result.diagnostics[0]?.message).toMatch(/missing\.ink/);
  });

  it('reports each repeated compiler message once', () => {
    const result = compileInk('a.ink', 'Hi\n-> nowhere\n-> END\n', () => null);
    const messages = result.diagnostics.map((d) => `${d.line}:${d.message}`);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('reads inkjs messages with and without a file name', () => {
    expect(parseCompilerMessage("ERROR: '../lib.ink' line 3: bad", 's/main.ink')).toMatchObject({ file: 'lib.ink', line: 3, message: 'bad' });
    expect(parseCompilerMessage('WARNING: line 6: odd', 'main.ink')).toMatchObject({ file: 'main.ink', line: 6, severity: 'warning' });
  });

  it('records each knot and choice with its source line', () => {
    const result = compileInk('a.ink', 'Hi\n-> k\n=== k\nThere\n* [Go]\n  -> END\n', () => null);
    expect(result.structure.containers).toContainEqual(expect.objectContaining({ path: 'k', line: 3 }));
    expect(result.structure.choices).toContainEqual(expect.objectContaining({ line: 5 }));
  });
});
