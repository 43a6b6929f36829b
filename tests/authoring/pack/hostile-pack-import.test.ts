// A trainee importing a scenario pack whose story runs away: the checking worker's check (the same
// checkSource it runs) finishes with the reason, and the pack is refused with it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IdbSaveStore } from '../../../src/storage/idb-save-store.ts';
import { importPack } from '../../../src/authoring/pack/scenario-pack-io.ts';
import { checkSource } from '../../../src/authoring/check/check-in-worker.ts';
import { PACK_FORMAT } from '../../../src/core/schemas/scenario-pack.ts';
import { PRINTING_LOOP, SILENT_LOOP, TUNNEL_RECURSION } from '../../helpers/hostile-stories.ts';

const idOf = (source: string): string => /^# id: (.+)$/m.exec(source)![1]!;

describe('importing a pack with a runaway story', () => {
  it.each([
    ['a silent loop', SILENT_LOOP, /ran 200,000 steps in knot "spin" without reaching a choice or an end/],
    ['a printing loop', PRINTING_LOOP, /printed more than 2,000 lines in knot "chatter"/],
    ['a tunnel that calls itself', TUNNEL_RECURSION, /nested more than 100 deep in knot "deeper"/],
  ])('refuses %s with the reason and its line, storing nothing', async (_name, source, reason) => {
    const store = await IdbSaveStore.open(`hostile-pack-${idOf(source)}`);
    const pack = { format: PACK_FORMAT, version: 1, exportedAt: '2026-12-01T10:00:00.000Z', scenarios: [{ id: idOf(source), language: 'en', title: 'Hostile', source }] };
    const result = await importPack(JSON.stringify(pack), {
      get: (key) => store.scenarios.get(key),
      save: (record) => store.scenarios.save(record),
      check: (src, language) => Promise.resolve(checkSource(src, language)),
      clock: { now: () => Date.parse('2026-12-01T10:00:00.000Z') },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.details).toHaveLength(1);
      expect(result.details[0]).toMatch(new RegExp(`^${idOf(source)}/en: 1 error\\(s\\) — line \\d+: `));
      expect(result.details[0]).toMatch(reason);
    }
    expect(await store.scenarios.list()).toEqual([]);
  });
});
