// Composition root of the trainee's page, and the only place that builds its adapters: the
// trainee's IndexedDB store (or memory, when the browser refuses it), the cohort's storage and API
// client, the clock and timers, the seed source, pace, sound, stage and the checking worker; then it starts the game
// with the cohort plugged in as an extension. Phaser arrives in its own chunk when the stage is
// first needed.
import { catalog } from 'virtual:scenario-catalog';
import { IdbSaveStore } from './storage/idb-save-store.ts';
import { exportBackup, importBackup } from './storage/backup.ts';
import { SubmissionQueue } from './storage/submission-queue.ts';
import { onSuperseded } from './storage/database.ts';
import { CohortClient } from './net/cohort-client.ts';
import { browserClock, browserTimers } from './ui-kit/browser-time.ts';
import { webLocksExclusive } from './game/cohort/browser-cohort.ts';
import { CohortFeature } from './game/cohort/cohort-feature.ts';
import type { CohortStorage } from './game/cohort/cohort-storage.ts';
import { CohortUi } from './game/cohort/cohort-ui.ts';
import { cohortExams } from './game/cohort/exam-service.ts';
import { App } from './game/app.ts';
import { memoryTraineeStore } from './game/data/memory-trainee-store.ts';
import type { TraineeStore } from './game/data/trainee-store.ts';
import { paceOf } from './game/run/pace.ts';
import { readCatalog } from './game/run/read-catalog.ts';
import { cryptoSeed, parseSeed } from './game/run/seed.ts';
import { persistentSettings } from './game/settings/settings-store.ts';
import { webAudioPlayer } from './game/sound/sound-player.ts';
import './game/ui/styles.css';

/** How long an IndexedDB open may take (an older tab can block the upgrade) before going without. */
const OPEN_TIMEOUT_MS = 8000;

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

const clock = browserClock;
const timers = browserTimers;
const params = new URLSearchParams(location.search);
// ?seed=N replays with a fixed seed (a trainer reproducing a run, or a test matching the checker).
const fixedSeed = parseSeed(params.get('seed'));
const seed = fixedSeed === null ? cryptoSeed((buffer) => crypto.getRandomValues(buffer)) : () => fixedSeed;
const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Opens a database, or fails once OPEN_TIMEOUT_MS have passed. */
async function opened<T>(open: () => Promise<T>): Promise<T> {
  let cancel = (): void => undefined;
  const timeout = new Promise<never>((_, reject) => {
    cancel = timers.after(OPEN_TIMEOUT_MS, () => reject(new Error('IndexedDB did not open')));
  });
  try {
    return await Promise.race([open(), timeout]);
  } finally {
    cancel();
  }
}

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
    exportBackup: () => exportBackup(db, clock),
    importBackup: (text) => importBackup(db, text),
  };
}

/** IndexedDB, unless the browser refuses it or an older tab blocks the upgrade for too long. */
async function openStore(): Promise<TraineeStore> {
  try {
    return idbTraineeStore(await opened(() => IdbSaveStore.open(undefined, clock)));
  } catch (error) {
    console.warn('progress is kept in memory only:', error);
    return memoryTraineeStore(clock);
  }
}

/** The cohort's queue shares the trainee's database; without it the cohort cannot be joined. */
async function openCohortStorage(): Promise<CohortStorage | null> {
  try {
    return await opened(() => SubmissionQueue.open(undefined, clock));
  } catch (error) {
    console.warn('cohort features unavailable:', error);
    return null;
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
// The cohort server is this page's origin.
const cohort = new CohortFeature({
  storage: await openCohortStorage(), client: new CohortClient(), clock, events: window, timers, exclusive: webLocksExclusive,
});
const cohortStarted = cohort.start();
const app = new App({
  root,
  catalog: readCatalog(catalog),
  store,
  settings: persistentSettings(store, safeLocalStorage(), navigator.languages),
  seed,
  newId: () => crypto.randomUUID(),
  clock,
  timers,
  pace: paceOf(location.search, reducedMotion),
  sound: webAudioPlayer(true),
  loadStage: () => import('./game/stage/phaser-stage.ts').then((m) => m.createPhaserStage()),
  // The Studio's checking worker: the Ink compiler runs there, never on this page's main thread.
  startCheckWorker: () => new Worker(new URL('./authoring/check/check-worker.ts', import.meta.url), { type: 'module' }),
  // Cohort exams are played on the server, turn by turn; the client repeats a lost turn on these timers.
  extensions: [new CohortUi(cohort, cohortExams({
    feature: cohort, client: new CohortClient({ timers }), online: () => navigator.onLine, started: cohortStarted,
  }))],
});
onSuperseded(() => app.superseded());
void app.start();
