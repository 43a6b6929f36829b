// The guides' worked examples are real scenarios: they must keep passing the checker.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { check } from '../helpers/scenario-source.ts';

const example = (file: string): string => {
  const match = /```ink\n([\s\S]*?)```/.exec(readFileSync(file, 'utf8'));
  if (!match?.[1]) throw new Error(`${file} has no ink example`);
  return match[1];
};

describe.each([
  ['docs/authoring-guide.md', 'stories/data-top-up/en.ink'],
  ['docs/authoring-guide.zh-CN.md', 'stories/data-top-up/zh-CN.ink'],
])('the worked example in %s', (guide, as) => {
  it('passes the checker with no errors or warnings and ends in a sale on its best path', () => {
    const { report } = check(example(guide), as);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.bestOutcome).toBe('sale');
  });
});

it('gives both language versions of the example the same choices', () => {
  const en = check(example('docs/authoring-guide.md'), 'stories/data-top-up/en.ink').report;
  const zh = check(example('docs/authoring-guide.zh-CN.md'), 'stories/data-top-up/zh-CN.ink').report;
  expect(zh.bestPath).toEqual(en.bestPath);
  expect(zh.maxScores).toEqual(en.maxScores);
});
