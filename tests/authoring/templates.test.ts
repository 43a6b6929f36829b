// Every "New scenario" template is a complete scenario: it passes the checker as it is.
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/core/schemas/scenario-meta.ts';
import { checkSource } from '../../src/authoring/check/check-in-worker.ts';
import { frontMatterId } from '../../src/authoring/check/source-fields.ts';
import { TEMPLATES, templateFor, withId } from '../../src/authoring/templates/templates.ts';

const all = [...TEMPLATES.en, ...TEMPLATES['zh-CN']];

describe('scenario templates', () => {
  it('offers one template per setting in each language', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      expect(TEMPLATES[language].map((t) => t.channel).sort()).toEqual([...CHANNELS].sort());
    }
  });

  it.each(all.map((t) => [t.language, t.channel, t] as const))('%s %s passes the checker with no errors or warnings', (language, channel, template) => {
    const { report, bundle } = checkSource(template.source, language);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(bundle?.meta.channel).toBe(channel);
    expect(report.endings).toContain('follow-up');
    expect(['sale', 'meeting']).toContain(report.bestOutcome);
    expect(Object.values(report.needs).every((n) => n.revealed)).toBe(true);
    expect(Object.values(report.objections).every((o) => o.resolved)).toBe(true);
  });

  it.each(all.map((t) => [t.language, t.channel, t] as const))('%s %s lets a flawless conversation score 100, follow-up included', (language, _channel, template) => {
    const { report } = checkSource(template.source, language);
    expect(report.bestOverall).toBe(100);
    expect(Object.values(report.bestScores).every((score) => score === 100)).toBe(true);
    expect(report.bestScores['follow-up']).toBe(100);
  });

  it('gives both languages of a setting the same shape, so a translation scores alike', () => {
    for (const channel of CHANNELS) {
      const en = checkSource(templateFor(channel, 'en').source, 'en').report;
      const zh = checkSource(templateFor(channel, 'zh-CN').source, 'zh-CN').report;
      expect(zh.maxScores).toEqual(en.maxScores);
      expect(zh.bestPath).toEqual(en.bestPath);
    }
  });

  it('renames a template for a second draft without touching anything else', () => {
    const source = templateFor('store', 'en').source;
    const renamed = withId(source, 'store-draft-2');
    expect(frontMatterId(renamed)).toBe('store-draft-2');
    expect(renamed.replace('store-draft-2', 'store-draft')).toBe(source);
    expect(checkSource(renamed, 'en').report.errors).toEqual([]);
  });
});
