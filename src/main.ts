// Composition root: picks the settings store, the seed source and the stage implementation,
// and starts the trainee's journey. Phaser arrives in its own chunk when the stage is first needed.
import { catalog } from 'virtual:scenario-catalog';
import { App } from './game/app.ts';
import { readCatalog } from './game/run/read-catalog.ts';
import { cryptoSeed, parseSeed } from './game/run/seed.ts';
import { localStorageSettings } from './game/settings/settings-store.ts';
import './game/ui/styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

// ?seed=N replays with a fixed seed (a trainer reproducing a run, or a test matching the checker).
const fixedSeed = parseSeed(new URLSearchParams(location.search).get('seed'));
const seed = fixedSeed === null ? cryptoSeed((buffer) => crypto.getRandomValues(buffer)) : () => fixedSeed;

const app = new App({
  root,
  catalog: readCatalog(catalog),
  settings: localStorageSettings(window.localStorage, navigator.languages),
  seed,
  loadStage: () => import('./game/stage/phaser-stage.ts').then((m) => m.createPhaserStage()),
});
void app.start();

// Offline play and install: the service worker exists only in production builds.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => console.warn('offline mode unavailable:', error));
  });
}
