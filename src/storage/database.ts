// Opens the trainee's IndexedDB database and migrates older versions forward. Each version's
// upgrade runs in order, so a browser that skipped releases still lands on the current shape.
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { AttemptRecord, LocalScenario, QuarantinedRecord, ScenarioVersion } from '../core/schemas/records.ts';
import type { CohortVersion, Submission } from './cohort-records.ts';

export const DB_NAME = 'sales-roleplay';
export const DB_VERSION = 5;

export interface TraineeDb {
  kv: { key: string; value: unknown };
  attempts: { key: string; value: AttemptRecord; indexes: { 'by-scenario': string; 'by-finished': string } };
  quarantine: { key: string; value: QuarantinedRecord };
  scenarios: { key: string; value: LocalScenario };
  'scenario-history': { key: number; value: ScenarioVersion; indexes: { 'by-key': string } };
  submissions: { key: string; value: Submission; indexes: { 'by-trainee': string } };
  'cohort-scenarios': { key: string; value: CohortVersion; indexes: { 'by-cohort': string } };
}
// Version 1 stores, kept only so the migration can read them.
interface LegacyV1 {
  settings: { key: string; value: unknown };
}

export type Db = IDBPDatabase<TraineeDb>;
type UpgradeTx = IDBPTransaction<TraineeDb, StoreNames<TraineeDb>[], 'versionchange'>;

type SupersededListener = () => void;
const supersededListeners = new Set<SupersededListener>();

/**
 * Calls `listener` when a newer release of the app, open in another tab, needs this page's
 * connections closed to upgrade the database. They are closed by then: this page can no longer
 * save and should ask to be reloaded. Returns the unsubscribe function.
 */
export function onSuperseded(listener: SupersededListener): () => void {
  supersededListeners.add(listener);
  return () => supersededListeners.delete(listener);
}

export async function openTraineeDb(name = DB_NAME): Promise<Db> {
  // Holding on would leave the newer tab waiting on its upgrade, and after its timeout it would
  // fall back to memory and keep nothing. Closing here loses nothing already saved.
  let opened: Db | null = null;
  opened = await openDB<TraineeDb>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) createV2Stores(db);
      else if (oldVersion < 2) await migrateV1toV2(db, tx);
      if (oldVersion < 3) createV3Stores(db);
      if (oldVersion < 4) createV4Stores(db);
      if (oldVersion < 5) createV5Stores(db);
    },
    blocking() {
      opened?.close();
      for (const listener of supersededListeners) listener();
    },
  });
  return opened;
}

function createV2Stores(db: IDBPDatabase<TraineeDb>): void {
  db.createObjectStore('kv');
  if (!db.objectStoreNames.contains('attempts')) {
    const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
    attempts.createIndex('by-scenario', 'scenarioId');
    attempts.createIndex('by-finished', 'finishedAt');
  }
  db.createObjectStore('quarantine', { keyPath: 'id' });
}

/** Version 3 adds trainers' local scenarios and their saved versions (undo across reloads). */
function createV3Stores(db: IDBPDatabase<TraineeDb>): void {
  db.createObjectStore('scenarios', { keyPath: 'key' });
  db.createObjectStore('scenario-history', { autoIncrement: true }).createIndex('by-key', 'key');
}

/** Version 4 adds the cohort submission queue, keyed by idempotency key (the attempt id). */
function createV4Stores(db: IDBPDatabase<TraineeDb>): void {
  db.createObjectStore('submissions', { keyPath: 'key' }).createIndex('by-trainee', 'traineeId');
}

/** Version 5 adds the cohort's published scenario versions downloaded for offline play, keyed by content hash. */
function createV5Stores(db: IDBPDatabase<TraineeDb>): void {
  db.createObjectStore('cohort-scenarios', { keyPath: 'contentHash' }).createIndex('by-cohort', 'cohortId');
}

/**
 * Version 1 (the first release) kept settings in their own store as {lang: 'en' | 'zh', coach}
 * and attempts without mode, timings or technique lists. Version 2 moves settings into `kv`,
 * fills the new attempt fields, and quarantines any record it cannot understand.
 */
async function migrateV1toV2(db: IDBPDatabase<TraineeDb>, tx: UpgradeTx): Promise<void> {
  const legacy = db as unknown as IDBPDatabase<LegacyV1>;
  const legacyTx = tx as unknown as IDBPTransaction<LegacyV1, ['settings'], 'versionchange'>;
  let oldSettings: unknown = null;
  if (legacy.objectStoreNames.contains('settings')) {
    oldSettings = await legacyTx.objectStore('settings').get('current');
    legacy.deleteObjectStore('settings');
  }
  db.createObjectStore('kv');
  db.createObjectStore('quarantine', { keyPath: 'id' });
  const attempts = tx.objectStore('attempts');
  attempts.createIndex('by-finished', 'finishedAt');
  if (!attempts.indexNames.contains('by-scenario')) attempts.createIndex('by-scenario', 'scenarioId');
  if (oldSettings && typeof oldSettings === 'object') {
    const s = oldSettings as { lang?: unknown; coach?: unknown };
    await tx.objectStore('kv').put({ language: s.lang === 'zh' ? 'zh-CN' : 'en', mode: s.coach === false ? 'exam' : 'coach', sound: true }, 'settings');
  }
  let cursor = await attempts.openCursor();
  while (cursor) {
    const old = cursor.value as unknown as Record<string, unknown>;
    const upgraded: Record<string, unknown> = {
      ...old,
      language: old.language ?? (old.lang === 'zh' ? 'zh-CN' : 'en'),
      mode: old.mode ?? 'coach',
      local: old.local ?? false,
      techniques: old.techniques ?? [],
      faults: old.faults ?? [],
      durationMs: old.durationMs ?? 0,
      simulatedSeconds: old.simulatedSeconds ?? 0,
    };
    delete upgraded.lang;
    await cursor.update(upgraded as unknown as AttemptRecord);
    cursor = await cursor.continue();
  }
}
