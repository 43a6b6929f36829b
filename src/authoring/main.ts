// Composition root of the authoring page (/author/), and the only place that builds its
// adapters: the trainee database's scenario library, the checking workers (started on demand:
// one for the draft, one for pack imports, one for publishing), the trainer keys this device
// holds and the client of this page's cohort server, the clock and timers, and the interface
// language's storage; then it mounts the page. The game never loads this.
import { CohortClient } from '../net/cohort-client.ts';
import { onSuperseded } from '../storage/database.ts';
import { IdbSaveStore } from '../storage/idb-save-store.ts';
import { browserClock, browserTimers } from '../ui-kit/browser-time.ts';
import { TrainerKeyStore } from '../ui-kit/trainer-key-store.ts';
import { AuthoringApp } from './authoring-app.ts';
import { CheckerClient } from './check/checker-client.ts';
import { AuthoringLibrary } from './library/authoring-library.ts';
import { initialLanguage } from './i18n/language.ts';
import './ui/styles.css';

const root = document.getElementById('author');
if (!root) throw new Error('author/index.html has no #author element');

const clock = browserClock;
const createWorker = (): Worker => new Worker(new URL('./check/check-worker.ts', import.meta.url), { type: 'module' });

let library: AuthoringLibrary | null = null;
let storageError: string | null = null;
try {
  const store = await IdbSaveStore.open(undefined, clock);
  library = new AuthoringLibrary(store.scenarios, clock);
} catch (error) {
  storageError = error instanceof Error ? error.message : String(error);
}

const app = new AuthoringApp({
  root,
  library,
  storageError,
  language: initialLanguage(window.localStorage, navigator.languages),
  storage: window.localStorage,
  checker: new CheckerClient(createWorker),
  importChecker: new CheckerClient(createWorker),
  publish: {
    keys: new TrainerKeyStore(window.localStorage, clock),
    connect: (key) => new CohortClient({ token: key, timers: browserTimers, clock }),
    checker: new CheckerClient(createWorker),
  },
  clock,
  timers: browserTimers,
});
onSuperseded(() => app.storageSuperseded());
void app.start();
