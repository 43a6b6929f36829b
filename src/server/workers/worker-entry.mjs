// Entry of every worker thread of the server (bounded-pool.ts starts them). A worker thread does
// not inherit the TypeScript loader the server runs under (tsx under npm start, Vite's transform
// under vitest), so this plain JavaScript file registers tsx in the thread and then loads the
// worker module the pool names in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
