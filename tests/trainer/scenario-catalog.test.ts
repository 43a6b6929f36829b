import { describe, expect, it } from 'vitest';
import type { ScenarioVersion } from '../../src/contract/scenarios.ts';
import { currentVersion, groupVersions, scenarioOptions, titleFor } from '../../src/trainer/dashboard/scenario-catalog.ts';

const hash = (c: string) => c.repeat(64);
const version = (over: Partial<ScenarioVersion>): ScenarioVersion => ({
  contentHash: hash('a'), scenarioId: 'cafe', language: 'en', title: 'Café', source: 'cohort', since: '2026-05-01T10:00:00.000Z', ...over,
});

describe('the scenarios a trainer filters by and has published', () => {
  const versions = [
    version({ contentHash: hash('a'), title: 'Café v1', since: '2026-05-01T10:00:00.000Z' }),
    version({ contentHash: hash('b'), title: 'Café v2', since: '2026-05-03T10:00:00.000Z' }),
    version({ contentHash: hash('c'), language: 'zh-CN', title: '咖啡馆', since: '2026-05-02T10:00:00.000Z' }),
    version({ contentHash: hash('d'), scenarioId: 'bundle', title: 'A bundle call', source: 'shipped' }),
  ];

  it('offers each scenario once, titled in the interface language where it exists', () => {
    expect(scenarioOptions(versions, 'en')).toEqual([{ id: 'bundle', title: 'A bundle call' }, { id: 'cafe', title: 'Café v2' }]);
    expect(scenarioOptions(versions, 'zh-CN').find((o) => o.id === 'cafe')?.title).toBe('咖啡馆');
  });

  it('groups versions by scenario and language, newest (current) first', () => {
    const groups = groupVersions(versions.filter((v) => v.source === 'cohort'));
    expect(groups.map((g) => [g.scenarioId, g.language, g.title, g.versions.map((v) => v.contentHash[0])])).toEqual([
      ['cafe', 'en', 'Café v2', ['b', 'a']],
      ['cafe', 'zh-CN', '咖啡馆', ['c']],
    ]);
  });

  it('marks current the newest version not retired, and none when every one is', () => {
    const published = versions.filter((v) => v.source === 'cohort').map((v) => ({ ...v, retired: v.contentHash === hash('b') }));
    const [cafe, zh] = groupVersions(published);
    expect(currentVersion(cafe!)?.contentHash).toBe(hash('a'));
    expect(currentVersion(zh!)?.contentHash).toBe(hash('c'));
    expect(currentVersion({ ...zh!, versions: zh!.versions.map((v) => ({ ...v, retired: true })) })).toBeNull();
  });

  it('titles an attempt by the version it played, then by its scenario', () => {
    expect(titleFor(versions, { scenarioId: 'cafe', language: 'en', contentHash: hash('a') })).toBe('Café v1');
    expect(titleFor(versions, { scenarioId: 'cafe', language: 'zh-CN', contentHash: hash('e') })).toBe('咖啡馆');
    expect(titleFor(versions, { scenarioId: 'gone', language: 'en', contentHash: hash('f') })).toBe('gone');
  });
});
