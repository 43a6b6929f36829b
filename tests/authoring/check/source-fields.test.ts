// What the page reads from a scenario's text without the compiler: the front-matter id and title
// must agree with what the checker (in the worker) reads from the compiled story, and fall back
// the way the library and the pack export rely on.
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/authoring/check/check-in-worker.ts';
import { frontMatterId, frontMatterTitle, scenarioFile, scenarioTitle } from '../../../src/authoring/check/source-fields.ts';
import { templateFor } from '../../../src/authoring/templates/templates.ts';

describe('reading the front matter as text', () => {
  it('reads the id and title the checker finds in the compiled story, in both languages', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const { source } = templateFor('store', language);
      const { bundle } = checkSource(source, language);
      expect(bundle).not.toBeNull();
      expect(frontMatterId(source)).toBe(bundle!.meta.id);
      expect(frontMatterTitle(source)).toBe(bundle!.meta.title);
      expect(scenarioFile(source, language)).toBe(`stories/${bundle!.meta.id}/${language}.ink`);
    }
  });

  it('gives no id for a missing or invalid one, and files such a source as untitled', () => {
    expect(frontMatterId('Hello.\n')).toBeNull();
    expect(frontMatterId('# id: Not An Id\n')).toBeNull();
    expect(frontMatterId('# id: UPPER\n')).toBeNull();
    expect(frontMatterId('  #  id :  cafe-wifi  \n# title: x\n')).toBe('cafe-wifi');
    expect(scenarioFile('# title: x\n', 'zh-CN')).toBe('stories/untitled/zh-CN.ink');
  });

  it('trims the title and never reads it from the next line', () => {
    expect(frontMatterTitle('# title:   Faster Wi-Fi  \n')).toBe('Faster Wi-Fi');
    expect(frontMatterTitle('# title:\n# id: cafe\n')).toBeNull();
  });

  it('titles a stored scenario by its checked title, else its front matter, else its id', () => {
    const { source } = templateFor('store', 'en');
    const { bundle } = checkSource(source, 'en');
    expect(scenarioTitle({ id: 'x', source: '# title: Draft\n', bundle })).toBe(bundle!.meta.title);
    expect(scenarioTitle({ id: 'x', source: '# title: Draft\n', bundle: null })).toBe('Draft');
    expect(scenarioTitle({ id: 'x', source: 'Hello.\n', bundle: null })).toBe('x');
  });
});
