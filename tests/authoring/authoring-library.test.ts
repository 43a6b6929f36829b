// Saving drafts from the authoring page: keyed by the front matter, history kept across an id
// change, and never written over another scenario.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IdbSaveStore } from '../../src/storage/idb-save-store.ts';
import { AuthoringLibrary } from '../../src/authoring/library/authoring-library.ts';

let n = 0;
let tick = 0;
const clock = { now: (): number => Date.UTC(2026, 10, 23, 9, 0, tick++) };

async function open(name = `authoring-${++n}`): Promise<{ store: IdbSaveStore; library: AuthoringLibrary; name: string }> {
  const store = await IdbSaveStore.open(name);
  return { store, library: new AuthoringLibrary(store.scenarios, clock), name };
}

const draft = (source: string, key: string | null = null) => ({ key, source, language: 'en' as const, bundle: null, origin: 'authored' as const });

describe('AuthoringLibrary', () => {
  it('saves under the id in the front matter and records each changed source once', async () => {
    const { store, library } = await open();
    expect(await library.save(draft('# id: first-try\nHello'))).toEqual({ ok: true, key: 'first-try/en', movedFrom: null, changed: true });
    expect((await library.save(draft('# id: first-try\nHello', 'first-try/en'))).ok).toBe(true);
    await library.save(draft('# id: first-try\nHello again', 'first-try/en'));
    expect((await store.scenarios.versions('first-try/en')).map((v) => v.source)).toEqual(['# id: first-try\nHello', '# id: first-try\nHello again']);
  });

  it('does not save a draft without a valid id', async () => {
    const { library } = await open();
    expect(await library.save(draft('Hello, no front matter'))).toEqual({ ok: false, reason: 'no-id' });
    expect(await library.save(draft('# id: Not Valid\nHello'))).toEqual({ ok: false, reason: 'no-id' });
    expect(await library.list()).toEqual([]);
  });

  it('refuses to overwrite another scenario that already uses the id', async () => {
    const { library } = await open();
    await library.save(draft('# id: taken\nOne'));
    expect(await library.save(draft('# id: taken\nTwo'))).toEqual({ ok: false, reason: 'taken', key: 'taken/en' });
    expect(await library.save(draft('# id: mine\nTwo'))).toMatchObject({ ok: true });
    expect(await library.save(draft('# id: taken\nTwo', 'mine/en'))).toEqual({ ok: false, reason: 'taken', key: 'taken/en' });
    expect((await library.get('taken/en'))?.source).toBe('# id: taken\nOne');
  });

  it('moves the saved history along when the trainer changes the id, and undo still works after a reload', async () => {
    const { library, name, store } = await open();
    await library.save(draft('# id: old-name\nv1'));
    await library.save(draft('# id: old-name\nv2', 'old-name/en'));
    const moved = await library.save(draft('# id: new-name\nv3', 'old-name/en'));
    expect(moved).toEqual({ ok: true, key: 'new-name/en', movedFrom: 'old-name/en', changed: true });
    expect(await library.get('old-name/en')).toBeNull();
    store.close();
    const again = await open(name);
    expect((await again.library.versions('new-name/en')).map((v) => v.source)).toEqual(['# id: old-name\nv1', '# id: old-name\nv2', '# id: new-name\nv3']);
    expect((await again.library.undo('new-name/en'))?.source).toBe('# id: old-name\nv2');
    expect((await again.library.get('new-name/en'))?.source).toBe('# id: old-name\nv2');
  });

  it('finds a free id for a new draft', async () => {
    const { library } = await open();
    expect(await library.freeId('store-draft', 'en')).toBe('store-draft');
    await library.save(draft('# id: store-draft\nx'));
    await library.save(draft('# id: store-draft-2\nx'));
    expect(await library.freeId('store-draft', 'en')).toBe('store-draft-3');
    expect(await library.freeId('store-draft', 'zh-CN')).toBe('store-draft');
  });
});
