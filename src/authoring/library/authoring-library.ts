// The authoring page's view of the trainers' local scenarios: saves a draft under the key its
// front matter names (moving its saved history along when the trainer changes the id or the
// language), refuses to overwrite a different scenario, and finds free ids for new drafts.
import { isoNow, type Clock } from '../../core/clock.ts';
import type { LocalScenario, ScenarioVersion } from '../../core/schemas/records.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { frontMatterId } from '../check/source-fields.ts';

/** What this module needs of src/storage/scenario-library.ts. */
export interface ScenarioStore {
  list(): Promise<LocalScenario[]>;
  get(key: string): Promise<LocalScenario | null>;
  save(scenario: LocalScenario): Promise<void>;
  versions(key: string): Promise<ScenarioVersion[]>;
  undo(key: string): Promise<ScenarioVersion | null>;
  remove(key: string): Promise<void>;
}

export interface Draft {
  /** The key the draft was last saved under; null for a draft never saved. */
  key: string | null;
  source: string;
  language: Language;
  /** The checked bundle of exactly this source, or null when it has errors. */
  bundle: ScenarioBundle | null;
  origin: LocalScenario['origin'];
}

export type SaveOutcome =
  | { ok: true; key: string; movedFrom: string | null; changed: boolean }
  | { ok: false; reason: 'no-id' }
  | { ok: false; reason: 'taken'; key: string };

export const keyOf = (id: string, language: Language): string => `${id}/${language}`;

export class AuthoringLibrary {
  constructor(private readonly store: ScenarioStore, private readonly clock: Clock) {}

  list(): Promise<LocalScenario[]> {
    return this.store.list();
  }

  get(key: string): Promise<LocalScenario | null> {
    return this.store.get(key);
  }

  versions(key: string): Promise<ScenarioVersion[]> {
    return this.store.versions(key);
  }

  remove(key: string): Promise<void> {
    return this.store.remove(key);
  }

  /** Saves a complete record as it is (imports, which bring their own key and bundle). */
  saveRecord(record: LocalScenario): Promise<void> {
    return this.store.save(record);
  }

  /**
   * Steps back one saved version and makes it the current record again (its bundle is cleared
   * until the page re-checks it). Null when there is nothing older.
   */
  async undo(key: string): Promise<ScenarioVersion | null> {
    const current = await this.store.get(key);
    const previous = await this.store.undo(key);
    if (!previous || !current) return previous;
    await this.store.save({ ...current, source: previous.source, bundle: null, updatedAt: isoNow(this.clock) });
    return previous;
  }

  async save(draft: Draft): Promise<SaveOutcome> {
    const id = frontMatterId(draft.source);
    if (id === null) return { ok: false, reason: 'no-id' };
    const key = keyOf(id, draft.language);
    const existing = await this.store.get(key);
    if (draft.key !== key && existing) return { ok: false, reason: 'taken', key };
    // A bundle is only kept when it belongs to this very source's id and language.
    const bundle = draft.bundle && draft.bundle.meta.id === id && draft.bundle.language === draft.language ? draft.bundle : null;
    const record: LocalScenario = {
      key, id, language: draft.language, source: draft.source, bundle, origin: existing?.origin ?? draft.origin, updatedAt: isoNow(this.clock),
    };
    let movedFrom: string | null = null;
    if (draft.key !== null && draft.key !== key) {
      // Carry the saved history over to the new key, oldest first, then drop the old key.
      for (const v of await this.store.versions(draft.key)) {
        await this.store.save({ ...record, source: v.source, bundle: null, updatedAt: v.savedAt });
      }
      movedFrom = draft.key;
    }
    const changed = existing?.source !== draft.source || JSON.stringify(existing.bundle) !== JSON.stringify(bundle);
    if (changed || movedFrom) await this.store.save(record);
    if (movedFrom) await this.store.remove(movedFrom);
    return { ok: true, key, movedFrom, changed };
  }

  /** `base`, or `base-2`, `base-3`, … : the first id no local scenario in `language` uses. */
  async freeId(base: string, language: Language): Promise<string> {
    const taken = new Set((await this.store.list()).filter((s) => s.language === language).map((s) => s.id));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
