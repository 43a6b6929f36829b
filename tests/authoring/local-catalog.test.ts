// What the game gets from a saved local scenario: a catalog entry it can play like a built-in one.
import { describe, expect, it } from 'vitest';
import { localCatalogEntries } from '../../src/authoring/library/local-catalog.ts';
import { checkSource } from '../../src/authoring/check/check-in-worker.ts';
import { templateFor, withId } from '../../src/authoring/templates/templates.ts';
import { Session } from '../../src/core/session/session.ts';
import { sessionOptions } from '../../src/core/session/scenario-bundle.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import type { LocalScenario } from '../../src/core/schemas/records.ts';

const source = withId(templateFor('retention', 'zh-CN').source, 'keep-mr-sun');
const { bundle, report } = checkSource(source, 'zh-CN');
const record: LocalScenario = { key: 'keep-mr-sun/zh-CN', id: 'keep-mr-sun', language: 'zh-CN', source, bundle, origin: 'authored', updatedAt: '2026-11-23T10:00:00.000Z' };

describe('localCatalogEntries', () => {
  it('lists only scenarios that passed the checker, marked local', () => {
    const entries = localCatalogEntries([record, { ...record, key: 'draft/en', id: 'draft', language: 'en', bundle: null }]);
    expect(entries.map((e) => [e.key, e.local, e.meta.id, e.language])).toEqual([['keep-mr-sun/zh-CN', true, 'keep-mr-sun', 'zh-CN']]);
    expect(entries[0]).not.toHaveProperty('storyJson');
  });

  it('plays to the same ending and scores as the checker found, from the entry alone', async () => {
    const [entry] = localCatalogEntries([record]);
    const session = new Session(sessionOptions({ ...entry!, storyJson: await entry!.loadStory() }, courseRubric, 0));
    session.start();
    for (const index of report.bestPath) session.choose(index);
    const result = session.result();
    expect(result.outcome).toBe(report.bestOutcome);
    expect(result.overall).toBe(report.bestOverall);
    expect(result.scores).toEqual(report.bestScores);
  });
});

describe('bestPathSteps', () => {
  it('names the replies along the checker\'s best path', async () => {
    const { bestPathSteps } = await import('../../src/authoring/playtest/best-path-steps.ts');
    const steps = bestPathSteps(bundle!, report.bestPath, courseRubric);
    expect(steps).toHaveLength(report.bestPath.length);
    expect(steps[0]).toBe('孙师傅，这个我可以帮您办。先谢谢您九年来的支持，方便说说为什么想转走吗？');
  });
});
