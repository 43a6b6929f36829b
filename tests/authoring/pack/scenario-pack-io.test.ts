// Scenario packs: what the authoring page exports imports back unchanged and playable, and a
// malformed or hostile pack is refused with a clear reason while the stored scenarios survive.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IdbSaveStore } from '../../../src/storage/idb-save-store.ts';
import { AuthoringLibrary } from '../../../src/authoring/library/authoring-library.ts';
import { buildPack, importPack, packFileName, tooLarge, type PackImportDeps } from '../../../src/authoring/pack/scenario-pack-io.ts';
import { checkSource } from '../../../src/authoring/check/check-in-worker.ts';
import { templateFor, withId } from '../../../src/authoring/templates/templates.ts';
import { PACK_FORMAT, MAX_PACK_BYTES } from '../../../src/core/schemas/scenario-pack.ts';
import { LocalScenario } from '../../../src/core/schemas/records.ts';
import { ScenarioBundle } from '../../../src/core/session/scenario-bundle.ts';
import { replay } from '../../../src/core/session/replay.ts';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';

let n = 0;
let tick = 0;
const clock = { now: (): number => Date.UTC(2026, 10, 23, 10, 0, tick++) };
const now = (): string => new Date(clock.now()).toISOString();

async function setup(): Promise<{ store: IdbSaveStore; library: AuthoringLibrary; deps: PackImportDeps }> {
  const store = await IdbSaveStore.open(`pack-${++n}`);
  const library = new AuthoringLibrary(store.scenarios, clock);
  const deps: PackImportDeps = {
    get: (key) => store.scenarios.get(key),
    save: (record) => store.scenarios.save(record),
    check: (source, language) => Promise.resolve(checkSource(source, language)),
    clock,
  };
  return { store, library, deps };
}

async function saveTemplate(library: AuthoringLibrary, id: string, language: 'en' | 'zh-CN' = 'en'): Promise<string> {
  const source = withId(templateFor('store', language).source, id);
  const { bundle } = checkSource(source, language);
  const saved = await library.save({ key: null, source, language, bundle, origin: 'authored' });
  if (!saved.ok) throw new Error('could not save');
  return saved.key;
}

const packText = (scenarios: unknown[]): string => JSON.stringify({ format: PACK_FORMAT, version: 1, exportedAt: now(), scenarios });

describe('exporting and importing a scenario pack', () => {
  it('round-trips two scenarios into a fresh browser, each saved with a bundle the game can play', async () => {
    const a = await setup();
    await saveTemplate(a.library, 'shop-visit');
    await saveTemplate(a.library, 'shop-visit-zh', 'zh-CN');
    const { pack, skipped } = buildPack(await a.library.list(), now());
    expect(skipped).toEqual([]);
    expect(pack?.scenarios.map((s) => `${s.id}/${s.language}`).sort()).toEqual(['shop-visit-zh/zh-CN', 'shop-visit/en']);
    expect(packFileName(pack!)).toBe('2-scenarios.scenario-pack.json');

    const b = await setup();
    const result = await importPack(JSON.stringify(pack), b.deps);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.scenarios.map((s) => [s.key, s.status]).sort()).toEqual([['shop-visit-zh/zh-CN', 'new'], ['shop-visit/en', 'new']]);
      expect(result.scenarios.find((s) => s.key === 'shop-visit/en')?.title).toBe('In the store: a first smartphone for a retired teacher');
    }
    const stored = await b.store.scenarios.list();
    expect(stored.map((s) => s.origin)).toEqual(['imported', 'imported']);
    for (const record of stored) {
      expect(LocalScenario.parse(record)).toEqual(record);
      const bundle = ScenarioBundle.parse(record.bundle);
      expect(bundle).toEqual(checkSource(record.source, record.language).bundle);
      const best = checkSource(record.source, record.language).report.bestPath;
      const run = replay(bundle, courseRubric, { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: best });
      expect(run.outcome).toBe('sale');
    }
  });

  it('leaves out scenarios that still have errors, and says which', async () => {
    const { library } = await setup();
    await saveTemplate(library, 'ready-one');
    await library.save({ key: null, source: '# id: broken-one\nHello\n* [Hi #fault: not-a-fault]\n', language: 'en', bundle: null, origin: 'authored' });
    const { pack, skipped } = buildPack(await library.list(), now());
    expect(pack?.scenarios.map((s) => s.id)).toEqual(['ready-one']);
    expect(skipped).toEqual(['broken-one/en']);
  });

  it('keeps the previous version in the history when an import updates a stored scenario', async () => {
    const { store, library, deps } = await setup();
    const key = await saveTemplate(library, 'shop-visit');
    const before = (await store.scenarios.get(key))!.source;
    const changed = before.replace("Excuse me, I'm just looking.", 'Good morning. I am only browsing.');
    const result = await importPack(packText([{ id: 'shop-visit', language: 'en', title: 'x', source: changed }]), deps);
    expect(result.ok && result.scenarios[0]?.status).toBe('updated');
    expect((await store.scenarios.versions(key)).map((v) => v.source)).toEqual([before, changed]);
    expect((await library.undo(key))?.source).toBe(before);
    expect((await store.scenarios.get(key))?.source).toBe(before);
  });
});

