// Who may create a cohort: anyone when the server has no cohort creation key (it then listens on
// a loopback address, or was opened deliberately: config.ts), otherwise only a bearer of that key.
// Compared by hash in constant time, so the answer's timing tells nothing about the key.
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { hashSecret } from '../secrets.ts';
import { forbidden, unauthorized } from './api-error.ts';
import { bearer } from './auth.ts';

export function requireCreationKey(creationKey: string | null, request: FastifyRequest): void {
  if (creationKey === null) return;
  const given = bearer(request);
  if (given === null) throw unauthorized('creating a cohort needs the server\'s cohort creation key as a bearer token');
  const ok = timingSafeEqual(Buffer.from(hashSecret(given), 'hex'), Buffer.from(hashSecret(creationKey), 'hex'));
  if (!ok) throw forbidden('wrong cohort creation key');
}
