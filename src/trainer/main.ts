// Composition root of the trainer page (/trainer/): the API client for this page's own server,
// the key kept in this browser, the interface language and the browser's timers.
import { CohortClient } from '../net/cohort-client.ts';
import { browserTimers } from '../ui-kit/browser-time.ts';
import { initialLanguage, rememberLanguage } from './i18n/language.ts';
import { TrainerKeyStore } from './session/trainer-key-store.ts';
import { TrainerApp } from './trainer-app.ts';
import './ui/styles.css';

const root = document.getElementById('trainer');
if (!root) throw new Error('trainer/index.html has no #trainer element');

const storage = window.localStorage;
const app = new TrainerApp({
  root,
  keys: new TrainerKeyStore(storage),
  client: (token) => new CohortClient({ token }),
  language: initialLanguage(storage, navigator.languages),
  rememberLanguage: (language) => rememberLanguage(storage, language),
  timers: browserTimers,
});
app.start();
