// The editor's Ink highlighting: each construct a trainer writes gets its own token.
import { describe, expect, it } from 'vitest';
import { tokenizeInk, type InkToken } from '../../src/authoring/editor/ink-stream.ts';

const tokensOf = (line: string): Array<[string, InkToken | null]> =>
  tokenizeInk(line)[0]!.filter((s) => s.text.trim() !== '').map((s) => [s.text.trim(), s.token]);

describe('tokenizeInk', () => {
  it('marks knot and stitch headers', () => {
    expect(tokensOf('=== opening ===')).toEqual([['=== opening ===', 'knot']]);
    expect(tokensOf('= rescue')).toEqual([['= rescue', 'stitch']]);
    expect(tokensOf('=== function shift(ref value, delta)')[0]?.[1]).toBe('knot');
  });

  it('splits a choice into bullet, brackets, text, tag keys and tag values', () => {
    expect(tokensOf('* [Ask how they use it #discovery: +2 #technique: open-question] Right.')).toEqual([
      ['*', 'choice'], ['[', 'bracket'], ['Ask how they use it', null], ['#discovery:', 'tagKey'], ['+2', 'tag'],
      ['#technique:', 'tagKey'], ['open-question', 'tag'], [']', 'bracket'], ['Right.', null],
    ]);
    expect(tokensOf('+ + Sticky again')[0]).toEqual(['+ +', 'choice']);
  });

  it('marks diverts, gathers, glue and line tags', () => {
    expect(tokensOf('  -> close')).toEqual([['-> close', 'divert']]);
    expect(tokensOf('- OK then <> # outcome: sale')).toEqual([['-', 'gather'], ['OK then', null], ['<>', 'glue'], ['# outcome:', 'tagKey'], ['sale', 'tag']]);
    expect(tokensOf('A well-known line, not a divert')).toEqual([['A well-known line, not a divert', null]]);
  });

  it('reads logic lines and braces as code', () => {
    expect(tokensOf('~ shift(trust, 10)')).toEqual([
      ['~', 'logic'], ['shift', 'variable'], ['(', 'operator'], ['trust', 'variable'], [',', 'operator'], ['10', 'number'], [')', 'operator'],
    ]);
    expect(tokensOf('{patience <= 10: -> hang_up}')).toEqual([
      ['{', 'brace'], ['patience', 'variable'], ['<=', 'operator'], ['10', 'number'], [':', 'operator'], ['-> hang_up', 'divert'], ['}', 'brace'],
    ]);
    expect(tokensOf('VAR trust = 50')).toEqual([['VAR', 'keyword'], ['trust', 'variable'], ['=', 'operator'], ['50', 'number']]);
    expect(tokensOf('INCLUDE ../_lib/customer.ink')).toEqual([['INCLUDE', 'keyword'], ['../_lib/customer.ink', 'string']]);
  });

  it('reads the text of a conditional as text and only its condition as code', () => {
    const lines = tokenizeInk('{\n- trust >= 95: Clear and complete. # outcome: sale\n- else: Thanks and bye.\n}').map((l) =>
      l.filter((s) => s.text.trim() !== '').map((s) => [s.text.trim(), s.token]));
    expect(lines[1]).toEqual([['-', 'gather'], ['trust', 'variable'], ['>=', 'operator'], ['95', 'number'], [':', 'operator'], ['Clear and complete.', null], ['# outcome:', 'tagKey'], ['sale', 'tag']]);
    expect(lines[2]).toEqual([['-', 'gather'], ['else', 'keyword'], [':', 'operator'], ['Thanks and bye.', null]]);
    expect(tokensOf('You have {credit} left | more')).toEqual([['You have', null], ['{', 'brace'], ['credit', 'variable'], ['}', 'brace'], ['left', null], ['|', 'operator'], ['more', null]]);
    expect(tokensOf('{&Hi|Hello} there')).toEqual([['{', 'brace'], ['&Hi', null], ['|', 'operator'], ['Hello', null], ['}', 'brace'], ['there', null]]);
  });

  it('marks line and block comments, across lines', () => {
    expect(tokensOf('Hello // a note')).toEqual([['Hello', null], ['// a note', 'comment']]);
    const lines = tokenizeInk('/* one\ntwo\nthree */ Hi');
    expect(lines[1]).toEqual([{ text: 'two', token: 'comment' }]);
    expect(lines[2]?.[0]).toEqual({ text: 'three */', token: 'comment' });
    expect(lines[2]?.at(-1)).toEqual({ text: ' Hi', token: null });
  });

  it('marks front-matter tags with their key', () => {
    expect(tokensOf('# objection: cost, price, Too dear')).toEqual([['# objection:', 'tagKey'], ['cost, price, Too dear', 'tag']]);
  });
});
