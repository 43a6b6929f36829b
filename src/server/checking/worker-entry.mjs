// Entry of the checking worker thread. A worker thread does not inherit the TypeScript loader
// the server runs under (tsx under npm start, Vite's transform under vitest), so this plain
// JavaScript file registers tsx in the thread and then loads the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./checking-worker.ts');
