// The shipped scenario library, checked as a whole: every file sound, every best path replays to
// its reported maximum, and across the library every rubric technique and fault can be reached.
import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { replay } from '../../src/core/session/replay.ts';
import { CHANNELS, PERSONA_STYLES } from '../../src/core/schemas/scenario-meta.ts';
import { checkFile } from '../../src/node/check-file.ts';
import { findScenarioFiles } from '../../src/node/scenario-files.ts';

const checked = findScenarioFiles(['stories']).map((file) => ({ file, ...checkFile(file, courseRubric) }));

describe('the shipped scenario library', () => {
  it.each(checked.map((c) => [c.file, c] as const))('%s passes the checker with no errors or warnings', (_, c) => {
    expect(c.report.errors).toEqual([]);
    expect(c.report.warnings).toEqual([]);
    expect(c.report.truncated).toBe(false);
  });

  it.each(checked.map((c) => [c.file, c] as const))('%s replays its best path to the reported best score', (_, c) => {
    const { bundle, report } = c;
    expect(bundle).not.toBeNull();
    const run = replay(bundle!, courseRubric, {
      scenarioId: bundle!.meta.id, contentHash: bundle!.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: report.bestPath,
    });
    expect(run.overall).toBe(report.bestOverall);
    expect(run.scores).toEqual(report.bestScores);
    expect(['sale', 'meeting']).toContain(run.outcome);
  });

  it.each(checked.map((c) => [c.file, c] as const))('%s has at least three endings, two needs and two kinds of objection', (_, c) => {
    const meta = c.bundle!.meta;
    expect(c.report.endings.length).toBeGreaterThanOrEqual(3);
    expect(meta.needs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(meta.objections.map((o) => o.class)).size).toBeGreaterThanOrEqual(2);
  });

  it('ships every scenario in English and Simplified Chinese', () => {
    const ids = new Set(checked.map((c) => c.report.id));
    for (const id of ids) {
      expect(checked.filter((c) => c.report.id === id).map((c) => c.report.language).sort(), id ?? '').toEqual(['en', 'zh-CN']);
    }
  });

  it('gives both languages of a scenario the same choices, so replay inputs carry over', () => {
    for (const en of checked.filter((c) => c.report.language === 'en')) {
      const zh = checked.find((c) => c.report.id === en.report.id && c.report.language === 'zh-CN');
      expect(zh, en.report.id ?? '').toBeDefined();
      expect(zh!.report.bestPath, en.report.id ?? '').toEqual(en.report.bestPath);
      expect(zh!.report.maxScores, en.report.id ?? '').toEqual(en.report.maxScores);
      expect(zh!.report.minScores, en.report.id ?? '').toEqual(en.report.minScores);
      expect(zh!.report.states, en.report.id ?? '').toBe(en.report.states);
    }
  });

  it('covers every setting of the course and every personality style', () => {
    const metas = checked.map((c) => c.bundle!.meta);
    expect(new Set(metas.map((m) => m.channel))).toEqual(new Set(CHANNELS));
    expect(new Set(metas.map((m) => m.personaStyle))).toEqual(new Set(PERSONA_STYLES));
  });

  it('lets a trainee reach every technique and fault of the rubric somewhere in the library', () => {
    const techniques = new Set(checked.flatMap((c) => c.report.techniques));
    const faults = new Set(checked.flatMap((c) => c.report.faults));
    expect(courseRubric.techniques.map((t) => t.id).filter((id) => !techniques.has(id))).toEqual([]);
    expect(courseRubric.faults.map((f) => f.id).filter((id) => !faults.has(id))).toEqual([]);
  });
});
