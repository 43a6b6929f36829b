// What the server process tells its supervisor over the IPC channel (scripts/serve.ts forks it).
import { z } from 'zod';

export const SupervisorMessage = z.discriminatedUnion('kind', [
  /** Listening and serving: from now on the supervisor expects heartbeats. */
  z.object({ kind: z.literal('listening'), url: z.string(), pid: z.number().int() }),
  /** Sent every second from the event loop: its absence means the loop is blocked. */
  z.object({ kind: z.literal('alive') }),
]);
export type SupervisorMessage = z.infer<typeof SupervisorMessage>;

export const HEARTBEAT_EVERY_MS = 1000;
