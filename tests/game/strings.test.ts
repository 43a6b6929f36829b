import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/game/i18n/strings.ts';
import { translator } from '../../src/game/i18n/translate.ts';
import { fill, placeholdersOf } from '../../src/ui-kit/translate.ts';
import { CHANNELS, PERSONA_STYLES, VALUE_TIERS } from '../../src/core/schemas/scenario-meta.ts';
import { OUTCOME_KINDS } from '../../src/core/story/story-tags.ts';

const en = STRINGS.en;
const zh = STRINGS['zh-CN'];

describe('the UI strings table', () => {
  it('has every English key in Chinese and no Chinese key that English lacks', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty string in either language', () => {
    for (const table of [en, zh]) for (const [key, text] of Object.entries(table)) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholdersOf(zh[key]), key).toEqual(placeholdersOf(en[key]));
    }
  });

  it('translates the Chinese table into Chinese, apart from the language names', () => {
    const same = Object.keys(en).filter((k) => en[k as keyof typeof en] === zh[k as keyof typeof zh]);
    expect(same.sort()).toEqual(['lang.en', 'lang.zh-CN']);
  });

  it('names every channel, style, value tier and outcome the scenario contract allows', () => {
    const keys = new Set(Object.keys(en));
    for (const c of CHANNELS) expect(keys.has(`channel.${c}`), c).toBe(true);
    for (const s of PERSONA_STYLES) {
      expect(keys.has(`style.${s}`), s).toBe(true);
      expect(keys.has(`style-hint.${s}`), s).toBe(true);
    }
    for (const tier of VALUE_TIERS) expect(keys.has(`tier.${tier}`), tier).toBe(true);
    for (const o of OUTCOME_KINDS) expect(keys.has(`outcome.${o}`), o).toBe(true);
    // Evidence reasons are worded by src/ui-kit/evidence-words.ts (tests/ui-kit/evidence-words.test.ts).
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('en')('list.count', { n: 4 })).toBe('4 scenarios');
    expect(translator('zh-CN')('list.count', { n: 4 })).toBe('共 4 个场景');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
