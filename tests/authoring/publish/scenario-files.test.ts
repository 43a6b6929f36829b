// Which files "Publish to cohort" sends: the open draft as it is now, plus the scenario's other
// languages saved in the Studio under the same id, English first.
import { describe, expect, it } from 'vitest';
import type { LocalScenario } from '../../../src/core/schemas/records.ts';
import type { Language } from '../../../src/core/schemas/scenario-meta.ts';
import { scenarioFiles } from '../../../src/authoring/publish/scenario-files.ts';
import { templateFor, withId } from '../../../src/authoring/templates/templates.ts';

const source = (id: string, language: Language): string => withId(templateFor('store', language).source, id);

const saved = (id: string, language: Language, text = source(id, language)): LocalScenario => ({
  key: `${id}/${language}`, id, language, source: text, bundle: null, origin: 'authored', updatedAt: '2026-12-03T09:00:00.000Z',
});

describe('the language files of the scenario in the editor', () => {
  it('takes the draft as typed and the saved other language of the same id, English first', () => {
    const draft = { source: `${source('shop-visit', 'zh-CN')}\n// edited, not saved yet\n`, language: 'zh-CN' as const };
    const stored = [saved('shop-visit', 'zh-CN'), saved('shop-visit', 'en'), saved('other-visit', 'en')];
    const { id, files } = scenarioFiles(draft, stored);
    expect(id).toBe('shop-visit');
    expect(files.map((f) => [f.language, f.file, f.open])).toEqual([
      ['en', 'stories/shop-visit/en.ink', false],
      ['zh-CN', 'stories/shop-visit/zh-CN.ink', true],
    ]);
    expect(files[0]!.source).toBe(stored[1]!.source);
    expect(files[1]!.source).toBe(draft.source);
  });

  it('sends the draft alone when no other language is saved, or when a saved one now names another id', () => {
    const renamed = saved('shop-visit', 'en', source('renamed-visit', 'en'));
    const { files } = scenarioFiles({ source: source('shop-visit', 'zh-CN'), language: 'zh-CN' }, [renamed]);
    expect(files.map((f) => f.language)).toEqual(['zh-CN']);
  });

  it('has nothing to send while the front matter has no valid id', () => {
    const draft = { source: source('shop-visit', 'en').replace(/^# id: .*$/m, '# id: Not An Id'), language: 'en' as const };
    expect(scenarioFiles(draft, [saved('shop-visit', 'zh-CN')])).toEqual({ id: null, files: [] });
  });
});
