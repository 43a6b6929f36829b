// Composition root of the trainer page (/trainer/): the API client for this page's own server,
// the key kept in this browser, the interface language, the browser's timers and clock, and the
// address's fragment (where the dashboard keeps the section and transcript open).
import { CohortClient } from '../net/cohort-client.ts';
import { browserClock, browserTimers } from '../ui-kit/browser-time.ts';
import { initialLanguage, rememberLanguage } from './i18n/language.ts';
import { TrainerKeyStore } from '../ui-kit/trainer-key-store.ts';
import { TrainerApp } from './trainer-app.ts';
import './ui/styles.css';

const root = document.getElementById('trainer');
if (!root) throw new Error('trainer/index.html has no #trainer element');

const storage = window.localStorage;
const app = new TrainerApp({
  root,
  keys: new TrainerKeyStore(storage, browserClock),
  client: (token) => new CohortClient({ token }),
  language: initialLanguage(storage, navigator.languages),
  rememberLanguage: (language) => rememberLanguage(storage, language),
  timers: browserTimers,
  clock: browserClock,
  // The fragment only (no new history entry): Back in the page is the way out of a transcript.
  place: {
    read: () => window.location.hash,
    write: (fragment) => window.history.replaceState(null, '', fragment === '' ? window.location.pathname + window.location.search : fragment),
  },
});
app.start();
