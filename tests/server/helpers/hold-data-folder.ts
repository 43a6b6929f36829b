// A process that takes a data folder's lock and holds it until killed: forked by the lock tests
// (`hold-data-folder.ts <folder> <kind>`), it reports "locked" over IPC once it holds the lock.
import { lockDataFolder, type LockKind } from '../../../src/server/db/data-folder-lock.ts';

const [folder, kind] = process.argv.slice(2);
await lockDataFolder(folder!, (kind ?? 'auto') as LockKind);
process.send?.('locked');
setInterval(() => undefined, 60_000);
