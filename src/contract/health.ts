// Liveness and readiness: what a process supervisor and a load balancer read.
import { z } from 'zod';

/** GET /api/health: the event loop answers. */
export const Health = z.object({ status: z.literal('ok') });
export type Health = z.infer<typeof Health>;

/** GET /api/ready: 200 with `ready: true`, or 503 with the reason the database is not usable. */
export const Readiness = z.discriminatedUnion('ready', [
  z.object({ ready: z.literal(true) }),
  z.object({ ready: z.literal(false), error: z.string() }),
]);
export type Readiness = z.infer<typeof Readiness>;
