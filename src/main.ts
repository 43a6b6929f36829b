// Composition root: opens the trainee's IndexedDB store (or keeps progress in memory when the
// browser refuses it), picks the seed source, pace, sound and stage, and starts the trainee's
// journey. Phaser arrives in its own chunk when the stage is first needed.
import { catalog } from 'virtual:scenario-catalog';
import { IdbSaveStore } from './storage/idb-save-store.ts';
import { exportBackup, importBackup } from './storage/backup.ts';
import { SubmissionQueue } from './storage/submission-queue.ts';
import { onSuperseded } from './storage/database.ts';
import { browserCohort } from './game/cohort/browser-cohort.ts';
import { App } from './game/app.ts';
import { memoryTraineeStore } from './game/data/memory-trainee-store.ts';
import type { TraineeStore } from './game/data/trainee-store.ts';
import { paceOf } from './game/run/pace.ts';
import { readCatalog } from './game/run/read-catalog.ts';
import { cryptoSeed, parseSeed } from './game/run/seed.ts';
import { persistentSettings } from './game/settings/settings-store.ts';
import { webAudioPlayer } from './game/sound/sound-player.ts';
import './game/ui/styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

const params = new URLSearchParams(location.search);
// ?seed=N replays with a fixed seed (a trainer reproducing a run, or a test matching the checker).
const fixedSeed = parseSeed(params.get('seed'));
const seed = fixedSeed === null ? cryptoSeed((buffer) => crypto.getRandomValues(buffer)) : () => fixedSeed;
const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

function idbTraineeStore(db: IdbSaveStore): TraineeStore {
  return {
    persistent: true,
    getSettings: () => db.getSettings(),
    putSettings: (s) => db.putSettings(s),
    getRun: () => db.getRun(),
    putRun: (r) => db.putRun(r),
    clearRun: () => db.clearRun(),
    finishRun: (a) => db.finishRun(a),
    listAttempts: () => db.listAttempts(),
    listQuarantine: () => db.listQuarantine(),
    localScenarios: () => db.scenarios.list(),
    getLocalScenario: (key) => db.scenarios.get(key),
    saveLocalScenario: (record) => db.scenarios.save(record),
    exportBackup: () => exportBackup(db),
    importBackup: (text) => importBackup(db, text),
  };
}

/** IndexedDB, unless the browser refuses it or an older tab blocks the upgrade for too long. */
async function openStore(): Promise<TraineeStore> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('IndexedDB did not open')), 8000));
  try {
    return idbTraineeStore(await Promise.race([IdbSaveStore.open(), timeout]));
  } catch (error) {
    console.warn('progress is kept in memory only:', error);
    return memoryTraineeStore();
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// Offline play and install: the service worker exists only in production builds. Registered
// after the page has loaded, so precaching never competes with the first screen.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = (): void => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => console.warn('offline mode unavailable:', error));
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}

const store = await openStore();
// The cohort server is this page's origin; the queue shares the trainee's IndexedDB database.
const cohort = await browserCohort(() => SubmissionQueue.open());
const app = new App({
  root,
  catalog: readCatalog(catalog),
  store,
  settings: persistentSettings(store, safeLocalStorage(), navigator.languages),
  seed,
  newId: () => crypto.randomUUID(),
  now: () => new Date(),
  pace: paceOf(location.search, reducedMotion),
  sound: webAudioPlayer(true),
  loadStage: () => import('./game/stage/phaser-stage.ts').then((m) => m.createPhaserStage()),
  cohort,
});
onSuperseded(() => app.superseded());
void app.start();

