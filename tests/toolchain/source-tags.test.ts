import { describe, expect, it } from 'vitest';
import { scanTags } from '../../src/toolchain/source-tags.ts';

describe('finding tags in the source', () => {
  const source = [
    '# id: x', // 1
    '# title: X', // 2
    'INCLUDE ../_lib/customer.ink', // 3
    '', // 4
    'Hello. # speaker: customer', // 5
    '* [Ask #discovery: +2 #technique: open-question] Asked. # signal: verbal', // 6
    '* Say hi #opening: +1', // 7
    '// a comment # not: a tag', // 8
    'Bye. # outcome: sale', // 9
  ].join('\n');
  const tags = scanTags('s/en.ink', source, true);

  it('treats tags above the first line of text as front matter', () => {
    expect(tags.filter((t) => t.position === 'global').map((t) => t.text)).toEqual(['id: x', 'title: X']);
  });

  it('puts tags before "]" on the choice and tags after it on the printed line', () => {
    expect(tags.filter((t) => t.line === 6)).toEqual([
      { file: 's/en.ink', line: 6, text: 'discovery: +2', position: 'choice' },
      { file: 's/en.ink', line: 6, text: 'technique: open-question', position: 'choice' },
      { file: 's/en.ink', line: 6, text: 'signal: verbal', position: 'line' },
    ]);
  });

  it('puts tags of a choice without brackets on both the choice and its echo', () => {
    expect(tags.find((t) => t.line === 7)?.position).toBe('choice-and-line');
  });

  it('ignores tags inside comments', () => {
    expect(tags.some((t) => t.line === 8)).toBe(false);
  });
});
