import { describe, expect, it } from 'vitest';
import { PACK_FORMAT } from '../../src/core/schemas/scenario-pack.ts';
import { guessLanguage, languageOfFileName, readScenarioInput, titleOf, idOf } from '../../src/trainer/publish/scenario-input.ts';

const EN = '# id: cafe-wifi\n# title: Faster Wi-Fi\nINCLUDE ../_lib/customer.ink\nHi, I need to ask about my café\'s internet.\n* [Ask what slows it down]\n  At lunch it drops. # outcome: sale\n  -> END\n';
const ZH = '# id: cafe-wifi\n# title: 更快的无线网络\nINCLUDE ../_lib/customer.ink\n您好，我想问问店里的宽带。\n* [问问什么时候最卡]\n  中午客人多的时候就断。 # outcome: sale\n  -> END\n';

const pack = (scenarios: unknown[]) => JSON.stringify({ format: PACK_FORMAT, version: 1, exportedAt: '2026-05-01T10:00:00.000Z', scenarios });

describe('reading what a trainer pastes or uploads to publish', () => {
  it('takes the language from file names the studio and the stories folder use', () => {
    expect(languageOfFileName('zh-CN.ink')).toBe('zh-CN');
    expect(languageOfFileName('cafe-wifi.zh-CN.ink')).toBe('zh-CN');
    expect(languageOfFileName('stories/cafe-wifi/en.ink')).toBe('en');
    expect(languageOfFileName('cafe-wifi.ink')).toBeNull();
    expect(languageOfFileName('german.ink')).toBeNull();
  });

  it('guesses Chinese from the story text, not from the English front matter keys', () => {
    expect(guessLanguage(ZH)).toBe('zh-CN');
    expect(guessLanguage(EN)).toBe('en');
  });

  it('reads an Ink source with its front matter title and id', () => {
    expect(readScenarioInput(EN, 'cafe-wifi.en.ink')).toEqual({ kind: 'ink', source: EN, language: 'en' });
    expect(readScenarioInput(EN)).toEqual({ kind: 'ink', source: EN, language: null });
    expect(titleOf(ZH)).toBe('更快的无线网络');
    expect(idOf(EN)).toBe('cafe-wifi');
    expect(titleOf('Hello.')).toBeNull();
  });

  it('reads every scenario of a studio pack, pasted or uploaded', () => {
    const text = pack([
      { id: 'cafe-wifi', language: 'en', title: 'Faster Wi-Fi', source: EN },
      { id: 'cafe-wifi', language: 'zh-CN', title: '更快的无线网络', source: ZH },
    ]);
    const read = readScenarioInput(text, 'cafe.scenario-pack.json');
    expect(read).toEqual({
      kind: 'pack',
      scenarios: [
        { id: 'cafe-wifi', language: 'en', title: 'Faster Wi-Fi', source: EN },
        { id: 'cafe-wifi', language: 'zh-CN', title: '更快的无线网络', source: ZH },
      ],
    });
    expect(readScenarioInput(`  ${text}`).kind).toBe('pack');
  });

  it('refuses empty files, broken JSON and packs in another format, saying why', () => {
    expect(readScenarioInput('   ')).toEqual({ kind: 'invalid', reason: 'the file is empty' });
    const broken = readScenarioInput('{"format": ', 'x.json');
    expect(broken.kind === 'invalid' && broken.reason).toMatch(/not valid JSON/);
    const other = readScenarioInput(JSON.stringify({ format: 'something-else', version: 1 }));
    expect(other.kind === 'invalid' && other.reason).toMatch(/not a scenario pack/);
  });

  it('refuses a source larger than the server accepts before sending it', () => {
    const read = readScenarioInput(`# id: huge\n${'x'.repeat(1_000_001)}`);
    expect(read.kind === 'invalid' && read.reason).toMatch(/at most 1,000,000 characters/);
  });
});
