// Composition root of the authoring page (/author/): opens the trainee database's scenario
// library, starts the checking worker on demand, and mounts the page. The game never loads this.
import { onSuperseded } from '../storage/database.ts';
import { IdbSaveStore } from '../storage/idb-save-store.ts';
import { AuthoringApp } from './authoring-app.ts';
import { AuthoringLibrary } from './library/authoring-library.ts';
import { initialLanguage } from './i18n/language.ts';
import './ui/styles.css';

const root = document.getElementById('author');
if (!root) throw new Error('author/index.html has no #author element');

let library: AuthoringLibrary | null = null;
let storageError: string | null = null;
try {
  const store = await IdbSaveStore.open();
  library = new AuthoringLibrary(store.scenarios, () => new Date().toISOString());
} catch (error) {
  storageError = error instanceof Error ? error.message : String(error);
}

const app = new AuthoringApp({
  root,
  library,
  storageError,
  language: initialLanguage(window.localStorage, navigator.languages),
  storage: window.localStorage,
  createWorker: () => new Worker(new URL('./check/check-worker.ts', import.meta.url), { type: 'module' }),
});
onSuperseded(() => app.storageSuperseded());
void app.start();
