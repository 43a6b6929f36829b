import { describe, expect, it } from 'vitest';
import { STRINGS, type StringKey } from '../../src/trainer/i18n/strings.ts';
import { translator } from '../../src/trainer/i18n/translate.ts';
import { placeholdersOf } from '../../src/ui-kit/translate.ts';
import { OUTCOME_KINDS } from '../../src/core/story/story-tags.ts';
import { LANGUAGES } from '../../src/core/schemas/scenario-meta.ts';
import { DIMENSION_IDS } from '../../src/core/schemas/rubric.ts';

const en = STRINGS.en;
const zh = STRINGS['zh-CN'];
const keys = Object.keys(en) as StringKey[];

describe('the trainer page\'s strings', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual([...keys].sort());
    for (const table of [en, zh]) for (const key of keys) expect(table[key].trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys) expect(placeholdersOf(zh[key]), key).toEqual(placeholdersOf(en[key]));
  });

  it('translates everything into Chinese except the language names, the Ink example and a bare pattern', () => {
    const same = keys.filter((k) => en[k] === zh[k]);
    expect(same.sort()).toEqual(['lang.en', 'lang.zh-CN', 'pub.pack-item', 'pub.placeholder']);
  });

  it('names every outcome, scenario language and play mode the API can return', () => {
    for (const o of OUTCOME_KINDS) expect(keys, o).toContain(`outcome.${o}`);
    for (const l of LANGUAGES) expect(keys, l).toContain(`scenario-language.${l}`);
    expect(keys).toContain('mode.exam');
    expect(keys).toContain('mode.coach');
  });

  it('fills placeholders, words exactly one apart, and names rubric items in the chosen language', () => {
    const t = translator('en');
    expect(t('pub.line', { n: 14 })).toBe('Line 14');
    expect(t.count('members.count', 1)).toBe('1 trainee');
    expect(t.count('members.count', 1200)).toBe('1,200 trainees');
    const zhT = translator('zh-CN');
    expect(zhT.count('members.count', 3)).toBe('3 位学员');
    expect(zhT.rubric('discovery')).toBe('挖掘需求');
    expect(t.rubric('premature-pitch')).toBe('Pitch before discovery');
    expect(t.rubric('not-in-the-rubric')).toBe('not-in-the-rubric');
    for (const d of DIMENSION_IDS) expect(t.rubric(d)).not.toBe(d);
  });
});