describe('refusing a bad pack', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['bad JSON', '{"format": "sales-roleplay-scenario-pack", ', /not valid JSON/],
    ['another kind of file', JSON.stringify({ format: 'something-else', version: 1, scenarios: [] }), /not a scenario pack this game can read \(format/],
    ['an empty pack', JSON.stringify({ format: PACK_FORMAT, version: 1, exportedAt: '2026-11-23T10:00:00.000Z', scenarios: [] }), /scenarios/],
    ['a huge file', `{"format":"${PACK_FORMAT}","pad":"${'x'.repeat(MAX_PACK_BYTES)}"}`, /at most 5 MB/],
    ['a bad id', JSON.stringify({ format: PACK_FORMAT, version: 1, exportedAt: '2026-11-23T10:00:00.000Z', scenarios: [{ id: '../../etc', language: 'en', title: 't', source: 'x' }] }), /scenarios\.0\.id/],
  ];

  it.each(cases)('refuses %s with a clear reason and keeps what is stored', async (_name, text, reason) => {
    const { store, library, deps } = await setup();
    const key = await saveTemplate(library, 'keep-me');
    const before = await store.scenarios.list();
    const result = await importPack(text, deps);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
    expect(await store.scenarios.list()).toEqual(before);
    expect(await store.scenarios.versions(key)).toHaveLength(1);
  });

  it('refuses the whole pack when one scenario fails the checker, naming the line', async () => {
    const { store, library, deps } = await setup();
    await saveTemplate(library, 'keep-me');
    const good = withId(templateFor('retention', 'en').source, 'good-one');
    const bad = withId(templateFor('store', 'en').source, 'bad-one').replace('#technique: store-greet', '#technique: smile-a-lot');
    const result = await importPack(packText([
      { id: 'good-one', language: 'en', title: 'Good', source: good },
      { id: 'bad-one', language: 'en', title: 'Bad', source: bad },
    ]), deps);
    expect(result.ok).toBe(false);
    const line = bad.split('\n').findIndex((l) => l.includes('smile-a-lot')) + 1;
    if (!result.ok) expect(result.details.join('\n')).toMatch(new RegExp(`^bad-one/en: 1 error\\(s\\) — line ${line}: .*smile-a-lot`, 'm'));
    expect((await store.scenarios.list()).map((s) => s.key)).toEqual(['keep-me/en']);
  });

  it('refuses a scenario whose front matter names another id than the pack does', async () => {
    const { deps } = await setup();
    const source = withId(templateFor('store', 'en').source, 'real-id');
    const result = await importPack(packText([{ id: 'fake-id', language: 'en', title: 'x', source }]), deps);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details[0]).toMatch(/fake-id\/en: .*real-id/);
  });

  it('imports a script in scenario text as plain text, never as markup', async () => {
    const { store, deps } = await setup();
    const hostile = withId(templateFor('store', 'en').source, 'hostile')
      .replace("Excuse me, I'm just looking.", '<script>window.pwned = true</script><img src=x onerror="window.pwned=true">');
    const result = await importPack(packText([{ id: 'hostile', language: 'en', title: '<script>alert(1)</script>', source: hostile }]), deps);
    expect(result.ok).toBe(true);
    const record = await store.scenarios.get('hostile/en');
    expect(record?.source).toContain('<script>window.pwned = true</script>');
    expect(record?.bundle?.storyJson).toContain('<script>window.pwned = true</script>');
  });

  it('refuses a file by its size before reading it', () => {
    expect(tooLarge(MAX_PACK_BYTES + 1)).toMatch(/at most 5 MB/);
    expect(tooLarge(1000)).toBeNull();
  });
});
