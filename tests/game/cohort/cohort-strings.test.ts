import { describe, expect, it } from 'vitest';
import { COHORT_STRINGS, cohortTranslator, type CohortKey } from '../../../src/game/cohort/cohort-strings.ts';
import { placeholdersOf } from '../../../src/ui-kit/translate.ts';

const en = COHORT_STRINGS.en;
const zh = COHORT_STRINGS['zh-CN'];
const keys = Object.keys(en) as CohortKey[];

describe('the cohort strings', () => {
  it('has the same keys and placeholders in English and Chinese, and nothing left untranslated', () => {
    expect(Object.keys(zh).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(placeholdersOf(zh[key]), key).toEqual(placeholdersOf(en[key]));
      expect(zh[key].trim(), key).not.toBe('');
      // Every phrase with words of its own is in Chinese (a bare "{board}，{period}" has none).
      if (en[key].replace(/\{[a-zA-Z]+\}/g, '').trim().length > 2) expect(zh[key], key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('uses the singular form for one and fills the count otherwise', () => {
    const t = cohortTranslator('en');
    expect(t.count('entry.queued', 1)).toBe('1 waiting to be sent');
    expect(t.count('entry.queued', 3)).toBe('3 waiting to be sent');
    expect(cohortTranslator('zh-CN').count('cohort.sent', 2)).toBe('已提交 2 条排队的记录。');
  });
});
